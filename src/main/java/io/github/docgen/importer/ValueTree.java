package io.github.docgen.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/** The values of a data file being assembled, as nested maps addressed by dotted paths. */
final class ValueTree {
    private final Map<String, Object> root = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    void put(String path, Object value) {
        String[] keys = path.split("\\.");
        Map<String, Object> map = root;
        for (int i = 0; i < keys.length - 1; i++) {
            map = (Map<String, Object>) map.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
        }
        map.put(keys[keys.length - 1], value);
    }

    Map<String, Object> root() {
        return root;
    }
}
