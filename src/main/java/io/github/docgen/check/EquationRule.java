package io.github.docgen.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.docgen.data.DataNode;

/**
 * The sum of the {@code left} values equals the sum of the {@code right} values (R1, R3, R6, R7).
 * A value is a number or a row of numbers; rows are added column by column, and a path with a
 * wildcard adds up everything it selects. The first value of {@code right} is the one checked:
 * the finding points at its cell, and "expected" is what that cell would have to hold for the
 * equation to be true. A path starting with {@code previous.} reads last year's data file (named
 * by the data file's {@code previous:} key); without one, the rule does not apply.
 */
record EquationRule(RuleInfo info, List<DataPath> left, List<DataPath> right, String explain) implements Rule {

    @Override
    public void evaluate(RuleContext context) {
        if (!context.canRead(left) || !context.canRead(right)) {
            return;
        }
        List<DataPath.Selected> leftValues = values(context, left);
        List<DataPath.Selected> rightValues = values(context, right);
        if (leftValues == null || rightValues == null || rightValues.isEmpty()) {
            return;
        }
        DataPath.Selected checked = rightValues.get(0);
        List<DataPath.Selected> others = rightValues.subList(1, rightValues.size());
        if (checked.node() instanceof DataNode.ListNode row) {
            for (int column = 0; column < row.items().size(); column++) {
                compare(context, column, checked, leftValues, others);
            }
        } else {
            compare(context, -1, checked, leftValues, others);
        }
    }

    /** Every value the paths select, or null when a path that names one value names nothing. */
    private List<DataPath.Selected> values(RuleContext context, List<DataPath> paths) {
        List<DataPath.Selected> values = new ArrayList<>();
        for (DataPath path : paths) {
            List<DataPath.Selected> selected = context.select(path);
            if (selected.isEmpty() && !path.hasWildcard()) {
                context.missing(this, path);
                return null;
            }
            values.addAll(selected);
        }
        return values;
    }

    /** One column (or, for single numbers, column -1): skipped when any of its cells is not a usable number. */
    private void compare(RuleContext context, int column, DataPath.Selected checked, List<DataPath.Selected> leftValues,
                         List<DataPath.Selected> others) {
        DataPath.Selected target = cell(checked, column);
        BigDecimal found = target == null ? null : context.number(this, target);
        BigDecimal leftSum = sum(context, leftValues, column);
        BigDecimal othersSum = sum(context, others, column);
        if (found == null || leftSum == null || othersSum == null) {
            return;
        }
        BigDecimal expected = leftSum.subtract(othersSum);
        if (expected.compareTo(found) != 0) {
            context.violation(this, target, expected, found, explainWith(context));
        }
    }

    /** A comparison with last year names last year's file, so the clerk knows which one disagrees. */
    private String explainWith(RuleContext context) {
        boolean readsPrevious = Stream.concat(left.stream(), right.stream()).anyMatch(RuleContext::isPrevious);
        if (!readsPrevious) {
            return explain;
        }
        return explain == null ? context.previousFile() : explain + ", " + context.previousFile();
    }

    private BigDecimal sum(RuleContext context, List<DataPath.Selected> values, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean usable = true;
        for (DataPath.Selected value : values) {
            DataPath.Selected cell = cell(value, column);
            BigDecimal number = cell == null ? null : context.number(this, cell);
            usable &= number != null;
            sum = number == null ? sum : sum.add(number);
        }
        return usable ? sum : null;
    }

    /** The cell of a value in a column: an item of a row, or the value itself for a single number. */
    private static DataPath.Selected cell(DataPath.Selected value, int column) {
        if (column < 0) {
            return value.node() instanceof DataNode.ScalarNode ? value : null;
        }
        if (value.node() instanceof DataNode.ListNode row && column < row.items().size()) {
            return value.item(column, row.items().get(column));
        }
        return null;
    }
}
