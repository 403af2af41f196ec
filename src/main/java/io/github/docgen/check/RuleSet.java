package io.github.docgen.check;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A kind's {@code rules.yaml}, read: the labels messages use and the rules, cell rules first
 * (they decide which cells the sums leave out).
 */
public record RuleSet(CellLabels labels, List<Rule> rules) {

    public static final RuleSet NONE = new RuleSet(CellLabels.NONE, List.of());

    public RuleSet {
        rules = rules.stream().sorted(Comparator.comparingInt(r -> r instanceof CellRule ? 0 : 1)).toList();
    }

    /** The rule ids in the order rules.yaml declares them first, without repeats. */
    public List<String> ids() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        rules.forEach(r -> ids.add(r.info().id()));
        return List.copyOf(ids);
    }
}
