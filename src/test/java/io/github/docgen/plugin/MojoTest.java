package io.github.docgen.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.DefaultMavenProjectHelper;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals as Maven runs them, without a Maven harness: each Mojo is made with its parameters set
 * as Maven would set them (defaults included) and run on a project folder.
 */
class MojoTest {
    @TempDir
    Path dir;
    private MavenProject project;
    private final RecordingLog log = new RecordingLog();
    private final Map<String, Object> pluginContext = new HashMap<>();

    @BeforeEach
    void projectWithOneReport() throws IOException {
        write("src/docgen/kinds/memo/page.ftlh", "<p>${title} ${project.version}</p>");
        write("src/docgen/2021/a.yaml", "kind: memo\ntitle: Hello\n");
        Model model = new Model();
        model.setGroupId("org.example");
        model.setArtifactId("reports");
        model.setVersion("2021.1");
        project = new MavenProject(model);
        project.setFile(dir.resolve("pom.xml").toFile());
        project.setArtifact(new DefaultArtifact("org.example", "reports", "2021.1", null, "pom", null, new DefaultArtifactHandler("pom")));
    }

    @Test
    void generateRendersAttachesAndLogsOneSummary() throws Exception {
        generate().execute();
        assertEquals("<p>Hello 2021.1</p>", read("target/docgen/2021/a-2021.1.html"));
        List<Artifact> attached = project.getAttachedArtifacts();
        assertEquals(1, attached.size());
        assertEquals("html:2021-a", attached.get(0).getType() + ":" + attached.get(0).getClassifier());
        assertTrue(log.infos().contains("docgen: 1 data file(s) checked, 0 error(s), 0 warning(s)"), log.infos().toString());
        assertTrue(Files.exists(dir.resolve("target/docgen/check-report.json")), "the façade writes the check reports");
    }

    @Test
    void generateAfterCheckInOneBuildChecksEachFileOnce() throws Exception {
        check().execute();
        generate().execute();
        assertEquals(1, log.infos().stream().filter(l -> l.contains("data file(s) checked")).count(), log.infos().toString());
        assertTrue(Files.exists(dir.resolve("target/docgen/2021/a-2021.1.html")));
    }

    @Test
    void aRenderFailureAfterCheckLogsTheChecksOnceAndTheFailureWithItsDataFile() throws Exception {
        write("src/docgen/kinds/memo/page.ftlh", "<p>${title} ${missing}</p>");
        check().execute();
        assertThrows(MojoFailureException.class, () -> generate().execute());
        assertEquals(1, log.infos().stream().filter(l -> l.contains("data file(s) checked")).count(), log.infos().toString());
        assertEquals(1, log.errors().size(), log.errors().toString());
        assertTrue(log.errors().get(0).startsWith("src/docgen/kinds/memo/page.ftlh:1:"), log.errors().get(0));
        assertTrue(log.errors().get(0).endsWith("(rendering src/docgen/2021/a.yaml)"), log.errors().get(0));
    }

    @Test
    void aFileChangedBetweenTheGoalsIsCheckedAgain() throws Exception {
        write("src/docgen/kinds/memo/rules.yaml", SPENT_AS_PLANNED);
        write("src/docgen/2021/a.yaml", "kind: memo\ntitle: Hello\nplanned: 2\nspent: 2\n");
        check().execute();
        write("src/docgen/2021/a.yaml", "kind: memo\ntitle: Changed\nplanned: 2\nspent: 3\n");
        generate().execute();
        assertEquals(List.of("docgen: 1 data file(s) checked, 0 error(s), 0 warning(s)",
                "docgen: 1 data file(s) checked, 0 error(s), 1 warning(s)"),
                log.infos().stream().filter(l -> l.contains("data file(s) checked")).toList());
        assertEquals("<p>Changed 2021.1</p>", read("target/docgen/2021/a-2021.1.html"));
    }

    /** A warning rule: what was spent is what was planned. */
    private static final String SPENT_AS_PLANNED = """
            rules:
              - id: W1
                severity: warning
                description: spent = planned
                left: [planned]
                right: [spent]
            """;

    @Test
    void skipDoesNothing() throws Exception {
        GenerateMojo generate = generate();
        generate.skip = true;
        generate.execute();
        CheckMojo check = check();
        check.skip = true;
        check.execute();
        assertFalse(Files.exists(dir.resolve("target")), "nothing is written");
        assertEquals(List.of("docgen: skipped (docgen.skip)", "docgen: skipped (docgen.skip)"), log.infos());
    }

    @Test
    void aBadDataFileFailsWithItsLocationAndWritesNoDocument() throws Exception {
        write("src/docgen/2021/a.yaml", "kind: memo\ntitle: [unclosed\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> generate().execute());
        assertEquals("docgen: 1 error(s), listed above; no document was written", e.getMessage());
        assertTrue(log.errors().get(0).startsWith("src/docgen/2021/a.yaml:"), log.errors().toString());
        assertFalse(Files.exists(dir.resolve("target/docgen/2021")));
        assertThrows(MojoFailureException.class, () -> check().execute());
    }

    @Test
    void warningsFailOnlyWhenFailOnWarningIsSet() throws Exception {
        write("src/docgen/kinds/memo/rules.yaml", SPENT_AS_PLANNED);
        write("src/docgen/2021/a.yaml", "kind: memo\ntitle: Hello\nplanned: 2\nspent: 3\n");
        generate().execute();
        assertTrue(log.warns().get(0).startsWith("src/docgen/2021/a.yaml:4:8: W1"), log.warns().toString());
        GenerateMojo strict = generate();
        strict.failOnWarning = true;
        strict.force = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, strict::execute);
        assertEquals("docgen: 1 warning(s), listed above, and docgen.failOnWarning is set; no document was written", e.getMessage());
    }

    @Test
    void theBuildTimeComesFromOutputTimestampOrSourceDateEpoch() throws Exception {
        write("src/docgen/kinds/memo/page.ftlh", "${doc.buildTime}");
        GenerateMojo epochSeconds = generate();
        epochSeconds.outputTimestamp = "1700000000";
        epochSeconds.execute();
        assertEquals("2023-11-14T22:13:20Z", read("target/docgen/2021/a-2021.1.html"));
        GenerateMojo iso = generate();
        iso.outputTimestamp = "2026-01-01T08:00:00+08:00";
        iso.execute();
        assertEquals("2026-01-01T00:00:00Z", read("target/docgen/2021/a-2021.1.html"));
    }

    @Test
    void aMalformedOutputTimestampIsAConfigurationError() {
        GenerateMojo generate = generate();
        generate.outputTimestamp = "yesterday";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, generate::execute);
        assertTrue(e.getMessage().contains("project.build.outputTimestamp 'yesterday'"), e.getMessage());
    }

    @Test
    void parametersMapToTheFolders() throws Exception {
        write("reports/2021/b.yaml", "kind: memo\ntitle: Elsewhere\n");
        write("reports/kinds/memo/page.ftlh", "${title}");
        GenerateMojo generate = generate();
        generate.sourceDirectory = dir.resolve("reports").toFile();
        generate.kindsDirectory = dir.resolve("reports/kinds").toFile();
        generate.outputDirectory = dir.resolve("out").toFile();
        generate.attach = false;
        generate.execute();
        assertEquals("Elsewhere", read("out/2021/b-2021.1.html"));
        assertEquals(List.of(), project.getAttachedArtifacts(), "docgen.attach=false attaches nothing");
    }

    private GenerateMojo generate() {
        GenerateMojo mojo = new GenerateMojo(new DefaultMavenProjectHelper(), ArtifactAttacherTest.HANDLERS);
        configure(mojo);
        mojo.attach = true;
        return mojo;
    }

    private CheckMojo check() {
        CheckMojo mojo = new CheckMojo();
        configure(mojo);
        return mojo;
    }

    /** The parameters as Maven sets them from their defaults. */
    private void configure(AbstractDocgenMojo mojo) {
        mojo.project = project;
        mojo.sourceDirectory = dir.resolve("src/docgen").toFile();
        mojo.kindsDirectory = dir.resolve("src/docgen/kinds").toFile();
        mojo.outputDirectory = dir.resolve("target/docgen").toFile();
        mojo.outputTimestamp = "2026-01-01T00:00:00Z";
        PluginDescriptor descriptor = new PluginDescriptor();
        descriptor.setVersion("test");
        mojo.plugin = descriptor;
        mojo.setLog(log);
        mojo.setPluginContext(pluginContext);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }

    /** Keeps what a goal logs, by level. */
    private static final class RecordingLog extends SystemStreamLog {
        private final List<String> infos = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private final List<String> warns = new ArrayList<>();

        @Override
        public void warn(CharSequence content) {
            warns.add(content.toString());
        }

        List<String> warns() {
            return warns;
        }

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }

        @Override
        public void error(CharSequence content) {
            errors.add(content.toString());
        }

        List<String> infos() {
            return infos;
        }

        List<String> errors() {
            return errors;
        }
    }
}
