package io.github.docgen.kind;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A document kind: an id, where it came from, and the files of its folder held in memory
 * (templates, includes, schema, rules, sample), keyed by '/'-separated path within the folder.
 * Holding the files in memory means a template can only ever include files of its own kind.
 */
public record ReportKind(String id, String origin, Map<String, byte[]> files) {

    public ReportKind {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Templates in file-name order (a print template's PDF before its OFD), so outputs are planned the same way on every machine. */
    public List<KindTemplate> templates() {
        return files.keySet().stream().flatMap(name -> KindTemplate.allOf(name).stream()).toList();
    }

    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** How messages name a file of this kind, e.g. {@code templates/gov-info-annual-2021/report.ftlh}. */
    public String displayName(String path) {
        return origin + "/" + path;
    }
}
