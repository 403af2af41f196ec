package io.github.docgen.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A fact's value as one text that is equal exactly when the values are: maps in their order, lists,
 * and typed scalars. Facts build their maps in a fixed order, so the text is stable across runs.
 */
final class CanonicalText {
    private CanonicalText() {
    }

    static String of(Object value) {
        StringBuilder text = new StringBuilder();
        append(value, text);
        return text.toString();
    }

    private static void append(Object value, StringBuilder text) {
        if (value instanceof Map<?, ?> map) {
            text.append('{');
            map.forEach((k, v) -> {
                quote(String.valueOf(k), text);
                text.append(':');
                append(v, text);
                text.append(',');
            });
            text.append('}');
        } else if (value instanceof List<?> list) {
            text.append('[');
            list.forEach(item -> {
                append(item, text);
                text.append(',');
            });
            text.append(']');
        } else if (value instanceof String s) {
            quote(s, text);
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else {
            text.append(value); // numbers, booleans, null
        }
    }

    private static void quote(String s, StringBuilder text) {
        text.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
