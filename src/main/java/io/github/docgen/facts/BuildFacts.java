package io.github.docgen.facts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.text.Sha256;

/**
 * The facts of one build that templates may use, each read once, on first need, and shared by every
 * document and worker. A kind's templates decide what is read: a build whose templates never name
 * {@code git} never opens the repository.
 */
public final class BuildFacts {
    /** No facts: templates see only the data, {@code project} and {@code doc}. */
    public static final BuildFacts NONE = new BuildFacts(List.of(), finding -> { });

    private final Map<String, FactSource> sources = new LinkedHashMap<>();
    private final Consumer<Finding> warnings;
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> usedByKind = new ConcurrentHashMap<>();

    /** {@code warnings} hears what a reader had to assume, once per build (it may be called from any worker). */
    public BuildFacts(List<FactSource> sources, Consumer<Finding> warnings) {
        sources.forEach(source -> this.sources.put(source.name(), source));
        this.warnings = warnings;
    }

    public Set<String> names() {
        return sources.keySet();
    }

    /** The facts the kind's templates use, by name, read now if no document read them before. */
    public Map<String, Object> usedBy(ReportKind kind) throws DocgenException {
        Map<String, Object> used = new LinkedHashMap<>();
        for (String name : namesUsedBy(kind)) {
            used.put(name, value(name));
        }
        return used;
    }

    /**
     * A hash of the facts the kind's templates use ("" when they use none): a document is rendered
     * again when, say, a new tag or another test result changes what its templates would print.
     */
    public String fingerprint(ReportKind kind) throws DocgenException {
        StringBuilder all = new StringBuilder();
        for (String name : namesUsedBy(kind)) {
            all.append(name).append('=').append(hash(name)).append('\n');
        }
        return all.toString();
    }

    private Set<String> namesUsedBy(ReportKind kind) {
        if (sources.isEmpty()) {
            return Set.of();
        }
        return usedByKind.computeIfAbsent(kind.origin(), origin -> FactUse.namesUsed(kind.files(), sources.keySet()));
    }

    private String hash(String name) throws DocgenException {
        String hash = hashes.get(name);
        if (hash == null) {
            hash = Sha256.hex(CanonicalText.of(value(name)).getBytes(StandardCharsets.UTF_8));
            hashes.put(name, hash);
        }
        return hash;
    }

    /** Read once: the first worker to need a fact reads it, the others wait for it. */
    private Object value(String name) throws DocgenException {
        Object value = values.get(name);
        if (value != null) {
            return value;
        }
        synchronized (this) {
            value = values.get(name);
            if (value == null) {
                value = SafeValues.of(sources.get(name).read(warnings));
                values.put(name, value);
            }
            return value;
        }
    }
}
