package io.github.docgen.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.docgen.check.Rule;
import io.github.docgen.check.RuleCheck;
import io.github.docgen.check.RuleSetReader;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.RuleCatalog;
import io.github.docgen.kind.KindCatalog;
import io.github.docgen.kind.ReportKind;

/**
 * The rules every kind of a project declares (the built-in kinds and its own), with their
 * descriptions, for the reports that explain them. A rules.yaml that cannot be read, or a kinds
 * folder that cannot, adds nothing: the checks report those as findings.
 */
final class KindRules {

    private KindRules() {
    }

    static RuleCatalog of(Path kindsDir, Path projectDir) {
        KindCatalog kinds;
        try {
            kinds = KindCatalog.load(kindsDir, projectDir);
        } catch (DocgenException e) {
            return RuleCatalog.ENGINE;
        }
        List<RuleCatalog.Declared> declared = new ArrayList<>();
        for (String id : kinds.ids()) {
            kinds.find(id).ifPresent(kind -> rules(kind).forEach(rule -> declared.add(
                    new RuleCatalog.Declared(kind.id(), rule.info().id(), rule.info().severity(), rule.info().description()))));
        }
        return RuleCatalog.of(declared);
    }

    private static List<Rule> rules(ReportKind kind) {
        byte[] bytes = kind.file(RuleCheck.RULES_FILE).orElse(null);
        if (bytes == null) {
            return List.of();
        }
        try {
            return new RuleSetReader().read(bytes, kind.displayName(RuleCheck.RULES_FILE)).rules();
        } catch (RuleSetReader.RulesException e) {
            return List.of();
        }
    }
}
