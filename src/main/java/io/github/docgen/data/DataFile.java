package io.github.docgen.data;

import java.util.List;
import java.util.Map;

import io.github.docgen.diagnostic.Finding;

/**
 * One report as data: its path relative to the source folder (with '/' separators), its
 * top-level map, the SHA-256 of its bytes (so a rebuild can tell whether it changed), and what
 * reading it found worth a warning (text a YAML comment may have cut short).
 */
public record DataFile(String relativePath, String displayPath, DataNode.MapNode root, String sha256, List<Finding> warnings) {

    public DataFile {
        warnings = List.copyOf(warnings);
    }

    /** A file read without warnings. */
    public DataFile(String relativePath, String displayPath, DataNode.MapNode root, String sha256) {
        this(relativePath, displayPath, root, sha256, List.of());
    }

    /** The {@code kind:} the file names, or null when it names none. */
    public String kind() {
        DataNode kind = root.get("kind");
        return kind instanceof DataNode.ScalarNode s && s.value() instanceof String k ? k : null;
    }

    /**
     * The same file without its values: path, kind, position and hash. A large batch keeps only
     * this between checking and rendering, and reads the file again to render it.
     */
    public DataFile header() {
        DataNode kind = root.get("kind");
        Map<String, DataNode> kept = kind == null ? Map.of() : Map.of("kind", kind);
        return new DataFile(relativePath, displayPath, new DataNode.MapNode(kept, root.position()), sha256);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> values() {
        return (Map<String, Object>) root.toPlain();
    }
}
