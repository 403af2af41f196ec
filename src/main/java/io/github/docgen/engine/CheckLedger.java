package io.github.docgen.engine;

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
    private final RunSettings request;
    private final Set<String> kindsSeen = new HashSet<>();
    private final List<CheckResult.CheckedFile> files = new ArrayList<>();
    /** Entries of refused links at the head of {@link #files}: they are not data files checked. */
    private int links;

    CheckLedger(RunSettings request) {
        this.request = request;
    }

    /** Records the symbolic links the scan refused, each as an entry of its own, before the files. */
    void addRefusedLinks(List<Finding> refused) {
        for (Finding finding : refused) {
            links++;
            files.add(new CheckResult.CheckedFile(finding.position().file(), List.of(finding.rule()), List.of(finding)));
        }
    }

    /** Records the next file in order; returns every finding it is reported with. */
    List<Finding> add(SourceCheck.Checked checked) {
        List<Finding> findings = new ArrayList<>();
        List<String> rules = new ArrayList<>(List.of("DATA", "KIND"));
        LoadedDocument document = checked.document();
        if (document != null) {
            if (kindsSeen.add(document.kind().origin())) {
                findings.addAll(checked.kind().problems());
            }
            rules.addAll(checked.kind().ruleIds());
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
        CheckResult all = CheckResult.of(files);
        return new CheckResult(files.size() - links, all.findings(), all.files());
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
