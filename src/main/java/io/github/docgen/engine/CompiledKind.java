package io.github.docgen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.docgen.check.CompiledCheck;
import io.github.docgen.check.DocumentCheck;
import io.github.docgen.data.DataFile;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;

/**
 * A kind as a build uses it, made once before any data file is read: its checks compiled (schema,
 * rules), its templates compiled, its fingerprint, and what is wrong with it. Shared by all workers.
 *
 * @param templates        every template that compiled (one file may give two: a print template's PDF and OFD)
 * @param templateProblems why each other template did not compile; reported when a
 *                         document needs it (a kind no data file uses does not fail a build)
 */
record CompiledKind(ReportKind kind, String fingerprint, List<CompiledCheck> checks, Map<KindTemplate, CompiledTemplate> templates,
                    Map<KindTemplate, List<Finding>> templateProblems) {

    CompiledKind {
        checks = List.copyOf(checks);
        templates = Map.copyOf(templates);
        templateProblems = Map.copyOf(templateProblems);
    }

    /** What is wrong with the kind's schema or rules: reported once, with its first data file. */
    List<Finding> problems() {
        return checks.stream().flatMap(c -> c.problems().stream()).toList();
    }

    /** The ids of the rules its data files are checked against. */
    List<String> ruleIds() {
        return checks.stream().flatMap(c -> c.ruleIds().stream()).toList();
    }

    /** Every check of the kind on one data file, in the order of the checks. */
    List<Finding> check(DataFile file, DocumentCheck.DataFileLoader loader) {
        List<Finding> findings = new ArrayList<>();
        for (CompiledCheck check : checks) {
            findings.addAll(check.check(file, loader));
        }
        return findings;
    }

    /** The compiled template, or the failure that says (at the template's line) why it did not compile. */
    CompiledTemplate template(KindTemplate template) throws DocgenException {
        List<Finding> problem = templateProblems.get(template);
        if (problem != null) {
            throw new DocgenException(problem);
        }
        return templates.get(template);
    }
}
