package io.github.docgen.engine;

import io.github.docgen.check.DocumentCheck;
import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checked files, taken in file order: adds what is wrong with a kind itself once, to the first
 * file of that kind (as a sequential run would), and keeps per file only what the reports need.
 */
final class CheckLedger {
    private final GenerationRequest request;
    private final List<DocumentCheck> checks;
    private final Set<String> kindsSeen = new HashSet<>();
    private final List<CheckResult.CheckedFile> files = new ArrayList<>();

    CheckLedger(GenerationRequest request, List<DocumentCheck> checks) {
        this.request = request;
        this.checks = checks;
    }

    /** Records the next file in order; returns every finding it is reported with. */
    List<Finding> add(SourceCheck.Checked checked) {
        List<Finding> findings = new ArrayList<>();
        List<String> rules = new ArrayList<>(List.of("DATA", "KIND"));
        LoadedDocument document = checked.document();
        if (document != null) {
            boolean firstOfKind = kindsSeen.add(document.kind().origin());
            for (DocumentCheck check : checks) {
                if (firstOfKind) {
                    findings.addAll(check.kindProblems(document.kind()));
                }
                rules.addAll(check.ruleIds(document.kind()));
            }
        }
        findings.addAll(checked.findings());
        findings.forEach(f -> rules.add(f.rule()));
        files.add(new CheckResult.CheckedFile(request.display(checked.source()), rules.stream().distinct().toList(), findings));
        return findings;
    }

    /** Whether these findings fail the run: an error, or any finding when warnings fail too. */
    static boolean fails(List<Finding> findings, boolean failOnWarning) {
        return findings.stream().anyMatch(f -> f.isError() || failOnWarning);
    }

    CheckResult result() {
        return CheckResult.of(files);
    }

    /** Throws when any file has an error, or a warning when the request says warnings fail. */
    void throwIfFailed() throws DocgenException {
        CheckResult result = result();
        if (result.errors() > 0) {
            throw new DocgenException(result.findings().stream().filter(Finding::isError).toList(), result);
        }
        if (request.failOnWarning() && result.warnings() > 0) {
            throw new DocgenException(result.findings(), result);
        }
    }
}
