package io.github.docgen.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataNode;
import io.github.docgen.diagnostic.Finding;

/**
 * What rules see while checking one data file: its values, last year's (when {@code previous:}
 * names a file), the labels, and the cells already found bad, which every later sum leaves out.
 */
final class RuleContext {
    static final String PREVIOUS = "previous";

    private final DataFile file;
    private final DataFile previous;
    private final CellLabels labels;
    private final boolean structureChecked;
    private final Set<DataNode> badCells = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Finding> findings = new ArrayList<>();

    /**
     * @param previous         last year's data file, or null
     * @param structureChecked whether a schema checks the file's structure; if not, rules say
     *                         themselves when a value they need is missing
     */
    RuleContext(DataFile file, DataFile previous, CellLabels labels, boolean structureChecked) {
        this.file = file;
        this.previous = previous;
        this.labels = labels;
        this.structureChecked = structureChecked;
    }

    List<Finding> findings() {
        return findings;
    }

    /** Whether every path can be read: paths into last year's file need one. */
    boolean canRead(List<DataPath> paths) {
        return previous != null || paths.stream().noneMatch(RuleContext::isPrevious);
    }

    /** The values a path selects, in this file or (for {@code previous.…}) last year's. */
    List<DataPath.Selected> select(DataPath path) {
        if (isPrevious(path)) {
            DataPath rest = path.withoutFirst();
            if (previous == null || rest == null) {
                return List.of();
            }
            return rest.select(previous.root()).stream()
                    .map(s -> new DataPath.Selected(PREVIOUS + "." + s.path(), s.node())).toList();
        }
        return path.select(file.root());
    }

    /** A value a rule needs is not there; said only when no schema already says so. */
    void missing(Rule rule, DataPath path) {
        if (!structureChecked && !isPrevious(path)) {
            findings.add(new Finding(rule.info().severity(), path.nearest(file.root()).position(), rule.info().id(),
                    path + ": expected a value here, found none"));
        }
    }

    /** Checks a cell that must be a count or amount; a bad one is reported once and left out of sums. */
    void checkCell(Rule rule, DataPath.Selected cell, NumberCell.Expect expect) {
        DataNode node = cell.node();
        if (badCells.contains(node)) {
            return;
        }
        NumberCell number = NumberCell.read(node, expect);
        if (!number.ok()) {
            badCells.add(node);
            findings.add(new Finding(rule.info().severity(), node.position(), rule.info().id(),
                    labels.of(cell.path()) + ": " + number.message(expect)));
        }
    }

    /**
     * The number in a cell a sum uses, or null when it has none usable: found bad before, or not a
     * number (said once, here, when no cell rule covered it). Last year's cells are never reported:
     * that file is checked on its own.
     */
    BigDecimal number(Rule rule, DataPath.Selected cell) {
        if (badCells.contains(cell.node())) {
            return null;
        }
        BigDecimal value = NumberCell.numberIn(cell.node());
        if (value == null && !cell.root().path().startsWith(PREVIOUS + ".")) {
            checkCell(rule, cell, NumberCell.Expect.NUMBER);
        }
        return value;
    }

    /** How messages name last year's file, or null when there is none. */
    String previousFile() {
        return previous == null ? null : previous.displayPath();
    }

    /** "三、（四）1.本机关不掌握相关政府信息 · 总计: expected 897 (sum of the six applicant columns), found 896". */
    void violation(Rule rule, DataPath.Selected cell, BigDecimal expected, BigDecimal found, String explain) {
        String because = explain == null ? "" : " (" + explain + ")";
        findings.add(new Finding(rule.info().severity(), cell.node().position(), rule.info().id(),
                labels.of(cell.path()) + ": expected " + expected.toPlainString() + because + ", found " + found.toPlainString()));
    }

    static boolean isPrevious(DataPath path) {
        return path.segments().get(0).equals(PREVIOUS);
    }
}
