package io.github.docgen.incremental;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.docgen.text.Sha256;

/**
 * What the previous build left in the output folder, as its manifest says: the one place that
 * decides whether a document must be rendered again and which outputs are stale.
 */
public final class OutputIndex {
    private final Path outputDir;
    private final Map<String, WrittenOutput> previous;
    private final boolean forced;

    private OutputIndex(Path outputDir, Map<String, WrittenOutput> previous, boolean forced) {
        this.outputDir = outputDir;
        this.previous = previous;
        this.forced = forced;
    }

    /** The index of the output folder's manifest (empty when there is none or it cannot be read). */
    public static OutputIndex read(Path outputDir) {
        return new OutputIndex(outputDir, Manifest.read(outputDir), false);
    }

    /** An index that says "changed" to every document ({@code -Ddocgen.force}), but still knows what is stale. */
    public static OutputIndex forced(Path outputDir) {
        return new OutputIndex(outputDir, Manifest.read(outputDir), true);
    }

    /** The manifest's file name in the output folder. */
    public static String manifestName() {
        return Manifest.FILE_NAME;
    }

    /** The previous build's output, if its inputs are the same and the file on disk is still the one it wrote; else null. */
    public WrittenOutput upToDate(String relativePath, String inputs) throws IOException {
        WrittenOutput before = forced ? null : previous.get(relativePath);
        if (before == null || !inputs.equals(before.inputs()) || !Files.isRegularFile(before.file())
                || !Sha256.hex(Files.readAllBytes(before.file())).equals(before.sha256())) {
            return null;
        }
        return before;
    }

    /** Outputs the previous build made that this one does not (their data file is gone or renamed), as paths under the output folder. */
    public List<String> stale(Set<String> planned) {
        return previous.keySet().stream().filter(path -> !planned.contains(path))
                .filter(path -> outputDir.resolve(path).normalize().startsWith(outputDir)).sorted().toList();
    }

    /** Writes the manifest of this build's outputs. */
    public static void writeManifest(String project, String commit, List<WrittenOutput> outputs, OutputStream out) throws IOException {
        Manifest.write(project, commit, outputs, out);
    }
}
