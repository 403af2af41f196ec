package io.github.docgen.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileException;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.data.DataNode;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.Severity;

/**
 * Reads a kind's {@code rules.yaml} into a {@link RuleSet}. The file is data a user writes, so it is
 * read as strictly as a data file, and every mistake in it is named with its line and column.
 */
public final class RuleSetReader {
    private static final Set<String> TOP_KEYS = Set.of("labels", "rules");
    private static final Set<String> LABEL_KEYS = Set.of("rows", "columns");
    private static final Set<String> RULE_KEYS = Set.of("id", "severity", "description", "explain", "counts", "amounts", "integers",
            "rows", "total", "parts", "left", "right");

    /** A mistake in rules.yaml, at the value it is about. */
    public static final class RulesException extends Exception {
        private final transient SourcePosition position;

        RulesException(SourcePosition position, String message) {
            super(message);
            this.position = position;
        }

        public SourcePosition position() {
            return position;
        }
    }

    public RuleSet read(byte[] bytes, String displayPath) throws RulesException {
        DataFile file;
        try {
            file = new DataFileReader(DataLimits.DEFAULT).parse(bytes, "rules.yaml", displayPath);
        } catch (DataFileException e) {
            throw new RulesException(e.position(), e.reason());
        }
        DataNode.MapNode root = file.root();
        knownKeys(root, TOP_KEYS);
        CellLabels labels = root.get("labels") == null ? CellLabels.NONE : labels(map(root.get("labels"), "labels"));
        List<Rule> rules = new ArrayList<>();
        DataNode list = root.get("rules");
        if (list != null) {
            if (!(list instanceof DataNode.ListNode items)) {
                throw new RulesException(list.position(), "rules: expected a list of rules");
            }
            for (DataNode item : items.items()) {
                rules.add(rule(map(item, "a rule")));
            }
        }
        return new RuleSet(labels, rules);
    }

    private CellLabels labels(DataNode.MapNode node) throws RulesException {
        knownKeys(node, LABEL_KEYS);
        Map<String, String> rows = new LinkedHashMap<>();
        if (node.get("rows") != null) {
            for (Map.Entry<String, DataNode> e : map(node.get("rows"), "labels.rows").entries().entrySet()) {
                path(e.getKey(), e.getValue());
                rows.put(e.getKey(), text(e.getValue(), "a label"));
            }
        }
        List<CellLabels.ColumnLabels> columns = new ArrayList<>();
        if (node.get("columns") != null) {
            for (Map.Entry<String, DataNode> e : map(node.get("columns"), "labels.columns").entries().entrySet()) {
                DataPath rowsPath = path(e.getKey(), e.getValue());
                if (e.getValue() instanceof DataNode.ListNode names) {
                    List<String> byIndex = new ArrayList<>();
                    for (DataNode name : names.items()) {
                        byIndex.add(text(name, "a column label"));
                    }
                    columns.add(new CellLabels.ColumnLabels(rowsPath, byIndex, null));
                } else {
                    Map<String, String> byKey = new LinkedHashMap<>();
                    for (Map.Entry<String, DataNode> k : map(e.getValue(), "column labels (a list, or a map of key: label)").entries().entrySet()) {
                        byKey.put(k.getKey(), text(k.getValue(), "a column label"));
                    }
                    columns.add(new CellLabels.ColumnLabels(rowsPath, null, byKey));
                }
            }
        }
        return new CellLabels(rows, columns);
    }

    private Rule rule(DataNode.MapNode node) throws RulesException {
        knownKeys(node, RULE_KEYS);
        Rule.RuleInfo info = new Rule.RuleInfo(required(node, "id"), severity(node),
                node.get("description") == null ? null : text(node.get("description"), "a description"));
        String explain = node.get("explain") == null ? null : text(node.get("explain"), "an explanation");
        boolean cells = node.get("counts") != null || node.get("amounts") != null || node.get("integers") != null;
        boolean rowSum = node.get("rows") != null;
        boolean equation = node.get("left") != null || node.get("right") != null;
        if ((cells ? 1 : 0) + (rowSum ? 1 : 0) + (equation ? 1 : 0) != 1) {
            throw new RulesException(node.position(), "rule " + info.id()
                    + ": give exactly one of counts/amounts/integers, rows/total/parts, or left/right");
        }
        if (cells) {
            return new CellRule(info, paths(node, "counts", false), paths(node, "amounts", false), paths(node, "integers", false));
        }
        if (rowSum) {
            DataNode total = need(node, "total");
            List<Object> parts = new ArrayList<>();
            for (DataNode part : list(need(node, "parts"), "parts")) {
                parts.add(column(part));
            }
            Object totalColumn = column(total);
            if (parts.isEmpty() || parts.stream().anyMatch(p -> p.getClass() != totalColumn.getClass())) {
                throw new RulesException(node.get("parts").position(), "parts: expected columns of the same sort as total (all indexes or all keys)");
            }
            return new RowSumRule(info, path(text(node.get("rows"), "a path"), node.get("rows")), totalColumn, parts, explain);
        }
        List<DataPath> right = paths(node, "right", true);
        return new EquationRule(info, paths(node, "left", true), right, explain);
    }

    private static Object column(DataNode node) throws RulesException {
        if (node instanceof DataNode.ScalarNode s && s.value() instanceof Long l && l >= 0 && l < 10_000) {
            return l.intValue();
        }
        if (node instanceof DataNode.ScalarNode s && s.value() instanceof String key && !key.isBlank()) {
            return key;
        }
        throw new RulesException(node.position(), "expected a column: an index (0, 1, …) or a key");
    }

    private static List<DataPath> paths(DataNode.MapNode node, String key, boolean required) throws RulesException {
        DataNode value = required ? need(node, key) : node.get(key);
        List<DataPath> paths = new ArrayList<>();
        if (value != null) {
            for (DataNode item : list(value, key)) {
                paths.add(path(text(item, "a path"), item));
            }
            if (required && paths.isEmpty()) {
                throw new RulesException(value.position(), key + ": expected at least one path");
            }
        }
        return paths;
    }

    private static DataPath path(String text, DataNode at) throws RulesException {
        try {
            return DataPath.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RulesException(at.position(), e.getMessage());
        }
    }

    private static Severity severity(DataNode.MapNode node) throws RulesException {
        DataNode value = node.get("severity");
        if (value == null) {
            return Severity.ERROR;
        }
        String text = text(value, "a severity");
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw new RulesException(value.position(), "severity: expected error or warning, found '" + text + "'");
        };
    }

    private static String required(DataNode.MapNode node, String key) throws RulesException {
        return text(need(node, key), key);
    }

    private static DataNode need(DataNode.MapNode node, String key) throws RulesException {
        DataNode value = node.get(key);
        if (value == null) {
            throw new RulesException(node.position(), "a rule needs '" + key + "'");
        }
        return value;
    }

    private static void knownKeys(DataNode.MapNode node, Set<String> known) throws RulesException {
        for (Map.Entry<String, DataNode> e : node.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new RulesException(e.getValue().position(), "unknown key '" + e.getKey() + "'; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    private static DataNode.MapNode map(DataNode node, String what) throws RulesException {
        if (node instanceof DataNode.MapNode map) {
            return map;
        }
        throw new RulesException(node.position(), what + ": expected a map of keys");
    }

    private static List<DataNode> list(DataNode node, String what) throws RulesException {
        if (node instanceof DataNode.ListNode list) {
            return list.items();
        }
        if (node instanceof DataNode.ScalarNode) {
            return List.of(node); // one path may be written without brackets
        }
        throw new RulesException(node.position(), what + ": expected a list");
    }

    private static String text(DataNode node, String what) throws RulesException {
        if (node instanceof DataNode.ScalarNode s && s.value() != null && !(s.value() instanceof Boolean)) {
            return s.text();
        }
        throw new RulesException(node.position(), "expected " + what + " (text)");
    }
}
