package io.github.docgen.check;

import io.github.docgen.diagnostic.Severity;

/**
 * One declared rule of a kind's {@code rules.yaml}. Three forms, each plain data: cells that must
 * be counts or amounts ({@link CellRule}), rows whose total column is the sum of others
 * ({@link RowSumRule}), and sums of values that must be equal, column by column ({@link EquationRule}).
 */
public sealed interface Rule permits CellRule, RowSumRule, EquationRule {

    RuleInfo info();

    /** Checks one data file, reporting through the context. */
    void evaluate(RuleContext context);

    /** What every rule has: its id (printed in messages), severity and a description for people. */
    record RuleInfo(String id, Severity severity, String description) {
    }
}
