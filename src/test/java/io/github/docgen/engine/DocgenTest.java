package io.github.docgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

/** The façade as its callers use it: one description of the project, then check or generate. */
class DocgenTest {
    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void memoKind() {
        project = new TestProject(dir)
                .file("src/docgen/kinds/memo/page.ftlh", "<p>${title}</p><p>${office.head}</p>")
                .file("src/docgen/a.yaml", "kind: memo\ntitle: A\noffice:\n  head: Li\n")
                .file("src/docgen/b.yaml", "kind: memo\ntitle: B\noffice:\n  room: 3\n");
    }

    private Docgen.Builder builder() {
        return project.builder("1.0").writeReports(true);
    }

    @Test
    void aRenderErrorNamesTheDataFileAndWhereItLacksTheValue() {
        DocgenException e = assertThrows(DocgenException.class, () -> builder().build().generate(ProgressListener.NONE));
        String message = e.findings().get(0).toString();
        assertTrue(message.startsWith("src/docgen/kinds/memo/page.ftlh:1:"), message);
        assertTrue(message.contains("(rendering src/docgen/b.yaml; head is missing from the value at src/docgen/b.yaml:4:3)"), message);
    }

    @Test
    void aRenderErrorOnAValueOfTheWrongShapeNamesItsLine() {
        project.file("src/docgen/b.yaml", "kind: memo\ntitle: B\noffice:\n  head: [1, 2]\n");
        DocgenException e = assertThrows(DocgenException.class, () -> builder().build().generate(ProgressListener.NONE));
        String message = e.findings().get(0).toString();
        assertTrue(message.contains("(rendering src/docgen/b.yaml; the value office.head is at src/docgen/b.yaml:4:9)"), message);
    }

    @Test
    void theReportsOfAFailedRenderSayTheBuildFailed() throws Exception {
        assertThrows(DocgenException.class, () -> builder().build().generate(ProgressListener.NONE));
        String junit = project.read("TEST-docgen-checks.xml");
        assertTrue(junit.contains("failures=\"1\""), junit);
        assertTrue(junit.contains("src/docgen/kinds/memo/page.ftlh"), junit);
        String json = project.read("check-report.json");
        assertTrue(json.contains("\"errors\" : 1"), json);
        assertFalse(project.outputs().contains("a-1.0.html"), "no document is written");
    }

    @Test
    void aTemplateSyntaxErrorIsReportedAtItsLineWhateverTheWorkers() {
        project.file("src/docgen/kinds/memo/page.ftlh", "<p>${title}</p>\n[#if title]<p>open\n");
        for (int i = 0; i < 12; i++) {
            project.file("src/docgen/c" + i + ".yaml", "kind: memo\ntitle: C\noffice:\n  head: Li\n");
        }
        for (int run = 0; run < 4; run++) {
            DocgenException e = assertThrows(DocgenException.class, () -> builder().workers(4).build().generate(ProgressListener.NONE));
            List<String> messages = e.findings().stream().map(Finding::toString).toList();
            assertTrue(messages.get(0).startsWith("src/docgen/kinds/memo/page.ftlh:2:"), messages.toString());
            assertTrue(messages.get(0).contains("syntax"), messages.toString());
            assertFalse(messages.toString().contains("earlier attempt"), messages.toString());
        }
    }

    @Test
    void generateAfterCheckInOneBuildReusesTheChecksAndTheCompiledKinds() throws Exception {
        project.file("src/docgen/b.yaml", "kind: memo\ntitle: B\noffice:\n  head: Wang\n");
        Map<String, Object> build = new HashMap<>();
        CheckRun check = builder().buildMemo(build).build().check();
        assertEquals(0, check.reused());
        GenerationResult generated = builder().buildMemo(build).build().generate(ProgressListener.NONE);
        assertEquals(2, generated.checkRun().reused());
        assertEquals(2, generated.rendered());
        assertEquals(List.of(dir.resolve("target/docgen/check-report.json"), dir.resolve("target/docgen/TEST-docgen-checks.xml"),
                dir.resolve("target/docgen/check-report.sarif")), generated.checkRun().reports());

        project.file("src/docgen/b.yaml", "kind: memo\ntitle: B2\noffice:\n  head: Wang\n");
        GenerationResult again = builder().buildMemo(build).build().generate(ProgressListener.NONE);
        assertEquals(1, again.checkRun().reused(), "the changed file is checked again, the other one is not");
        assertEquals(1, again.rendered());
        assertEquals(1, again.upToDate());
    }

    @Test
    void aFileEditedBetweenCheckAndGenerateIsRenderedAsItIsNow() throws Exception {
        project.file("src/docgen/b.yaml", "kind: memo\ntitle: B\noffice:\n  head: Wang\n");
        Map<String, Object> build = new HashMap<>();
        builder().buildMemo(build).build().check();
        project.file("src/docgen/b.yaml", "kind: memo\ntitle: Edited\noffice:\n  head: Wang\n");
        GenerationResult generated = builder().buildMemo(build).build().generate(ProgressListener.NONE);
        assertEquals(1, generated.checkRun().reused(), "a.yaml is taken from the check, b.yaml read and checked again");
        assertEquals("<p>Edited</p><p>Wang</p>", Files.readString(dir.resolve("target/docgen/b-1.0.html")));
    }

    @Test
    void attachmentsCarryTypeAndClassifier() throws Exception {
        project.file("src/docgen/b.yaml", "kind: memo\ntitle: B\noffice:\n  head: Wang\n");
        List<Attachment> attachments = builder().build().generate(ProgressListener.NONE).attachments();
        assertEquals(List.of(new Attachment(dir.resolve("target/docgen/a-1.0.html"), "html", "a"),
                new Attachment(dir.resolve("target/docgen/b-1.0.html"), "html", "b")), attachments);
    }

    @Test
    void aFormatNoKindMakesIsRefusedAndNothingIsWritten() {
        project.file("src/docgen/b.yaml", "kind: memo\ntitle: B\noffice:\n  head: Wang\n");
        DocgenException e = assertThrows(DocgenException.class,
                () -> builder().formats(List.of("html", "pfd")).build().generate(ProgressListener.NONE));
        String message = e.findings().get(0).toString();
        assertTrue(message.contains("FORMATS docgen.formats names [pfd], which no kind makes; the kinds make ["), message);
        assertFalse(project.outputs().contains("a-1.0.html"), "nothing is written");
    }
}
