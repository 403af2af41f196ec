package io.github.docgen.diagnostic;

import java.util.List;

/**
 * What checking found: how many files, every finding (errors and warnings) in file order, and per
 * data file the rules it was checked against, so reports show the rules it passed too.
 */
public record CheckResult(int filesChecked, List<Finding> findings, List<CheckedFile> files) {

    public CheckResult {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
    }

    public CheckResult(int filesChecked, List<Finding> findings) {
        this(filesChecked, findings, List.of());
    }

    /** The findings of every file, in file order. */
    public static CheckResult of(List<CheckedFile> files) {
        return new CheckResult(files.size(), files.stream().flatMap(f -> f.findings().stream()).toList(), files);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    /**
     * One data file as checked: how messages name it, the ids of the rules it was checked against
     * ({@code DATA} and {@code KIND} when it could not be read), and what they found.
     */
    public record CheckedFile(String file, List<String> rules, List<Finding> findings) {
        public CheckedFile {
            rules = List.copyOf(rules);
            findings = List.copyOf(findings);
        }
    }
}
