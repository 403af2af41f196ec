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
 * @param templateMistakes what the templates read that the kind's schema does not have (lint), in every branch
 */
record CompiledKind(ReportKind kind, String fingerprint, List<CompiledCheck> checks, Map<KindTemplate, CompiledTemplate> templates,
                    Map<KindTemplate, List<Finding>> templateProblems, List<Finding> templateMistakes) {

    CompiledKind {
        checks = List.copyOf(checks);
        templates = Map.copyOf(templates);
        templateProblems = Map.copyOf(templateProblems);
        templateMistakes = List.copyOf(templateMistakes);
    }

    /**
     * What is wrong with the kind: every template that does not compile (all its syntax errors), what
     * its templates read that the schema lacks, its schema or rules. Reported once, with its first
     * data file, so every template mistake of a kind in use fails {@code check}, in one build,
     * before any document is rendered.
     */
    List<Finding> problems() {
        List<Finding> problems = new ArrayList<>();
        // A print template makes two formats (PDF, then OFD) from one file: its problems are reported once.
        java.util.Set<String> files = new java.util.HashSet<>();
        kind.templates().stream().filter(t -> files.add(t.fileName()))
                .forEach(t -> problems.addAll(templateProblems.getOrDefault(t, List.of())));
        problems.addAll(templateMistakes);
        checks.stream().flatMap(c -> c.problems().stream()).forEach(problems::add);
        return problems;
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
