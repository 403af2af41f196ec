package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import io.github.docgen.engine.ProgressListener;
import io.github.docgen.engine.TestProject;
import io.github.docgen.pdf.VeraPdf;

/**
 * Every built-in kind with a print template ({@code templates/<kind>/<name>.pdf.ftlh}) renders its
 * {@code sample.yaml} into PDFs that veraPDF finds PDF/UA-1 compliant, as a draft (a {@code -SNAPSHOT}
 * build, with the 征求意见稿 mark) and as a release; a failure lists every broken rule with its clause,
 * test number, count and description. The PDF's table header cells head what the HTML's head: rows
 * for {@code scope="row"} and {@code "rowgroup"}, columns for {@code "col"} and {@code "colgroup"}.
 */
class BuiltInPrintTemplatesPdfUaTest {
    private static final List<String> VERSIONS = List.of("1.0-SNAPSHOT", "1.0");

    @TempDir
    static Path work;

    /** Per kind, its sample's outputs by file name: the PDFs of both versions, the HTML of the draft. */
    private static final Map<String, Map<String, byte[]>> outputs = new LinkedHashMap<>();

    /** The built-in kinds that have a print template, found in templates/ so that a new one is tested too. */
    static List<String> kindsWithAPrintTemplate() throws IOException {
        try (Stream<Path> kinds = Files.list(Path.of("templates"))) {
            List<String> found = kinds.filter(kind -> !printTemplates(kind).isEmpty()).map(kind -> kind.getFileName().toString())
                    .sorted().toList();
            assertFalse(found.isEmpty(), "no built-in kind with a print template under templates/");
            return found;
        }
    }

    private static List<String> printTemplates(Path kind) {
        try (Stream<Path> files = Files.list(kind)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".pdf.ftlh")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @BeforeAll
    static void render() throws Exception {
        for (String kind : kindsWithAPrintTemplate()) {
            String sample = Files.readString(Path.of("templates", kind, "sample.yaml"), StandardCharsets.UTF_8);
            Map<String, byte[]> made = new LinkedHashMap<>();
            for (String version : VERSIONS) {
                // A project per version: a build removes the outputs it did not make as stale.
                TestProject project = new TestProject(work.resolve(kind + "-" + version)).file("src/docgen/sample.yaml", sample);
                List<String> formats = version.endsWith("-SNAPSHOT") ? List.of("pdf", "html") : List.of("pdf");
                project.builder(version).formats(formats).systemFonts(false).build().generate(ProgressListener.NONE);
                try (Stream<Path> files = Files.list(project.output(""))) {
                    for (Path file : files.filter(f -> f.getFileName().toString().startsWith("sample-")).sorted().toList()) {
                        made.put(file.getFileName().toString(), Files.readAllBytes(file));
                    }
                }
            }
            outputs.put(kind, made);
        }
    }

    private static Map<String, byte[]> pdfs(String kind) {
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        outputs.get(kind).forEach((name, bytes) -> {
            if (name.endsWith(".pdf")) {
                pdfs.put(name, bytes);
            }
        });
        return pdfs;
    }

    @ParameterizedTest
    @MethodSource("kindsWithAPrintTemplate")
    void samplePdfsArePdfUa1AsVeraPdfValidatesThem(String kind) throws Exception {
        Map<String, byte[]> pdfs = pdfs(kind);
        assertEquals(VERSIONS.size() * printTemplates(Path.of("templates", kind)).size(), pdfs.size(), "the sample's PDFs: " + pdfs.keySet());
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            assertEquals(List.of(), VeraPdf.failures(pdf.getValue(), PDFAFlavour.PDFUA_1), pdf.getKey() + " of " + kind + " breaks PDF/UA-1");
        }
    }

    @ParameterizedTest
    @MethodSource("kindsWithAPrintTemplate")
    void tableHeaderCellsHeadRowsOrColumnsAsInTheHtml(String kind) throws Exception {
        for (String template : printTemplates(Path.of("templates", kind))) {
            String base = template.substring(0, template.length() - ".pdf.ftlh".length());
            if (!Files.exists(Path.of("templates", kind, base + ".ftlh"))) {
                continue; // no HTML of the same document to compare with
            }
            boolean several = printTemplates(Path.of("templates", kind)).size() > 1;
            String name = "sample-1.0-SNAPSHOT" + (several ? "-" + base : "");
            byte[] html = outputs.get(kind).get(name + ".html");
            byte[] pdf = outputs.get(kind).get(name + ".pdf");
            assertTrue(html != null && pdf != null, name + ".html and .pdf made: " + outputs.get(kind).keySet());
            List<Element> headers = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).select("th");
            List<String> tagged = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                headerScopes(document.getDocumentCatalog().getStructureTreeRoot(), tagged);
            }
            assertFalse(headers.isEmpty(), name + ".html has header cells");
            assertEquals(headers.size(), tagged.size(), "as many TH in " + name + ".pdf as th in its HTML");
            List<String> misread = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                String scope = headers.get(i).attr("scope");
                String expected = scope.equals("row") || scope.equals("rowgroup") ? "Row" : "Column";
                if (!expected.equals(tagged.get(i))) {
                    misread.add(headers.get(i).text() + " (scope=\"" + scope + "\"): /Scope /" + tagged.get(i) + ", not /" + expected);
                }
            }
            assertEquals(List.of(), misread, "header cells of " + name + ".pdf tagged otherwise than its HTML's");
        }
    }

    /** The /Scope of every TH under {@code node}, in document order. */
    private static void headerScopes(PDStructureNode node, List<String> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("TH".equals(element.getStructureType())) {
                    COSDictionary attributes = element.getCOSObject().getCOSDictionary(COSName.A);
                    COSName scope = attributes != null ? attributes.getCOSName(COSName.getPDFName("Scope")) : null;
                    into.add(scope != null ? scope.getName() : "none");
                }
                headerScopes(element, into);
            }
        }
    }

    @Test
    void aBrokenRuleIsListedWithClauseTestNumberCountAndDescription() throws Exception {
        String kind = kindsWithAPrintTemplate().get(0);
        Map.Entry<String, byte[]> sample = pdfs(kind).entrySet().iterator().next();
        byte[] untitled;
        try (PDDocument document = Loader.loadPDF(sample.getValue())) {
            // PDF/UA-1 7.1: a viewer must show the document's title, not its file name.
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.VIEWER_PREFERENCES);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            untitled = bytes.toByteArray();
        }
        List<String> failures = VeraPdf.failures(untitled, PDFAFlavour.PDFUA_1);
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).matches("ISO 14289-1:2014 7\\.1-10 \\(failed 1×\\): .*DisplayDocTitle.*"), failures.get(0));
    }
}
