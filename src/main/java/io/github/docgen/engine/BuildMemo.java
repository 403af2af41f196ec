package io.github.docgen.engine;

import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.text.Sha256;

/**
 * What one goal of a build leaves for the next goal of the same build (Maven's plugin context):
 * compiled kinds, each data file's check findings by content, and the data files as parsed, so that
 * {@code generate} after {@code check} neither compiles a kind nor parses or checks a file again.
 */
final class BuildMemo {
    private static final String KINDS = "docgen.compiledKinds";
    private static final String CHECKS = "docgen.checkedFiles";
    private static final String PARSED = "docgen.parsedFiles";
    private static final String PARSED_BYTES = "docgen.parsedBytes";
    /** A parsed data file takes about 3.6 times its size in memory (measured on the built-in sample, 10 KB). */
    private static final int PARSED_SIZE_FACTOR = 4;

    private final Map<String, CompiledKind> kinds;
    private final Map<String, CheckedContent> checks;
    private final Map<String, ParsedContent> parsed;
    private final AtomicLong parsedBytes;
    /** What may be kept for the next goal, in estimated bytes; beyond it, that goal parses again. */
    private final long parsedBudget;

    /** A build's memo in {@code shared} (Maven's plugin context); at most a quarter of the heap keeps parsed files. */
    BuildMemo(Map<String, Object> shared) {
        this(shared, Runtime.getRuntime().maxMemory() / 4);
    }

    @SuppressWarnings("unchecked")
    BuildMemo(Map<String, Object> shared, long parsedBudget) {
        this.parsedBudget = parsedBudget;
        Map<String, Object> memo = shared == null ? new HashMap<>() : shared;
        this.kinds = (Map<String, CompiledKind>) memo.computeIfAbsent(KINDS, k -> new ConcurrentHashMap<String, CompiledKind>());
        this.checks = (Map<String, CheckedContent>) memo.computeIfAbsent(CHECKS, k -> new ConcurrentHashMap<String, CheckedContent>());
        this.parsed = (Map<String, ParsedContent>) memo.computeIfAbsent(PARSED, k -> new ConcurrentHashMap<String, ParsedContent>());
        this.parsedBytes = (AtomicLong) memo.computeIfAbsent(PARSED_BYTES, k -> new AtomicLong());
    }

    /** A build that shares nothing between runs. */
    static BuildMemo none() {
        return new BuildMemo(null);
    }

    CompiledKind compiledKind(String key, Supplier<CompiledKind> compile) {
        return kinds.computeIfAbsent(key, k -> compile.get());
    }

    /** The findings an earlier run of this build made for the same file with the same bytes and checks, or null. */
    List<Finding> findings(String file, String checksKey) {
        CheckedContent earlier = checks.get(file);
        return earlier != null && earlier.key().equals(checksKey) ? earlier.findings() : null;
    }

    void remember(String file, String checksKey, List<Finding> findings) {
        checks.put(file, new CheckedContent(checksKey, List.copyOf(findings)));
    }

    /**
     * The data file as an earlier goal of this build parsed it, when it parsed the same bytes under the
     * same settings; else parsed now, and with {@code keep} kept for a later goal while the memory set
     * aside allows. A file is handed over once: the goal that takes it lets go of it.
     *
     * @param settingsKey what else the parse depends on (the data limits, the project's folders)
     * @param keep        whether a later goal may want it (check keeps what it parses for generate)
     */
    DataFile parse(byte[] bytes, String relativePath, String settingsKey, boolean keep, DataParser parser) throws DataFileException {
        ParsedContent earlier = parsed.remove(relativePath);
        if (earlier != null) {
            parsedBytes.addAndGet(-earlier.cost());
            DataFile data = earlier.data().get();
            if (data != null && earlier.settingsKey().equals(settingsKey) && data.sha256().equals(Sha256.hex(bytes))) {
                return data;
            }
        }
        DataFile data = parser.parse(bytes);
        if (!keep) {
            return data;
        }
        long cost = (long) bytes.length * PARSED_SIZE_FACTOR;
        if (parsedBytes.addAndGet(cost) <= parsedBudget) {
            // Softly: should the rest of the build need the memory before a goal takes the file, it goes.
            parsed.put(relativePath, new ParsedContent(settingsKey, new SoftReference<>(data), cost));
        } else {
            parsedBytes.addAndGet(-cost);
        }
        return data;
    }

    /** Parses a data file's bytes. */
    interface DataParser {
        DataFile parse(byte[] bytes) throws DataFileException;
    }

    private record ParsedContent(String settingsKey, SoftReference<DataFile> data, long cost) {
    }

    /** @param key the file's content hash, its kind's fingerprint and the run's check settings */
    private record CheckedContent(String key, List<Finding> findings) {
    }
}
