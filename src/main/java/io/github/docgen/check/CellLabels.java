package io.github.docgen.check;

import java.util.List;
import java.util.Map;

/**
 * The official labels messages use for a value, declared in a kind's {@code rules.yaml} so that a
 * user's kind labels its own rows: a row label by exact data path, and column labels by a path
 * pattern of the rows they head (a list of names by index, or a map of names by key).
 * {@code applications.results.unableToProvide.notHeld[6]} reads "三、（四）1.本机关不掌握相关政府信息 · 总计".
 */
record CellLabels(Map<String, String> rows, List<ColumnLabels> columns) {

    public static final CellLabels NONE = new CellLabels(Map.of(), List.of());

    public CellLabels {
        rows = Map.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** Column names for the rows a pattern selects: by index for lists, by key for maps. */
    public record ColumnLabels(DataPath rows, List<String> byIndex, Map<String, String> byKey) {
    }

    /** The label of the value at a concrete path; the path itself when nothing labels it. */
    public String of(String path) {
        String exact = rows.get(path);
        if (exact != null) {
            return exact;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        if (cut <= 0) {
            return path;
        }
        String row = path.substring(0, cut);
        String column = path.charAt(cut) == '[' ? path.substring(cut + 1, path.length() - 1) : path.substring(cut + 1);
        String columnLabel = columnLabel(row, column, path.charAt(cut) == '[');
        String rowLabel = rows.get(row);
        if (rowLabel == null) {
            return columnLabel == null ? path : path + " (" + columnLabel + ")";
        }
        return rowLabel + " · " + (columnLabel == null ? column : columnLabel);
    }

    private String columnLabel(String row, String column, boolean isIndex) {
        for (ColumnLabels labels : columns) {
            if (!labels.rows().matches(row)) {
                continue;
            }
            if (isIndex && labels.byIndex() != null && column.chars().allMatch(Character::isDigit) && !column.isEmpty()) {
                int index = Integer.parseInt(column);
                if (index < labels.byIndex().size()) {
                    return labels.byIndex().get(index);
                }
            } else if (!isIndex && labels.byKey() != null && labels.byKey().containsKey(column)) {
                return labels.byKey().get(column);
            }
        }
        return null;
    }
}
