package io.github.docgen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataNode;

/**
 * The chain of {@code previous:} files — last year's, the year before's, … — followed to find a
 * cycle: files that name each other as last year's would be compared with each other, each year
 * with the next. Each file's link is read once per run, however many chains pass through it.
 */
final class PreviousChain {
    /** A chain longer than this is not followed further: centuries of yearly reports. */
    private static final int MAX_FILES = 500;

    /** Per data file (by display path): the file its {@code previous:} names, or {@link #END}. */
    private final Map<String, DataFile> links = new ConcurrentHashMap<>();
    private static final DataFile END = new DataFile("", "", new DataNode.MapNode(Map.of(), null), "");

    /**
     * The files of the cycle that leads from {@code file} through {@code previous} back to
     * {@code file} (first and last the same), or an empty list when the chain ends or runs into a
     * cycle of other files (each of which reports it).
     */
    List<String> cycleThrough(DataFile file, DataFile previous, DocumentCheck.DataFileLoader loader) {
        links.putIfAbsent(file.displayPath(), linkOnly(previous));
        List<String> chain = new ArrayList<>(List.of(file.displayPath(), previous.displayPath()));
        DataFile current = previous;
        while (chain.size() <= MAX_FILES) {
            DataFile next = next(current, loader);
            if (next == END) {
                return List.of();
            }
            if (next.displayPath().equals(file.displayPath())) {
                chain.add(next.displayPath());
                return chain;
            }
            if (chain.contains(next.displayPath())) {
                return List.of();
            }
            chain.add(next.displayPath());
            current = next;
        }
        return List.of();
    }

    private DataFile next(DataFile file, DocumentCheck.DataFileLoader loader) {
        DataFile known = links.get(file.displayPath());
        if (known != null) {
            return known;
        }
        DataFile next = END;
        if (file.root().get(RuleContext.PREVIOUS) instanceof DataNode.ScalarNode scalar && scalar.value() instanceof String path
                && !path.isBlank()) {
            DocumentCheck.LoadedOrFailed loaded = loader.load(file, path);
            if (loaded.file() != null) {
                next = linkOnly(loaded.file());
            }
        }
        links.putIfAbsent(file.displayPath(), next);
        return next;
    }

    /** The file without its values but its {@code previous:}: what following the chain needs of it. */
    private static DataFile linkOnly(DataFile file) {
        DataNode previous = file.root().get(RuleContext.PREVIOUS);
        Map<String, DataNode> kept = previous == null ? Map.of() : Map.of(RuleContext.PREVIOUS, previous);
        return new DataFile(file.relativePath(), file.displayPath(), new DataNode.MapNode(kept, file.root().position()), file.sha256());
    }
}
