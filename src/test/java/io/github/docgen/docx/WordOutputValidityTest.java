package io.github.docgen.docx;

import static io.github.docgen.docx.DocxFixture.bold;
import static io.github.docgen.docx.DocxFixture.p;
import static io.github.docgen.docx.DocxFixture.r;
import static io.github.docgen.docx.DocxFixture.table;
import static io.github.docgen.docx.DocxFixture.tc;
import static io.github.docgen.docx.DocxFixture.tr;
import static io.github.docgen.docx.WordTemplates.model;
import static io.github.docgen.docx.WordTemplates.render;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import io.github.docgen.render.CompiledTemplate;

/**
 * A rendered document is a valid Word package: docx4j loads every part, LibreOffice converts it,
 * its properties come from the data, and the same model gives the same bytes.
 */
class WordOutputValidityTest {
    /** Every feature at once: split tags, conditional and repeated paragraphs, a repeated row, header, footer, footnote. */
    static final byte[] REPORT = DocxFixture.body(
            p(r("$"), r("{ti"), r("tle}")),
            p(r("[#if "), bold("i"), r("ntro??]")),
            p(r("${intro}")),
            p(r("[/#if]")),
            p(r("[#list measures as m]")),
            p(r("${m?counter}. ${m}"), "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"),
            p(r("[/#list]")),
            table(3,
                    tr(tc("<w:gridSpan w:val=\"2\"/>", p(r("Item"))), tc("<w:vMerge w:val=\"restart\"/>", p(r("Note")))),
                    tr(tc("", p(r("[#list rows as row]${row.name}"))), tc("", p(r("${row.count}"))), tc("<w:vMerge/>", p(r("[/#list]"))))),
            p(r("Text: ${text}")))
            .header(p(r("${agency} \u2014 ${year}")))
            .footer(p(r("Version ${project.version}")))
            .footnote(p(r("Source: ${source!\u201Cunknown\u201D}")))
            .zip();

    static Map<String, Object> reportModel() {
        return model("title", "玉潭镇人民政府2021年政府信息公开工作年度报告", "agency", "玉潭镇人民政府", "year", 2021,
                "intro", "An introduction\nover two lines", "measures", List.of("Open data", "Hotline \u0001 & <more>"),
                "rows", List.of(Map.of("name", "A & B", "count", 1808595), Map.of("name", "]]>", "count", 2)),
                "text", "tab\there </w:t><w:p>");
    }

    @Test
    void docx4jLoadsEveryPart() throws Exception {
        RenderedDocx out = render(REPORT, reportModel());

        WordprocessingMLPackage loaded = WordprocessingMLPackage.load(new ByteArrayInputStream(out.bytes));

        assertNotNull(loaded.getMainDocumentPart().getJaxbElement(), "the main document parsed");
        assertEquals(6, loaded.getMainDocumentPart().getContent().size(), "4 paragraphs, the table and the last paragraph");
        assertNotNull(loaded.getMainDocumentPart().getFootnotesPart().getJaxbElement());
        List<String> texts = new ArrayList<>();
        loaded.getParts().getParts().values().forEach(part -> {
            if (part instanceof HeaderPart h) {
                assertNotNull(h.getJaxbElement());
                texts.add(org.docx4j.TextUtils.getText(h.getJaxbElement()));
            }
            if (part instanceof FooterPart f) {
                assertNotNull(f.getJaxbElement());
                texts.add(org.docx4j.TextUtils.getText(f.getJaxbElement()));
            }
        });
        assertEquals(List.of("Version 2.3.1", "玉潭镇人民政府 \u2014 2021"), texts.stream().map(String::strip).sorted().toList());
        assertEquals("玉潭镇人民政府2021年政府信息公开工作年度报告", loaded.getDocPropsCorePart().getJaxbElement().getTitle().getValue().getContent().get(0));
    }

    @Test
    void theRenderedTextIsWhatTheDataSays() throws Exception {
        RenderedDocx out = render(REPORT, reportModel());

        assertEquals(List.of("玉潭镇人民政府2021年政府信息公开工作年度报告", "An introduction\nover two lines", "1. Open data",
                "2. Hotline \uFFFD & <more>", "Text: tab\there </w:t><w:p>"), out.bodyParagraphs());
        assertEquals(List.of(List.of("Item", "Note"), List.of("A & B", "1808595", ""), List.of("]]>", "2", "")), out.table(0));
        assertTrue(out.paragraphs("word/footnotes.xml").contains("Source: unknown"));
    }

    @Test
    void coreProperties() throws Exception {
        Document core = render(REPORT, reportModel()).xml("docProps/core.xml");

        assertEquals("玉潭镇人民政府2021年政府信息公开工作年度报告", text(core, CoreProperties.DC, "title"));
        assertEquals("玉潭镇人民政府", text(core, CoreProperties.DC, "creator"));
        assertEquals("2.3.1", text(core, CoreProperties.CP, "version"));
        assertEquals("2022-01-20T08:00:00Z", text(core, CoreProperties.DCTERMS, "created"));
        assertEquals("2022-01-20T08:00:00Z", text(core, CoreProperties.DCTERMS, "modified"));

        Document untitled = render(DocxFixture.body(p(r("x"))).zip(), model("agency", "玉潭镇", "year", 2021)).xml("docProps/core.xml");
        assertEquals("玉潭镇 2021 memo", text(untitled, CoreProperties.DC, "title"));
        Document anonymous = render(DocxFixture.body(p(r("x"))).zip(), model()).xml("docProps/core.xml");
        assertEquals("yutan", text(anonymous, CoreProperties.DC, "title"), "the data file's name when nothing else names it");
        assertNull(text(anonymous, CoreProperties.DC, "creator"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void customPropertiesStampVersionCommitSourceAndStatus() throws Exception {
        Map<String, Object> model = reportModel();
        model.put("project", Map.of("version", "2.4-SNAPSHOT", "commit", "0123456789abcdef0123456789abcdef01234567"));
        ((Map<String, Object>) model.get("doc")).put("draft", true);
        RenderedDocx out = render(REPORT, model);

        WordprocessingMLPackage loaded = WordprocessingMLPackage.load(new ByteArrayInputStream(out.bytes));
        var custom = loaded.getDocPropsCustomPart();
        assertNotNull(custom, "docx4j finds the custom properties through the package relationship");
        assertEquals("2.4-SNAPSHOT", custom.getProperty("docgen.version").getLpwstr());
        assertEquals("0123456789abcdef0123456789abcdef01234567", custom.getProperty("docgen.commit").getLpwstr());
        assertEquals("2021/yutan.yaml", custom.getProperty("docgen.source").getLpwstr());
        assertEquals("memo", custom.getProperty("docgen.kind").getLpwstr());
        assertEquals("draft", custom.getProperty("docgen.status").getLpwstr());
        assertEquals("final", WordprocessingMLPackage.load(new ByteArrayInputStream(render(REPORT, reportModel()).bytes))
                .getDocPropsCustomPart().getProperty("docgen.status").getLpwstr());
    }

    @Test
    void theSameModelGivesTheSameBytes() throws Exception {
        CompiledTemplate template = WordTemplates.compile(REPORT);
        byte[] first = render(template, reportModel()).bytes;
        Thread.sleep(1100); // across a second boundary: no entry may carry the clock
        byte[] second = render(template, reportModel()).bytes;

        assertArrayEquals(first, second);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                names.add(e.getName());
                assertNull(e.getExtra(), e.getName() + " has no extra field");
                assertEquals(LocalDateTime.of(2022, 1, 20, 8, 0), e.getTimeLocal(), e.getName() + " carries the build time");
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertEquals(List.of("docProps/core.xml", "docProps/custom.xml"), names.subList(names.size() - 2, names.size()));
    }

    @Test
    void compiledOnceAndRenderedFromManyThreadsAlike() throws Exception {
        io.github.docgen.kind.ReportKind kind = new io.github.docgen.kind.ReportKind("memo", "templates/memo", Map.of("report.docx", REPORT));
        io.github.docgen.kind.KindTemplate file = io.github.docgen.kind.KindTemplate.of("report.docx").orElseThrow();
        CompiledTemplate template = new DocxTemplateCompiler(io.github.docgen.render.RenderLimits.DEFAULT)
                .compile(kind, file, io.github.docgen.render.HardenedFreemarker.forKind(kind));

        byte[] expected = render(template, reportModel()).bytes;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> render(template, reportModel()).bytes));
            }
            for (java.util.concurrent.Future<byte[]> result : results) {
                assertArrayEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void libreOfficeConvertsTheDocumentToPdf(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed; .ci/run installs it");
        Path docx = dir.resolve("report.docx");
        Files.write(docx, render(REPORT, reportModel()).bytes);

        // A profile of our own: another soffice running on this machine must not share ours.
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "soffice finished in time");
        assertEquals(0, soffice.exitValue(), Files.readString(dir.resolve("soffice.log")));
        Path pdf = dir.resolve("report.pdf");
        assertTrue(Files.isRegularFile(pdf) && Files.size(pdf) > 0, "a non-empty PDF: " + Files.readString(dir.resolve("soffice.log")));
        if (onPath("pdftotext")) { // poppler-utils, installed by .ci/run: the rendered text reached the page
            Process text = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
            String pages = new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.waitFor(60, TimeUnit.SECONDS));
            assertTrue(pages.contains("1. Open data") && pages.contains("1808595"), pages);
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Document xml, String ns, String localName) {
        var list = xml.getElementsByTagNameNS(ns, localName);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }
}
