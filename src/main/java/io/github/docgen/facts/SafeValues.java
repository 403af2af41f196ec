package io.github.docgen.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.docgen.text.XmlSafeText;

/**
 * A fact's value under the text policy data files get: characters XML 1.0 cannot carry (a control
 * character in a commit message, say) become U+FFFD, so every output still parses. Maps keep their order.
 */
final class SafeValues {
    private SafeValues() {
    }

    static Object of(Object value) {
        if (value instanceof String text) {
            return XmlSafeText.clean(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> safe = new LinkedHashMap<>();
            map.forEach((k, v) -> safe.put(String.valueOf(k), of(v)));
            return Collections.unmodifiableMap(safe);
        }
        if (value instanceof List<?> list) {
            List<Object> safe = new ArrayList<>(list.size());
            list.forEach(item -> safe.add(of(item)));
            return Collections.unmodifiableList(safe);
        }
        return value;
    }
}
