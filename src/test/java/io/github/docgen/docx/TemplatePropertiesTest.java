package io.github.docgen.docx;

import static io.github.docgen.docx.DocxFixture.p;
import static io.github.docgen.docx.DocxFixture.r;
import static io.github.docgen.docx.WordTemplates.model;
import static io.github.docgen.docx.WordTemplates.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The template's own document properties survive rendering: what the data sets (title, author,
 * version, dates) replaces the template's, everything else — last modified by, revision, last
 * printed, subject, and the title when the data has none — stays. A content control bound to a
 * property the data changes shows the new text, as Word shows it after refreshing the binding.
 */
class TemplatePropertiesTest {
    private static final String CORE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"" + CoreProperties.CP + "\" xmlns:dc=\"" + CoreProperties.DC + "\" xmlns:dcterms=\""
            + CoreProperties.DCTERMS + "\" xmlns:xsi=\"" + CoreProperties.XSI + "\">"
            + "<dc:title>Quarterly notice</dc:title><dc:subject>Notices</dc:subject><dc:creator>Records office</dc:creator>"
            + "<cp:lastModifiedBy>Li Wei</cp:lastModifiedBy><cp:revision>7</cp:revision>"
            + "<cp:lastPrinted>2021-05-01T09:00:00Z</cp:lastPrinted>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2020-01-01T00:00:00Z</dcterms:created></cp:coreProperties>";
    private static final String BINDING = "<w:dataBinding w:prefixMappings=\"xmlns:ns0='http://purl.org/dc/elements/1.1/'"
            + " xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties'\""
            + " w:xpath=\"/ns1:coreProperties[1]/ns0:%s[1]\" w:storeItemID=\"{6C3C8BC8-F283-45AE-878A-BAB7291924A1}\"/>";
    /** A title control inside a sentence (run level), and an author control as a paragraph of its own showing its placeholder. */
    private static final byte[] TEMPLATE = DocxFixture.body(
            p(r("Title: "), "<w:sdt><w:sdtPr><w:alias w:val=\"Title\"/>" + BINDING.formatted("title") + "<w:text/></w:sdtPr>"
                    + "<w:sdtContent><w:r><w:rPr><w:b/></w:rPr><w:t>Quarterly notice</w:t></w:r></w:sdtContent></w:sdt>", r(".")),
            "<w:sdt><w:sdtPr><w:alias w:val=\"Author\"/><w:showingPlcHdr/>" + BINDING.formatted("creator") + "<w:text/></w:sdtPr>"
                    + "<w:sdtContent>" + p("<w:pPr><w:jc w:val=\"right\"/></w:pPr>",
                            "<w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/><w:i/></w:rPr><w:t>[Author]</w:t></w:r>")
                    + "</w:sdtContent></w:sdt>",
            p(r("Body.")))
            .part("docProps/core.xml", CORE)
            .zip();

    @Test
    void propertiesTheDataDoesNotSetAreKept() throws Exception {
        Map<String, String> core = core(render(TEMPLATE, model()));

        assertEquals("Quarterly notice", core.get("title"), "the template's title, not the data file's name");
        assertEquals("Records office", core.get("creator"));
        assertEquals("Notices", core.get("subject"));
        assertEquals("Li Wei", core.get("lastModifiedBy"));
        assertEquals("7", core.get("revision"));
        assertEquals("2021-05-01T09:00:00Z", core.get("lastPrinted"));
        assertEquals("2.3.1", core.get("version"));
        assertEquals("2022-01-20T08:00:00Z", core.get("created"), "the build time");
        assertEquals("2022-01-20T08:00:00Z", core.get("modified"));
    }

    @Test
    void propertiesTheDataSetsReplaceTheTemplatesOnly() throws Exception {
        Map<String, String> core = core(render(TEMPLATE, model("title", "Notice 12/2024", "author", "Archive <East>")));

        assertEquals("Notice 12/2024", core.get("title"));
        assertEquals("Archive <East>", core.get("creator"));
        assertEquals("Li Wei", core.get("lastModifiedBy"));
        assertEquals("7", core.get("revision"));
        assertEquals("2021-05-01T09:00:00Z", core.get("lastPrinted"));
    }

    @Test
    void aContentControlBoundToAChangedPropertyShowsTheNewText() throws Exception {
        RenderedDocx out = render(TEMPLATE, model("title", "Notice 12/2024", "author", "Archive <East>"));

        assertEquals(List.of("Title: Notice 12/2024.", "Archive <East>", "Body."), out.bodyParagraphs());
        Document xml = out.xml("word/document.xml");
        Element titleRun = RenderedDocx.elements(RenderedDocx.elements(xml, "sdtContent").get(0), "r").get(0);
        assertEquals(1, RenderedDocx.elements(titleRun, "b").size(), "the new text keeps the control's formatting");
        Element author = RenderedDocx.elements(xml, "sdt").get(1);
        assertEquals(0, RenderedDocx.elements(author, "showingPlcHdr").size(), "the author is no longer a placeholder");
        assertEquals(0, RenderedDocx.elements(author, "rStyle").size(), "nor greyed as one");
        assertEquals(1, RenderedDocx.elements(author, "i").size());
        assertEquals("right", RenderedDocx.elements(author, "jc").get(0).getAttributeNS(RenderedDocx.W, "val"));
    }

    @Test
    void libreOfficeShowsTheNewTextToo(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOfficeText.installed(), "LibreOffice and pdftotext are not installed; .ci/run installs them");

        String text = LibreOfficeText.of(render(TEMPLATE, model("title", "Notice 12/2024", "agency", "玉潭镇")).bytes, dir);

        assertTrue(text.contains("Title: Notice 12/2024."), text);
        assertTrue(text.contains("玉潭镇"), text);
        assertFalse(text.contains("Quarterly notice") || text.contains("[Author]"), text);
    }

    @Test
    void aContentControlBoundToAnUnchangedPropertyKeepsItsText() throws Exception {
        RenderedDocx out = render(TEMPLATE, model());

        assertEquals(List.of("Title: Quarterly notice.", "[Author]", "Body."), out.bodyParagraphs());
        assertEquals(1, RenderedDocx.elements(out.xml("word/document.xml"), "showingPlcHdr").size());
        RenderedDocx same = render(TEMPLATE, model("title", "Quarterly notice"));
        assertEquals("Title: Quarterly notice.", same.bodyParagraphs().get(0));
    }

    @Test
    void aTemplateWithoutTitleStillGetsTheDataFilesName() throws Exception {
        Map<String, String> core = core(render(DocxFixture.body(p(r("x"))).zip(), model()));

        assertEquals("yutan", core.get("title"));
        assertNull(core.get("lastModifiedBy"));
    }

    /** docProps/core.xml as local name → text. */
    private static Map<String, String> core(RenderedDocx out) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Node n = out.xml("docProps/core.xml").getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                properties.put(e.getLocalName(), e.getTextContent());
            }
        }
        return properties;
    }
}
