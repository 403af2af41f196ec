package io.github.docgen.docx;

import static io.github.docgen.docx.DocxFixture.p;
import static io.github.docgen.docx.DocxFixture.r;
import static io.github.docgen.docx.DocxFixture.table;
import static io.github.docgen.docx.DocxFixture.tc;
import static io.github.docgen.docx.DocxFixture.tr;
import static io.github.docgen.docx.WordTemplates.model;
import static io.github.docgen.docx.WordTemplates.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a repeated paragraph or row holds that a document must hold once gets its own copy per
 * repetition: a footnote or endnote referenced from it is written once per reference, each copy
 * under its own id (a note referenced three times shows in LibreOffice as empty copies); a
 * picture in it gets a new {@code wp:docPr} id each time (Word calls a document with two equal
 * ones damaged). Every document here is also validated against the ECMA-376 schemas.
 */
class RepeatedNotesAndPicturesTest {
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    @Test
    void aFootnoteReferencedFromARepeatedParagraphIsCopiedPerRepetition() throws Exception {
        byte[] template = DocxFixture.body(
                p(r("[#list measures as m]")),
                p(r("${m}"), "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"),
                p(r("[/#list]")))
                .footnote(p(r("Source: ${source}")))
                .zip();

        RenderedDocx out = render(template, model("measures", List.of("Open data", "Hotline", "Visits"), "source", "the register"));

        assertEquals(List.of("1", "2", "3"), ids(out.xml("word/document.xml"), "footnoteReference"));
        assertEquals(List.of("-1", "0", "1", "2", "3"), ids(out.xml("word/footnotes.xml"), "footnote"));
        assertEquals(List.of("", "", "Source: the register", "Source: the register", "Source: the register"),
                out.paragraphs("word/footnotes.xml"));
    }

    @Test
    void libreOfficeShowsEveryCopyWithItsText(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOfficeText.installed(), "LibreOffice and pdftotext are not installed; .ci/run installs them");
        byte[] template = DocxFixture.body(
                p(r("[#list measures as m]")),
                p(r("${m}"), "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"),
                p(r("[/#list]")))
                .footnote(p(r("Source: ${source}")))
                .zip();

        String text = LibreOfficeText.of(render(template, model("measures", List.of("Open data", "Hotline"), "source", "the register")).bytes, dir);

        assertEquals(2, text.split("Source: the register", -1).length - 1, text);
    }

    @Test
    void anEndnoteReferencedFromARepeatedRowIsCopiedAndAnEmptyListKeepsTheNote() throws Exception {
        byte[] template = DocxFixture.body(
                table(1, tr(tc("", p(r("[#list rows as row]${row}"), "<w:r><w:endnoteReference w:id=\"1\"/></w:r>", r("[/#list]"))))),
                p(r("After the table.")))
                .endnote(p(r("Counted by hand.")))
                .zip();

        RenderedDocx two = render(template, model("rows", List.of("a", "b")));
        assertEquals(List.of("1", "2"), ids(two.xml("word/document.xml"), "endnoteReference"));
        assertEquals(List.of("-1", "0", "1", "2"), ids(two.xml("word/endnotes.xml"), "endnote"));

        RenderedDocx none = render(template, model("rows", List.of()));
        assertEquals(List.of(), ids(none.xml("word/document.xml"), "endnoteReference"));
        assertEquals(List.of("-1", "0", "1"), ids(none.xml("word/endnotes.xml"), "endnote"), "the note itself stays, as Word keeps it");
    }

    @Test
    void aNoteReferencedOutsideAnyRepeatedBlockIsWrittenOnceAsItWas() throws Exception {
        byte[] template = DocxFixture.body(
                p(r("[#if shown]")),
                p(r("${title}"), "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"),
                p(r("[/#if]")))
                .footnote(p(r("Once.")))
                .zip();

        RenderedDocx out = render(template, model("shown", true, "title", "T"));

        assertEquals(List.of("1"), ids(out.xml("word/document.xml"), "footnoteReference"));
        assertEquals(List.of("-1", "0", "1"), ids(out.xml("word/footnotes.xml"), "footnote"));
    }

    @Test
    void aPictureInARepeatedParagraphGetsANewIdEachTime() throws Exception {
        byte[] template = DocxFixture.body(
                p(r("Logo"), picture(1)),
                p(r("[#list items as i]")),
                p(r("${i}"), picture(2)),
                p(r("[/#list]")),
                p(r("[#list items as i]${i}"), picture(3), r("[/#list]")),
                p(r("End"), picture(4)))
                .zip();

        RenderedDocx out = render(template, model("items", List.of("a", "b", "c")));

        List<String> ids = new ArrayList<>();
        var docPr = out.xml("word/document.xml").getElementsByTagNameNS(WP, "docPr");
        for (int i = 0; i < docPr.getLength(); i++) {
            ids.add(((Element) docPr.item(i)).getAttribute("id"));
        }
        assertEquals(List.of("1", "5", "6", "7", "8", "9", "10", "4"), ids,
                "the pictures outside repeated blocks keep their ids; the repeated ones count on from the template's highest");
    }

    private static String picture(int id) {
        return "<w:r><w:drawing><wp:inline xmlns:wp=\"" + WP + "\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                + "<wp:extent cx=\"914400\" cy=\"914400\"/><wp:docPr id=\"" + id + "\" name=\"Picture " + id + "\"/>"
                + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"rIdImage\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"914400\" cy=\"914400\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
                + "</wp:inline></w:drawing></w:r>";
    }

    private static List<String> ids(Document xml, String localName) {
        List<String> ids = new ArrayList<>();
        for (Element e : RenderedDocx.elements(xml, localName)) {
            ids.add(e.getAttributeNS(RenderedDocx.W, "id"));
        }
        return ids;
    }
}
