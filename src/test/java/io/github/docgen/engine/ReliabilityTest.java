package io.github.docgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.output.StagedOutputs;

/** What a careful user does to a build: folders that refuse writes, two builds at once, linked folders. */
class ReliabilityTest {
    @TempDir
    Path dir;

    private TestProject memo() {
        return new TestProject(dir.resolve("project"))
                .file("src/docgen/kinds/memo/page.ftlh", "<p>${title}</p>")
                .file("src/docgen/kinds/memo/page.txt.ftl", "${title}");
    }

    @Test
    void aCommitThatFailsHalfwayPutsEveryEarlierOutputBack() throws Exception {
        TestProject project = memo().file("src/docgen/2021/a.yaml", "kind: memo\ntitle: old A\n")
                .file("src/docgen/2022/b.yaml", "kind: memo\ntitle: old B\n");
        project.generate();
        String manifest = project.read("manifest.json");
        // Every data file changes; the 2022 output folder can no longer be written (here: a file stands in its place).
        project.file("src/docgen/2021/a.yaml", "kind: memo\ntitle: new A\n").file("src/docgen/2022/b.yaml", "kind: memo\ntitle: new B\n");
        Path folder = project.output("2022");
        for (String name : List.of("b-1.0.html", "b-1.0.txt")) {
            Files.delete(folder.resolve(name));
        }
        Files.delete(folder);
        Files.writeString(folder, "in the way");

        DocgenException e = assertThrows(DocgenException.class, project::generate);
        String message = e.findings().get(0).toString();
        assertTrue(message.contains("OUTPUT cannot write") && message.contains("put back"), message);
        assertEquals("<p>old A</p>", project.read("2021/a-1.0.html"), "the document moved before the failure is put back");
        assertEquals("old A", project.read("2021/a-1.0.txt"));
        assertEquals(manifest, project.read("manifest.json"), "the manifest still describes the files on disk");
        assertTrue(project.outputs().stream().noneMatch(p -> p.contains(".docgen-staging")), project.outputs().toString());
    }

    @Test
    void aSecondBuildWaitsForTheOneWritingTheFolder() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path holder = dir.resolve("Hold.java");
        Files.writeString(holder, """
                import java.nio.channels.*;
                import java.nio.file.*;
                public class Hold {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                             FileLock l = c.lock()) {
                            System.out.println("locked");
                            System.out.flush();
                            Thread.sleep(Long.parseLong(a[1]));
                        }
                    }
                }
                """);
        // Another build (another process) holds the folder for 1.5 s, its staging folder in use.
        Path othersStaging = Files.createDirectories(out.resolve(".docgen-staging-other"));
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), holder.toString(),
                out.resolve(StagedOutputs.lockFileName()).toString(), "1500").redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", lines.readLine());
            List<String> told = new ArrayList<>();
            long start = System.nanoTime();
            try (StagedOutputs staged = new StagedOutputs(out, why -> {
                told.add(why);
                assertTrue(Files.exists(othersStaging), "the other build's staging folder is left alone while it runs");
            })) {
                long waitedMillis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(waitedMillis >= 500, "waited " + waitedMillis + " ms");
                assertEquals(1, told.size(), told.toString());
                assertTrue(told.get(0).startsWith("another build is writing to "), told.get(0));
            }
        } finally {
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void twoBuildsInOneJvmTakeTurns() throws Exception {
        TestProject project = memo().file("src/docgen/a.yaml", "kind: memo\ntitle: A\n");
        List<Thread> builds = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread build = new Thread(() -> {
                try {
                    project.builder("1.0").force(true).build().generate(ProgressListener.NONE);
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            builds.add(build);
            build.start();
        }
        for (Thread build : builds) {
            build.join();
        }
        assertEquals(List.of(), failures);
        assertEquals(List.of("a-1.0.html", "a-1.0.txt", "manifest.json"), project.outputs());
    }

    @Test
    void aLinkedSourceFolderIsFollowedAndBadLinksInsideItAreNamed() throws Exception {
        TestProject elsewhere = new TestProject(dir.resolve("reports-checkout"))
                .file("2021/a.yaml", "kind: memo\ntitle: A\n")
                .file("kinds/memo/page.ftlh", "<p>${title}</p>");
        Path outside = Files.writeString(dir.resolve("outside.yaml"), "kind: memo\ntitle: O\n");
        Files.createSymbolicLink(elsewhere.dir.resolve("2021/outside.yaml"), outside);
        Files.createSymbolicLink(elsewhere.dir.resolve("2021/dangling.yaml"), elsewhere.dir.resolve("2021/gone.yaml"));
        Files.createSymbolicLink(elsewhere.dir.resolve("2021/loop"), elsewhere.dir.resolve("2021"));
        TestProject project = new TestProject(dir.resolve("project"));
        Files.createDirectories(project.dir.resolve("src"));
        Files.createSymbolicLink(project.dir.resolve("src/docgen"), elsewhere.dir);

        GenerationResult result = project.generate();
        assertEquals(1, result.check().filesChecked());
        assertEquals("<p>A</p>", project.read("2021/a-1.0.html"));
        List<String> warnings = result.check().findings().stream().map(Finding::toString).toList();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.contains("src/docgen/2021/dangling.yaml: SOURCE symbolic link skipped: it points to '"
                + elsewhere.dir.resolve("2021/gone.yaml") + "', which does not exist"), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("src/docgen/2021/loop: SOURCE symbolic link skipped: it makes a loop")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("src/docgen/2021/outside.yaml: SOURCE symbolic link skipped: it points outside the project")),
                warnings.toString());
    }

    @Test
    void aLinkedKindsFolderIsUsedAndALinkedKindInsideItIsNamed() throws Exception {
        TestProject kinds = new TestProject(dir.resolve("shared-kinds")).file("memo/page.ftlh", "<p>${title}</p>");
        new TestProject(dir.resolve("elsewhere")).file("other/page.ftlh", "${title}");
        Files.createSymbolicLink(kinds.dir.resolve("other"), dir.resolve("elsewhere/other"));
        TestProject project = new TestProject(dir.resolve("project")).file("src/docgen/a.yaml", "kind: memo\ntitle: A\n");
        Files.createSymbolicLink(project.dir.resolve("src/docgen/kinds"), kinds.dir);

        GenerationResult result = project.generate();
        assertEquals("<p>A</p>", project.read("a-1.0.html"));
        assertEquals(List.of("src/docgen/kinds/other: KIND symbolic link skipped: a kind must be a folder of its own, not a link"),
                result.check().findings().stream().map(Finding::toString).toList());
    }
}
