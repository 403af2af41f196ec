package io.github.docgen.check;

import java.util.List;

import io.github.docgen.data.DataNode;

/**
 * Every value under the {@code counts} paths is a whole number of 0 or more, every value under the
 * {@code amounts} paths a number of 0 or more (R5), every value under {@code integers} a whole
 * number of either sign (such as the 2019 form's 本年增/减). A cell found wrong here is left out of every
 * sum after it, so one bad cell gives one message, not one per rule that adds it up.
 */
record CellRule(RuleInfo info, List<DataPath> counts, List<DataPath> amounts, List<DataPath> integers) implements Rule {

    @Override
    public void evaluate(RuleContext context) {
        check(context, counts, NumberCell.Expect.COUNT);
        check(context, amounts, NumberCell.Expect.AMOUNT);
        check(context, integers, NumberCell.Expect.INTEGER);
    }

    private void check(RuleContext context, List<DataPath> paths, NumberCell.Expect expect) {
        for (DataPath path : paths) {
            List<DataPath.Selected> selected = context.select(path);
            if (selected.isEmpty() && !path.hasWildcard()) {
                context.missing(this, path);
            }
            for (DataPath.Selected value : selected) {
                walk(context, value, expect);
            }
        }
    }

    /** Checks every cell at or below a value: the items of a row, the values of a map. */
    private void walk(RuleContext context, DataPath.Selected value, NumberCell.Expect expect) {
        if (value.node() instanceof DataNode.MapNode map) {
            map.entries().forEach((key, child) -> walk(context, value.entry(key, child), expect));
        } else if (value.node() instanceof DataNode.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                // An item of a row is a cell even when it is a list or map: then it holds no number.
                context.checkCell(this, value.item(i, list.items().get(i)), expect);
            }
        } else {
            context.checkCell(this, value, expect);
        }
    }
}
