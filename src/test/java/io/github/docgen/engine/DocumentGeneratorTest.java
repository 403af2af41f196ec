package io.github.docgen.engine;

import io.github.docgen.check.DocumentCheck;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentGeneratorTest {
    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void userKind() {
        project = new TestProject(dir)
                .file("src/docgen/kinds/memo/page.ftlh", """
                        <!DOCTYPE html><title>${title}</title><p>${body}</p><p>${project.version} ${doc.source} ${doc.format} ${doc.buildTime}</p>""")
                .file("src/docgen/kinds/memo/summary.txt.ftl", "[#list items as i]${i}[#sep],[/#list]");
    }

    @Test
    void rendersEveryTemplateIntoTheMirroredFolder() throws Exception {
        project.file("src/docgen/2021/a.yaml", "kind: memo\ntitle: Hello\nbody: <b>&</b>\nitems: [1, 2.50, x]\n");
        GenerationResult result = project.generate();
        assertEquals(List.of("2021", "2021/a-1.0.html", "2021/a-1.0.txt", "manifest.json"), project.outputs());
        String html = project.read("2021/a-1.0.html");
        assertTrue(html.contains("<p>&lt;b&gt;&amp;&lt;/b&gt;</p>"), "values are HTML-escaped: " + html);
        assertTrue(html.contains("1.0 2021/a.yaml html 2022-01-20T08:00:00Z"), html);
        assertEquals("1,2.50,x", project.read("2021/a-1.0.txt"));
        assertEquals(2, result.changed());
    }

    @Test
    void twoTemplatesOfOneExtensionAddTheTemplateName() throws Exception {
        project.file("src/docgen/kinds/memo/print.ftlh", "<p>${title}</p>")
                .file("src/docgen/a.json", "{\"kind\": \"memo\", \"title\": \"T\", \"body\": \"B\", \"items\": []}");
        project.generate();
        assertEquals(List.of("a-1.0-page.html", "a-1.0-print.html", "a-1.0.txt", "manifest.json"), project.outputs());
    }

    @Test
    void anUnchangedOutputIsNotRewritten() throws Exception {
        project.file("src/docgen/a.yaml", "kind: memo\ntitle: T\nbody: B\nitems: []\n");
        project.generate();
        Path html = project.output("a-1.0.html");
        Files.setLastModifiedTime(html, java.nio.file.attribute.FileTime.fromMillis(0));
        GenerationResult second = project.generate();
        assertEquals(0, second.changed());
        assertEquals(0, Files.getLastModifiedTime(html).toMillis());
    }

    @Test
    void aMissingVariableNamesTemplateLineAndColumnAndWritesNothing() {
        project.file("src/docgen/kinds/memo/page.ftlh", "<p>\n  ${missing.value}</p>")
                .file("src/docgen/a.yaml", "kind: memo\ntitle: T\nbody: B\nitems: []\n");
        DocgenException e = assertThrows(DocgenException.class, project::generate);
        String message = e.findings().get(0).toString();
        assertTrue(message.startsWith("src/docgen/kinds/memo/page.ftlh:2:5: TEMPLATE"), message);
        assertTrue(message.contains("missing"), message);
        assertFalse(e.getMessage().contains("DEBUG mode"));
        assertEquals(List.of(), project.outputs(), "nothing is written, not even a staging folder");
    }

    @Test
    void templatesCannotReachTheHost() {
        for (String attack : List.of("${'freemarker.template.utility.Execute'?new()('id')}", "${title?api.class}",
                "${'x'?eval}[#include '../../../../pom.xml']", "[#include '/etc/passwd']")) {
            project.file("src/docgen/kinds/memo/page.ftlh", attack)
                    .file("src/docgen/a.yaml", "kind: memo\ntitle: T\nbody: B\nitems: []\n");
            DocgenException e = assertThrows(DocgenException.class, project::generate, attack);
            assertTrue(e.getMessage().startsWith("src/docgen/kinds/memo/page.ftlh:1:"), attack + " -> " + e.getMessage());
            assertEquals(List.of(), project.outputs());
        }
    }

    @Test
    void dataThatLooksLikeTemplateCodeIsPrintedLiterally() throws Exception {
        project.file("src/docgen/a.yaml", "kind: memo\ntitle: '${7*7}'\nbody: '[#assign x=1][=x]<#assign y=2>'\nitems: []\n");
        project.generate();
        String html = project.read("a-1.0.html");
        assertTrue(html.contains("<title>${7*7}</title>"), html);
        assertTrue(html.contains("[#assign x=1][=x]&lt;#assign y=2&gt;"), html);
    }

    @Test
    void allBadDataFilesAreReportedTogetherAndNothingIsWritten() throws Exception {
        project.file("src/docgen/a.yaml", "kind: memo\ntitle: T\nbody: B\nitems: []\n").generate();
        List<String> before = project.outputs();
        project.file("src/docgen/b.yaml", "kind: nosuch\n")
                .file("src/docgen/c.yaml", "title: no kind\n")
                .file("src/docgen/d.json", "{\"kind\": \"memo\",}")
                .file("src/docgen/e.yaml", "kind: memo\nproject: mine\n");
        DocgenException e = assertThrows(DocgenException.class, project::generate);
        List<String> lines = e.findings().stream().map(Finding::toString).toList();
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("src/docgen/b.yaml:1:7: KIND unknown kind 'nosuch'"), lines.get(0));
        assertTrue(lines.get(1).startsWith("src/docgen/c.yaml:1:1: KIND the file must name its kind"), lines.get(1));
        assertTrue(lines.get(2).startsWith("src/docgen/d.json:1:"), lines.get(2));
        assertTrue(lines.get(3).startsWith("src/docgen/e.yaml:2:10: DATA the top-level key 'project' is reserved"), lines.get(3));
        assertEquals(before, project.outputs());
    }

    @Test
    void manyWorkersWriteTheSameBytesAndManifestAsOne() throws Exception {
        for (int i = 0; i < 60; i++) {
            project.file("src/docgen/" + (i % 3) + "/r" + i + ".yaml", "kind: memo\ntitle: T" + i + "\nbody: B\nitems: [" + i + "]\n");
        }
        List<String> order = new java.util.ArrayList<>();
        project.builder("1.0").workers(1).build()
                .generate((done, total, path, rendered) -> order.add(path));
        String manifest = project.read("manifest.json");
        List<String> outputs = project.outputs();
        List<String> parallelOrder = new java.util.ArrayList<>();
        GenerationResult again = project.builder("1.0").workers(4).force(true).build().generate(
                (done, total, path, rendered) -> parallelOrder.add(path));
        assertEquals(order, parallelOrder, "progress comes in plan order");
        assertEquals(manifest, project.read("manifest.json"));
        assertEquals(outputs, project.outputs());
        assertEquals(0, again.changed(), "four workers wrote every byte as one did");
    }

    @Test
    void theFirstFailingDocumentInPlanOrderIsReportedWhateverTheWorkers() {
        for (int i = 0; i < 40; i++) {
            project.file("src/docgen/r" + String.format("%02d", i) + ".yaml", i % 10 == 7
                    ? "kind: memo\nbody: B\nitems: []\n" : "kind: memo\ntitle: T\nbody: B\nitems: []\n");
        }
        DocgenException e = assertThrows(DocgenException.class, () -> project.builder("1.0").workers(4).build().generate(ProgressListener.NONE));
        assertTrue(e.findings().get(0).toString().contains("page.ftlh"), e.findings().get(0).toString());
        assertFalse(Files.exists(project.output("r00-1.0.html")), "nothing is written when one document fails");
    }

    @Test
    void aKindProblemIsReportedOnceWithTheFirstFileOfTheKindWhateverTheWorkers() {
        Finding broken = Finding.error(io.github.docgen.diagnostic.SourcePosition.ofFile("src/docgen/kinds/memo/rules.yaml"), "RULES", "broken");
        DocumentCheck brokenKind = kind -> io.github.docgen.check.CompiledCheck.broken(broken);
        for (int i = 0; i < 30; i++) {
            project.file("src/docgen/r" + String.format("%02d", i) + ".yaml", "kind: memo\ntitle: T\nbody: B\nitems: []\n");
        }
        DocgenException e = assertThrows(DocgenException.class, () -> project.builder("1.0").checks(List.of(brokenKind)).workers(4).build()
                .generate(ProgressListener.NONE));
        assertEquals(List.of(broken), e.findings());
        assertEquals("src/docgen/r00.yaml", e.check().files().get(0).file());
        assertEquals(List.of(broken), e.check().files().get(0).findings());
        assertEquals(30, e.check().filesChecked());
        assertEquals(List.of(), project.outputs(), "nothing is written");
    }

    @Test
    void aFileFailingItsChecksMidBatchLeavesTheEarlierOutputsAsTheyWere() throws Exception {
        DocumentCheck noBadTitles = kind -> (file, loader) -> "bad".equals(file.root().get("title").toPlain())
                ? List.of(Finding.error(file.root().get("title").position(), "R9", "no bad titles")) : List.of();
        Docgen fourWorkers = project.builder("1.0").checks(List.of(noBadTitles)).workers(4).build();
        for (int i = 0; i < 40; i++) {
            project.file("src/docgen/r" + String.format("%02d", i) + ".yaml", "kind: memo\ntitle: T" + i + "\nbody: B\nitems: []\n");
        }
        fourWorkers.generate(ProgressListener.NONE);
        List<String> before = project.outputs();
        String manifest = project.read("manifest.json");

        project.file("src/docgen/r03.yaml", "kind: memo\ntitle: changed\nbody: B\nitems: []\n")
                .file("src/docgen/r25.yaml", "kind: memo\ntitle: bad\nbody: B\nitems: []\n");
        DocgenException e = assertThrows(DocgenException.class, () -> fourWorkers.generate(ProgressListener.NONE));

        assertEquals(List.of("src/docgen/r25.yaml:2:8: R9 no bad titles"), e.findings().stream().map(Finding::toString).toList());
        assertEquals(40, e.check().filesChecked(), "every file is checked, also after the first failure");
        assertEquals(before, project.outputs(), "no staging folder is left, no output added or removed");
        assertTrue(project.read("r03-1.0.html").contains("<title>T3</title>"), "r03 rendered before r25 failed, but was not moved into place");
        assertEquals(manifest, project.read("manifest.json"));
    }

    @Test
    void twoDataFilesThatWouldMakeOneOutputAreRefused() {
        project.file("src/docgen/a.yaml", "kind: memo\ntitle: T\nbody: B\nitems: []\n")
                .file("src/docgen/A.json", "{\"kind\": \"memo\", \"title\": \"T\", \"body\": \"B\", \"items\": []}");
        DocgenException e = assertThrows(DocgenException.class, project::generate);
        assertTrue(e.getMessage().contains("OUTPUT") && e.getMessage().contains("would also be made from"), e.getMessage());
        assertEquals(List.of(), project.outputs());
    }

    @Test
    void kindsFolderIsNotScannedForData() throws Exception {
        project.file("src/docgen/kinds/memo/sample.yaml", "kind: memo\n")
                .file("src/docgen/a.yaml", "kind: memo\ntitle: T\nbody: B\nitems: []\n");
        assertEquals(1, project.generate().check().filesChecked());
    }

    @Test
    void aRunawayTemplateIsStoppedByTheOutputCap() {
        project.file("src/docgen/kinds/memo/page.ftlh", "[#list 1..999999999 as i]${i}[/#list]")
                .file("src/docgen/a.yaml", "kind: memo\ntitle: T\nbody: B\nitems: []\n");
        DocgenException e = assertThrows(DocgenException.class,
                () -> project.builder("1.0").renderLimits(new io.github.docgen.render.RenderLimits(100_000, 10_000)).build()
                        .generate(ProgressListener.NONE));
        assertTrue(e.getMessage().contains("LIMIT"), e.getMessage());
        assertEquals(List.of(), project.outputs());
    }
}
