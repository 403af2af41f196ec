package io.github.docgen.lint;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a kind's {@code schema.json} says about the value at one data path: the schemas that apply
 * there (through {@code $ref}, {@code allOf}, {@code anyOf}, {@code oneOf}, {@code if}/{@code then}/{@code else}),
 * which keys it may have and what its list items are. A view with no schema behind it is
 * {@linkplain #isOpen() open}: anything below it is allowed and nothing is checked.
 */
final class SchemaView {
    private static final int MAX_DEPTH = 32;
    private static final List<String> BRANCHES = List.of("allOf", "anyOf", "oneOf");

    private final JsonNode document;
    private final List<JsonNode> schemas;
    private final String path;

    private SchemaView(JsonNode document, List<JsonNode> schemas, String path) {
        this.document = document;
        this.schemas = schemas;
        this.path = path;
    }

    static SchemaView root(JsonNode schema) {
        return new SchemaView(schema, expand(schema, List.of(schema)), "");
    }

    static SchemaView open(String path) {
        return new SchemaView(null, List.of(), path);
    }

    /** The data path this view is at, as messages and {@code inspect} write it: {@code versions[].title}. */
    String path() {
        return path;
    }

    /** No schema constrains this value: anything below it is allowed. */
    boolean isOpen() {
        return schemas.isEmpty();
    }

    /** What a key of this value is: its schema, open, or unknown (with the keys the schema does have). */
    Lookup property(String name) {
        String childPath = path.isEmpty() ? name : path + "." + name;
        if (isOpen()) {
            return new Lookup(open(childPath), List.of());
        }
        List<JsonNode> found = new ArrayList<>();
        List<JsonNode> additional = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        boolean declares = false;
        boolean openEnded = false;
        for (JsonNode schema : schemas) {
            JsonNode properties = schema.get("properties");
            if (properties != null && properties.isObject()) {
                declares = true;
                properties.fieldNames().forEachRemaining(known::add);
                if (properties.has(name)) {
                    found.add(properties.get(name));
                }
            }
            JsonNode patterns = schema.get("patternProperties");
            if (patterns != null && patterns.isObject()) {
                declares = true;
                for (Iterator<Map.Entry<String, JsonNode>> it = patterns.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> pattern = it.next();
                    if (matches(pattern.getKey(), name)) {
                        found.add(pattern.getValue());
                    }
                }
            }
            JsonNode more = schema.get("additionalProperties");
            if (more != null && more.isObject()) {
                additional.add(more);
            } else if (more != null && more.isBoolean()) {
                declares = true;
                openEnded |= more.booleanValue();
            }
        }
        if (!found.isEmpty()) {
            return new Lookup(child(found, childPath), List.of());
        }
        if (!additional.isEmpty()) {
            return new Lookup(child(additional, childPath), List.of());
        }
        if (openEnded || !declares) {
            return new Lookup(open(childPath), List.of());
        }
        return new Lookup(null, List.copyOf(known));
    }

    /** The schema of this list's items ({@code items}, {@code prefixItems}), open when it says none. */
    SchemaView item() {
        String childPath = path + "[]";
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode schema : schemas) {
            JsonNode item = schema.get("items");
            if (item != null && item.isObject()) {
                items.add(item);
            } else if (item != null && item.isArray()) {
                item.forEach(items::add); // draft 2019 and older: a tuple
            }
            JsonNode prefix = schema.get("prefixItems");
            if (prefix != null && prefix.isArray()) {
                prefix.forEach(items::add);
            }
        }
        return items.isEmpty() ? open(childPath) : child(items, childPath);
    }

    /** The schema of any value of this map (its {@code additionalProperties}), open when it says none. */
    SchemaView anyValue() {
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode schema : schemas) {
            JsonNode more = schema.get("additionalProperties");
            if (more != null && more.isObject()) {
                values.add(more);
            }
        }
        return values.isEmpty() ? open(path + ".*") : child(values, path + ".*");
    }

    /** The keys this value declares, in the schema's order, each with its view; for listing what a schema offers. */
    List<SchemaView> declared() {
        List<SchemaView> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode schema : schemas) {
            JsonNode properties = schema.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(seen::add);
            }
        }
        for (String name : seen) {
            out.add(property(name).view());
        }
        return out;
    }

    /** Whether the schema says this value is a list. */
    boolean isList() {
        for (JsonNode schema : schemas) {
            JsonNode type = schema.get("type");
            if (type != null && ("array".equals(type.asText()) || type.isArray() && type.toString().contains("\"array\""))
                    || schema.has("items") || schema.has("prefixItems")) {
                return true;
            }
        }
        return false;
    }

    /** A key looked up: {@code view} is null when the schema has no such key, then {@code known} lists the keys it has. */
    record Lookup(SchemaView view, List<String> known) {
        boolean unknown() {
            return view == null;
        }
    }

    private SchemaView child(List<JsonNode> nodes, String childPath) {
        return new SchemaView(document, expand(document, nodes), childPath);
    }

    /** The schemas that apply to one value: each node, what its {@code $ref} names, and its branches. */
    private static List<JsonNode> expand(JsonNode document, List<JsonNode> nodes) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode node : nodes) {
            expand(document, node, out, 0);
        }
        return out;
    }

    private static void expand(JsonNode document, JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || !node.isObject() || depth > MAX_DEPTH || out.contains(node)) {
            return; // true, false, or a cycle of references: nothing more to learn
        }
        out.add(node);
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
            expand(document, document.at(ref.asText().substring(1)), out, depth + 1);
        }
        for (String branch : BRANCHES) {
            JsonNode list = node.get(branch);
            if (list != null && list.isArray()) {
                for (JsonNode alternative : list) {
                    expand(document, alternative, out, depth + 1);
                }
            }
        }
        expand(document, node.get("then"), out, depth + 1);
        expand(document, node.get("else"), out, depth + 1);
    }

    private static boolean matches(String regex, String name) {
        try {
            return Pattern.compile(regex).matcher(name).find();
        } catch (PatternSyntaxException e) {
            return true; // a pattern Java cannot read: do not call the key unknown because of it
        }
    }
}
