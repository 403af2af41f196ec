package io.github.docgen.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.github.docgen.data.DataNode;

/**
 * In every row the {@code rows} path selects, the {@code total} column equals the sum of the
 * {@code parts} columns (R2, R4). Columns are list indexes (rows that are lists) or keys (rows
 * that are maps). The finding points at the total cell.
 *
 * @param total   an Integer index or a String key
 * @param parts   Integer indexes or String keys, as {@code total}
 * @param explain how the expected number is made, printed in parentheses after it
 */
record RowSumRule(RuleInfo info, DataPath rows, Object total, List<Object> parts, String explain) implements Rule {

    @Override
    public void evaluate(RuleContext context) {
        List<DataPath.Selected> selected = context.select(rows);
        if (selected.isEmpty() && !rows.hasWildcard()) {
            context.missing(this, rows);
        }
        for (DataPath.Selected row : selected) {
            if (total instanceof Integer ? row.node() instanceof DataNode.ListNode : row.node() instanceof DataNode.MapNode) {
                check(context, row);
            }
        }
    }

    private void check(RuleContext context, DataPath.Selected row) {
        DataPath.Selected totalCell = cell(row, total);
        if (totalCell == null) {
            return; // a short row: the schema says so
        }
        BigDecimal found = context.number(this, totalCell);
        BigDecimal expected = BigDecimal.ZERO;
        List<DataPath.Selected> partCells = new ArrayList<>();
        for (Object part : parts) {
            DataPath.Selected cell = cell(row, part);
            if (cell == null) {
                return;
            }
            partCells.add(cell);
        }
        boolean complete = found != null;
        for (DataPath.Selected cell : partCells) {
            BigDecimal value = context.number(this, cell);
            complete &= value != null;
            expected = value == null ? expected : expected.add(value);
        }
        if (complete && expected.compareTo(found) != 0) {
            context.violation(this, totalCell, expected, found, explain);
        }
    }

    private static DataPath.Selected cell(DataPath.Selected row, Object column) {
        if (row.node() instanceof DataNode.ListNode list && column instanceof Integer index) {
            return index < list.items().size() ? row.item(index, list.items().get(index)) : null;
        }
        if (row.node() instanceof DataNode.MapNode map && column instanceof String key && map.get(key) != null) {
            return row.entry(key, map.get(key));
        }
        return null;
    }
}
