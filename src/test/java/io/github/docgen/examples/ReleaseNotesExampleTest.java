package io.github.docgen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.docx4j.TraversalUtil;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.data.DataLimits;
import io.github.docgen.engine.ProgressListener;
import io.github.docgen.engine.TestProject;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.wordml.TransitionalSchema;
import io.github.docgen.wordml.DocxEntries;

/**
 * The release-notes example (examples/release-notes) rendered through the engine: a user kind
 * with a Word and an HTML template turns changes.yaml and the project's version into the notes
 * of that version (TestProject names the project "Reports"; the invoker IT builds the example
 * itself with Maven, as "Example Gateway").
 */
class ReleaseNotesExampleTest {
    private static final Path EXAMPLE = Path.of("examples/release-notes/src/docgen");

    @TempDir
    Path work;

    @Test
    void snapshotBuildShowsTheNotesOfTheVersionItHeadsFor() throws Exception {
        TestProject project = exampleProject();
        generate(project, "1.4.0-SNAPSHOT");
        List<String> paragraphs = paragraphs(project.output("changes-1.4.0-SNAPSHOT.docx"));
        assertEquals("Reports 1.4.0", paragraphs.get(0));
        assertEquals("Release notes, 2026-11-20", paragraphs.get(1));
        assertEquals(List.of("Added",
                "Rate limits per API key, configured in gateway.yaml under limits.",
                "Health endpoint /ready that waits for the upstream connection pool.",
                "Changed",
                "Access logs are written as JSON lines; the old format stays available as log.format=text.",
                "Fixed",
                "Query strings with & and < in parameter values are forwarded unchanged.",
                "A reload no longer drops connections that are still open."), paragraphs.subList(2, 10));
        assertTrue(paragraphs.get(10).startsWith("org.example:reports:1.4.0-SNAPSHOT, built 2022-01-20"), paragraphs.get(10));
        String html = project.read("changes-1.4.0-SNAPSHOT.html");
        assertTrue(html.contains("<li>Query strings with &amp; and &lt; in parameter values are forwarded unchanged.</li>"), html);
    }

    @Test
    void versionWithoutChangesSaysSo() throws Exception {
        TestProject project = exampleProject();
        generate(project, "1.3.2");
        List<String> paragraphs = paragraphs(project.output("changes-1.3.2.docx"));
        assertEquals(List.of("Reports 1.3.2", "Release notes, 2026-10-02", "Fixed",
                "TLS certificates with a wildcard subject are matched case-insensitively."), paragraphs.subList(0, 4));

        generate(project, "2.0.0");
        assertTrue(paragraphs(project.output("changes-2.0.0.docx"))
                .contains("No changes are recorded for version 2.0.0 in src/docgen/changes.yaml."));
    }

    @Test
    void committedWordTemplateIsWhatTheGeneratorWrites() throws IOException {
        assertEquals(DocxEntries.of(ReleaseNotesDocxTemplateGenerator.generate()),
                DocxEntries.of(Files.readAllBytes(ReleaseNotesDocxTemplateGenerator.TEMPLATE)),
                "notes.docx is stale: regenerate it with the command in README.md");
    }

    private TestProject exampleProject() throws IOException {
        TestProject project = new TestProject(work);
        try (var files = Files.walk(EXAMPLE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                project.file("src/docgen/" + EXAMPLE.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return project;
    }

    private static void generate(TestProject project, String version) throws Exception {
        project.builder(version).build().generate(ProgressListener.NONE);
    }

    /** The text of each body paragraph, in order. */
    private static List<String> paragraphs(Path docx) throws Exception {
        TransitionalSchema.assertValid(docx);
        WordprocessingMLPackage document = WordprocessingMLPackage.load(docx.toFile());
        return document.getMainDocumentPart().getContent().stream().filter(P.class::isInstance).map(p -> {
            ClassFinder texts = new ClassFinder(Text.class);
            new TraversalUtil(p, texts);
            StringBuilder text = new StringBuilder();
            texts.results.forEach(t -> text.append(((Text) t).getValue()));
            return text.toString();
        }).toList();
    }

}
