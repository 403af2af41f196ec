package io.github.docgen.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.GenerationResult;
import io.github.docgen.engine.ProgressListener;
import io.github.docgen.engine.TestProject;
import io.github.docgen.incremental.WrittenOutput;

/**
 * PDFs as outputs of a build: chosen with the other formats by {@code -Ddocgen.formats}, listed in the
 * manifest, not rendered again when nothing changed; a character no font has stops the build with
 * the character, the data file and the value named, before anything is written.
 */
class PdfOutputsTest {
    @TempDir
    Path work;

    private GenerationResult generate(TestProject project, String... formats) throws DocgenException {
        return project.builder("1.0").formats(List.of(formats)).systemFonts(false).build().generate(ProgressListener.NONE);
    }

    private TestProject sample() throws Exception {
        return new TestProject(work).file("src/docgen/2021/yutan.yaml",
                Files.readString(Path.of("templates/gov-info-annual-2021/sample.yaml"), StandardCharsets.UTF_8));
    }

    @Test
    void formatsChooseWhichOutputsABuildMakes() throws Exception {
        TestProject project = sample();
        GenerationResult result = generate(project, "html", " PDF ");
        assertEquals(List.of("2021/yutan-1.0.html", "2021/yutan-1.0.pdf"), result.outputs().stream().map(WrittenOutput::relativePath).toList());
        assertFalse(Files.exists(project.output("2021/yutan-1.0.docx")));
        String manifest = project.read("manifest.json");
        assertTrue(manifest.contains("\"2021/yutan-1.0.pdf\""), manifest);
        WrittenOutput pdf = result.outputs().get(1);
        assertEquals("pdf", pdf.format());
        assertEquals("2021-yutan", pdf.classifier());
        assertTrue(Files.readString(pdf.file(), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        GenerationResult again = generate(project, "html", "pdf");
        assertEquals(0, again.changed(), "nothing changed, nothing rendered again");
    }

    @Test
    void aPdfMadeWithFontsAnEarlierPdfUsedIsTheSameAsOneMadeWithFreshFonts() throws Exception {
        String sample = Files.readString(Path.of("templates/gov-info-annual-2021/sample.yaml"), StandardCharsets.UTF_8);
        TestProject fresh = new TestProject(work.resolve("fresh")).file("src/docgen/2021/yutan.yaml", sample);
        fresh.builder("1.0").formats(List.of("pdf")).systemFonts(false).build().generate(ProgressListener.NONE);
        // One worker: b's PDF is laid out with the fonts a's PDF parsed and used (another agency, other characters).
        TestProject reused = new TestProject(work.resolve("reused"))
                .file("src/docgen/2021/a.yaml", sample.replace("agency: 玉潭镇人民政府", "agency: 黄花镇人民政府"))
                .file("src/docgen/2021/yutan.yaml", sample);
        reused.builder("1.0").formats(List.of("pdf")).systemFonts(false).workers(1).build().generate(ProgressListener.NONE);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(fresh.output("2021/yutan-1.0.pdf")),
                Files.readAllBytes(reused.output("2021/yutan-1.0.pdf"))));
    }

    @Test
    void everyFormatWhenNoneIsChosen() throws Exception {
        GenerationResult result = generate(sample());
        assertEquals(List.of("2021/yutan-1.0.docx", "2021/yutan-1.0.pdf", "2021/yutan-1.0.html", "2021/yutan-1.0.ofd"),
                result.outputs().stream().map(WrittenOutput::relativePath).sorted((a, b) -> order(a) - order(b)).toList());
    }

    @Test
    void aCharacterNoFontHasStopsTheBuildNamingItAndItsValue() throws Exception {
        TestProject project = sample();
        String yaml = Files.readString(project.dir.resolve("src/docgen/2021/yutan.yaml"), StandardCharsets.UTF_8);
        project.file("src/docgen/2021/yutan.yaml", yaml.replace("我镇成立政务公开领导小组", "我镇成立\uD840\uDC00政务公开领导小组"));
        DocgenException e = assertThrows(DocgenException.class, () -> generate(project, "pdf"));
        Finding finding = e.findings().get(0);
        assertEquals("PDF", finding.rule());
        assertEquals("2021/yutan.yaml", finding.position().file());
        assertTrue(finding.message().startsWith("character '\uD840\uDC00' (U+20000) has no glyph in any font of the PDF (仿宋: the shipped "
                + "NotoSerifSC-Regular.ttf"), finding.message());
        assertTrue(finding.message().contains(", in the value 'overview' (line 3 of it);"), finding.message());
        assertFalse(Files.exists(project.output("2021/yutan-1.0.pdf")), "nothing written");
    }

    @Test
    void aPrintTemplateOfAUserKindFetchesNothing() throws Exception {
        Path picture = work.resolve("picture.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                picture.toFile());
        TestProject project = new TestProject(work.resolve("p"))
                .file("src/docgen/kinds/notice/notice.pdf.ftlh", "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>${title}</title>"
                        + "<style>body { font-family: 仿宋; font-size: 16pt; }</style></head>"
                        + "<body><p>${title}</p><img src=\"" + picture.toUri() + "\" alt=\"图\"></body></html>")
                .file("src/docgen/notice.yaml", "kind: notice\ntitle: 通知\n");
        project.builder("1.0").systemFonts(false).build().generate(ProgressListener.NONE);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(project.output("notice-1.0.pdf").toFile())) {
            assertEquals("通知", pdf.getDocumentInformation().getTitle());
            org.apache.pdfbox.pdmodel.PDResources resources = pdf.getPage(0).getResources();
            assertFalse(resources.getXObjectNames().iterator().hasNext(), "the picture on disk was not read");
        }
    }

    @Test
    void aPrintTemplateWithoutLanguageOrTitleIsRefused() throws Exception {
        TestProject project = new TestProject(work.resolve("p"))
                .file("src/docgen/kinds/notice/notice.pdf.ftlh", "<!DOCTYPE html><html><body><p>${title}</p></body></html>")
                .file("src/docgen/notice.yaml", "kind: notice\ntitle: 通知\n");
        DocgenException e = assertThrows(DocgenException.class,
                () -> project.builder("1.0").systemFonts(false).build().generate(ProgressListener.NONE));
        assertTrue(e.findings().stream().anyMatch(f -> f.rule().equals("PDF")
                && f.message().startsWith("a print template needs <html lang=\"…\"> and a <title>")), e.findings().toString());
    }

    private static int order(String path) {
        return path.endsWith(".docx") ? 0 : path.endsWith(".pdf") ? 1 : path.endsWith(".html") ? 2 : 3;
    }
}
