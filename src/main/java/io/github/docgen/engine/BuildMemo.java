package io.github.docgen.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.docgen.diagnostic.Finding;

/**
 * What one goal of a build leaves for the next goal of the same build (Maven's plugin context):
 * compiled kinds, and each data file's check findings by content, so that {@code generate} after
 * {@code check} neither compiles a kind nor checks a file again.
 */
final class BuildMemo {
    private static final String KINDS = "docgen.compiledKinds";
    private static final String CHECKS = "docgen.checkedFiles";

    private final Map<String, CompiledKind> kinds;
    private final Map<String, CheckedContent> checks;

    @SuppressWarnings("unchecked")
    BuildMemo(Map<String, Object> shared) {
        Map<String, Object> memo = shared == null ? new HashMap<>() : shared;
        this.kinds = (Map<String, CompiledKind>) memo.computeIfAbsent(KINDS, k -> new ConcurrentHashMap<String, CompiledKind>());
        this.checks = (Map<String, CheckedContent>) memo.computeIfAbsent(CHECKS, k -> new ConcurrentHashMap<String, CheckedContent>());
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

    /** @param key the file's content hash, its kind's fingerprint and the run's check settings */
    private record CheckedContent(String key, List<Finding> findings) {
    }
}
