package io.github.docgen.data;

import io.github.docgen.diagnostic.SourcePosition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value read from a data file, with the position it came from. Only three shapes exist:
 * maps with string keys, lists, and scalars (string, Long, BigDecimal, Boolean or null), so no
 * class is ever instantiated from data and templates only ever see plain values.
 */
public sealed interface DataNode permits DataNode.MapNode, DataNode.ListNode, DataNode.ScalarNode {

    SourcePosition position();

    /** The value as plain Java maps, lists and scalars, the only types templates are given. */
    Object toPlain();

    record MapNode(Map<String, DataNode> entries, SourcePosition position) implements DataNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public DataNode get(String key) {
            return entries.get(key);
        }

        @Override
        public Object toPlain() {
            Map<String, Object> plain = new LinkedHashMap<>();
            entries.forEach((k, v) -> plain.put(k, v.toPlain()));
            return Collections.unmodifiableMap(plain);
        }
    }

    record ListNode(List<DataNode> items, SourcePosition position) implements DataNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public Object toPlain() {
            List<Object> plain = new ArrayList<>(items.size());
            items.forEach(item -> plain.add(item.toPlain()));
            return Collections.unmodifiableList(plain);
        }
    }

    /**
     * A scalar; {@code text} is the value as written in the file, for messages; {@code quoted}
     * whether it was written in quotes (a JSON string, a quoted YAML scalar), which messages need
     * to say what made a number text.
     */
    record ScalarNode(Object value, String text, SourcePosition position, boolean quoted) implements DataNode {
        /** A scalar written without quotes. */
        public ScalarNode(Object value, String text, SourcePosition position) {
            this(value, text, position, false);
        }

        @Override
        public Object toPlain() {
            return value;
        }
    }
}
