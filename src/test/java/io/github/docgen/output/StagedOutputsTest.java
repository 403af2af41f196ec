package io.github.docgen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputsTest {
    @TempDir
    Path out;

    @Test
    void aFirstBuildMovesNewFoldersWholeAndEveryFileArrives() throws IOException {
        List<Path> changed;
        try (StagedOutputs staged = new StagedOutputs(out)) {
            write(staged, "2021/a.html", "A");
            write(staged, "2021/town/b.html", "B");
            write(staged, "2022/c.html", "C");
            write(staged, "manifest.json", "{}");
            changed = staged.commit(List.of());
        }
        assertEquals(List.of("2021/a.html", "2021/town/b.html", "2022/c.html", "manifest.json"), files());
        assertEquals(List.of(out.resolve("2021/a.html"), out.resolve("2021/town/b.html"), out.resolve("2022/c.html"),
                out.resolve("manifest.json")), changed);
        assertEquals("B", Files.readString(out.resolve("2021/town/b.html")));
    }

    @Test
    void intoExistingFoldersOnlyChangedBytesAreMovedAndNewFoldersStillArrive() throws IOException {
        try (StagedOutputs staged = new StagedOutputs(out)) {
            write(staged, "2021/a.html", "A");
            write(staged, "2021/b.html", "B");
            staged.commit(List.of());
        }
        Files.setLastModifiedTime(out.resolve("2021/a.html"), FileTime.fromMillis(0));
        List<Path> changed;
        try (StagedOutputs staged = new StagedOutputs(out)) {
            write(staged, "2021/a.html", "A");
            write(staged, "2021/b.html", "B2");
            write(staged, "2021/new/d.html", "D");
            write(staged, "2023/e.html", "E");
            changed = staged.commit(List.of());
        }
        assertEquals(List.of(out.resolve("2021/b.html"), out.resolve("2021/new/d.html"), out.resolve("2023/e.html")), changed);
        assertEquals(0, Files.getLastModifiedTime(out.resolve("2021/a.html")).toMillis(), "unchanged bytes are not rewritten");
        assertEquals("B2", Files.readString(out.resolve("2021/b.html")));
        assertEquals(List.of("2021/a.html", "2021/b.html", "2021/new/d.html", "2023/e.html"), files());
    }

    @Test
    void withoutACommitNothingArrivesAndNoStagingFolderIsLeft() throws IOException {
        try (StagedOutputs staged = new StagedOutputs(out)) {
            write(staged, "2021/a.html", "A");
        }
        assertEquals(List.of(), files());
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(StagedOutputs.lockFileName()), left.map(p -> p.getFileName().toString()).toList(),
                    "only the lock file builds share is left");
        }
    }

    private static void write(StagedOutputs staged, String path, String text) throws IOException {
        try (OutputStream o = staged.open(path)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Every file under the output folder, '/'-separated, sorted. */
    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(StagedOutputs.lockFileName())).map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
