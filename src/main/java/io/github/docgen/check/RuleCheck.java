package io.github.docgen.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataNode;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.check.DocumentCheck;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.ReportKind;

/**
 * Checks each data file against the rules its kind declares in {@code rules.yaml}: the sums,
 * equalities and cross-year comparisons of a report, as data, so a user's kind gets them without
 * code. A kind without rules.yaml has no rules.
 */
public final class RuleCheck implements DocumentCheck {
    public static final String RULES_FILE = "rules.yaml";
    public static final String RULE = "RULES";

    @Override
    public CompiledCheck compile(ReportKind kind) {
        byte[] bytes = kind.file(RULES_FILE).orElse(null);
        if (bytes == null) {
            return CompiledCheck.NONE;
        }
        RuleSet ruleSet;
        try {
            ruleSet = new RuleSetReader().read(bytes, kind.displayName(RULES_FILE));
        } catch (RuleSetReader.RulesException e) {
            // A broken rules.yaml is a RULES finding of the first file, not a RULES rule other files pass.
            return CompiledCheck.broken(Finding.error(e.position(), RULE, e.getMessage()));
        }
        return ruleSet.rules().isEmpty() ? CompiledCheck.NONE
                : new Compiled(ruleSet, kind.file(SchemaCheck.SCHEMA_FILE).isPresent());
    }

    /** A kind's rules, read. */
    private record Compiled(RuleSet ruleSet, boolean hasSchema) implements CompiledCheck {
        @Override
        public List<String> ruleIds() {
            return ruleSet.ids();
        }

        @Override
        public List<Finding> check(DataFile file, DataFileLoader loader) {
            List<Finding> findings = new ArrayList<>();
            DataFile previous = previous(file, loader, findings);
            RuleContext context = new RuleContext(file, previous, ruleSet.labels(), hasSchema);
            for (Rule rule : ruleSet.rules()) {
                rule.evaluate(context);
            }
            findings.addAll(context.findings());
            // Reading order: top to bottom, as the clerk fixes them.
            findings.sort(Comparator.comparingInt((Finding f) -> f.position().line()).thenComparingInt(f -> f.position().column()));
            return findings;
        }
    }

    /** Last year's data file named by {@code previous:}, or null (with a finding when it cannot be read). */
    private static DataFile previous(DataFile file, DataFileLoader loader, List<Finding> findings) {
        DataNode node = file.root().get(RuleContext.PREVIOUS);
        if (node == null) {
            return null;
        }
        if (!(node instanceof DataNode.ScalarNode scalar) || !(scalar.value() instanceof String path) || path.isBlank()) {
            findings.add(Finding.error(node.position(), "DATA", "previous: expected the path of last year's data file"));
            return null;
        }
        LoadedOrFailed loaded = loader.load(file, path);
        if (loaded.failure() != null) {
            Finding failure = loaded.failure();
            // The loader names the file; the clerk needs the line that names it.
            SourcePosition at = failure.position().file().equals(file.displayPath()) ? node.position() : failure.position();
            findings.add(new Finding(failure.severity(), at, failure.rule(), "previous: " + failure.message()));
            return null;
        }
        return loaded.file();
    }
}
