package io.github.docgen.engine;

import io.github.docgen.diagnostic.DocgenException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.data.DataLimits;
import io.github.docgen.incremental.WrittenOutput;
import io.github.docgen.text.Sha256;
import io.github.docgen.render.RenderLimits;

/** Documents as artifacts: classifiers, the manifest, skipped rebuilds, draft marks, the Git commit. */
class VersionedOutputsTest {
    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void userKind() {
        project = new TestProject(dir)
                .file("src/docgen/kinds/memo/page.ftlh", "[#if doc.draft]DRAFT [/#if]${title} ${project.commit!'no commit'}")
                .file("src/docgen/2021/yutan.yaml", "kind: memo\ntitle: T\n")
                .file("src/docgen/2022/yutan.yaml", "kind: memo\ntitle: U\n");
    }

    private GenerationResult generate(String version, boolean force, String commit) throws DocgenException {
        return builder(version).force(force).commit(commit).build().generate(ProgressListener.NONE);
    }

    private Docgen.Builder builder(String version) {
        return Docgen.builder().projectDirectory(dir).project("org.example", "reports", version, "Reports", Map.of())
                .buildTime(Instant.parse("2022-01-20T00:00:00Z")).toolVersion("1.0").checks(List.of()).writeReports(false);
    }

    @Test
    void classifiersComeFromTheSourcePath() throws Exception {
        List<WrittenOutput> outputs = generate("1.0", false, null).outputs();
        assertEquals(List.of("2021-yutan", "2022-yutan"), outputs.stream().map(WrittenOutput::classifier).toList());
        assertEquals(List.of("html", "html"), outputs.stream().map(WrittenOutput::format).toList());
    }

    @Test
    void theManifestListsEveryOutputWithItsHash() throws Exception {
        generate("1.0", false, null);
        String manifest = project.read("manifest.json");
        String sha = Sha256.hex(Files.readAllBytes(project.output("2021/yutan-1.0.html")));
        assertTrue(manifest.contains("\"path\" : \"2021/yutan-1.0.html\""), manifest);
        assertTrue(manifest.contains("\"sha256\" : \"" + sha + "\""), manifest);
        assertTrue(manifest.contains("\"source\" : \"2021/yutan.yaml\""), manifest);
        assertTrue(manifest.contains("\"kind\" : \"memo\""), manifest);
        assertTrue(manifest.contains("\"classifier\" : \"2021-yutan\""), manifest);
    }

    @Test
    void aRebuildWithNothingChangedRendersNothingAndChangingOneFileRendersOnlyItsDocuments() throws Exception {
        generate("1.0", false, null);
        Path a = project.output("2021/yutan-1.0.html");
        Path b = project.output("2022/yutan-1.0.html");
        Files.setLastModifiedTime(a, FileTime.fromMillis(0));
        Files.setLastModifiedTime(b, FileTime.fromMillis(0));
        GenerationResult again = generate("1.0", false, null);
        assertEquals(0, again.changed());
        assertEquals(0, Files.getLastModifiedTime(a).toMillis());

        project.file("src/docgen/2022/yutan.yaml", "kind: memo\ntitle: changed\n");
        GenerationResult one = generate("1.0", false, null);
        assertEquals(List.of("2022/yutan-1.0.html"), one.outputs().stream().filter(WrittenOutput::changed).map(WrittenOutput::relativePath).toList());
        assertEquals(0, Files.getLastModifiedTime(a).toMillis(), "the unchanged document is not rewritten");
        assertEquals("changed no commit", project.read("2022/yutan-1.0.html"));
    }

    @Test
    void aHandEditedOutputIsRenderedAgainAndForceRendersAll() throws Exception {
        generate("1.0", false, null);
        Files.writeString(project.output("2021/yutan-1.0.html"), "tampered");
        generate("1.0", false, null);
        assertEquals("T no commit", project.read("2021/yutan-1.0.html"));
        List<String> progress = new java.util.ArrayList<>();
        builder("1.0").force(true).commit(null).build()
                .generate((done, total, path, rendered) -> progress.add(done + "/" + total + " " + path + " " + rendered));
        assertEquals(List.of("1/2 2021/yutan-1.0.html true", "2/2 2022/yutan-1.0.html true"), progress);
    }

    @Test
    void outputsOfARemovedDataFileGoWithIt() throws Exception {
        generate("1.0", false, null);
        Files.delete(dir.resolve("src/docgen/2022/yutan.yaml"));
        generate("1.0", false, null);
        assertFalse(Files.exists(project.output("2022/yutan-1.0.html")));
        assertTrue(Files.exists(project.output("2021/yutan-1.0.html")));
    }

    @Test
    void aSnapshotIsADraftAndTheCommitIsStamped() throws Exception {
        generate("1.1-SNAPSHOT", false, "0123456789abcdef0123456789abcdef01234567");
        assertEquals("DRAFT T 0123456789abcdef0123456789abcdef01234567", project.read("2021/yutan-1.1-SNAPSHOT.html"));
        generate("1.1", false, null);
        assertEquals("T no commit", project.read("2021/yutan-1.1.html"));
    }

    @Test
    void twoSourcesThatWouldShareAClassifierAreRefused() {
        project.file("src/docgen/2021-yutan.yaml", "kind: memo\ntitle: V\n");
        DocgenException e = assertThrows(DocgenException.class, () -> generate("1.0", false, null));
        assertTrue(e.getMessage().contains("classifier '2021-yutan'"), e.getMessage());
    }

    @Test
    void theGitCommitIsReadFromTheRepository() throws Exception {
        String sha = "89abcdef0123456789abcdef0123456789abcdef";
        project.file(".git/HEAD", "ref: refs/heads/main\n").file(".git/packed-refs", "# pack-refs\n" + sha + " refs/heads/main\n");
        assertEquals(sha, GitRevision.of(dir.resolve("src/docgen")).orElseThrow());
        project.file(".git/refs/heads/main", "0123456789abcdef0123456789abcdef01234567\n");
        assertEquals("0123456789abcdef0123456789abcdef01234567", GitRevision.of(dir).orElseThrow());
    }
}
