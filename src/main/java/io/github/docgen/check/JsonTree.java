package io.github.docgen.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.docgen.data.DataNode;

/**
 * Converts between the two trees schema validation needs: our {@link DataNode}s (which know where
 * each value came from) become Jackson nodes for the validator, and the validator's instance
 * locations lead back to the DataNode, and so to a line and column.
 */
final class JsonTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTree() {
    }

    static JsonNode toJson(DataNode node) {
        if (node instanceof DataNode.MapNode map) {
            ObjectNode object = NODES.objectNode();
            map.entries().forEach((key, value) -> object.set(key, toJson(value)));
            return object;
        }
        if (node instanceof DataNode.ListNode list) {
            ArrayNode array = NODES.arrayNode();
            list.items().forEach(item -> array.add(toJson(item)));
            return array;
        }
        Object value = ((DataNode.ScalarNode) node).value();
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return value == null ? NODES.nullNode() : NODES.textNode(value.toString());
    }

    /**
     * Follows a location (keys and indexes) from the root as far as it goes; returns the values on
     * the way, root first, so a caller can take the deepest one that exists.
     */
    static List<DataNode> walk(DataNode root, List<Object> location) {
        List<DataNode> trail = new ArrayList<>();
        trail.add(root);
        DataNode node = root;
        for (Object step : location) {
            DataNode next = null;
            if (node instanceof DataNode.MapNode map) {
                next = map.get(String.valueOf(step));
            } else if (node instanceof DataNode.ListNode list && step instanceof Integer i && i < list.items().size()) {
                next = list.items().get(i);
            }
            if (next == null) {
                break;
            }
            trail.add(next);
            node = next;
        }
        return trail;
    }

    /** A location as people read it: {@code applications.results.total[6]}. */
    static String display(List<Object> location) {
        StringBuilder path = new StringBuilder();
        for (Object step : location) {
            if (step instanceof Integer i) {
                path.append('[').append(i).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(step);
            }
        }
        return path.length() == 0 ? "(top level)" : path.toString();
    }
}
