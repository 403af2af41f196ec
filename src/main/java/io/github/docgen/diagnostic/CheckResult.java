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

    /**
     * The same result with the failures that stopped the run after checking (a template, a render,
     * an output) added as failing entries of the file they are located in, so the reports show them.
     */
    public CheckResult withFailures(List<Finding> failures) {
        if (failures.isEmpty()) {
            return this;
        }
        java.util.Map<String, CheckedFile> byFile = new java.util.LinkedHashMap<>();
        files.forEach(f -> byFile.put(f.file(), f));
        for (Finding failure : failures) {
            CheckedFile before = byFile.get(failure.position().file());
            List<String> rules = new java.util.ArrayList<>(before == null ? List.of() : before.rules());
            List<Finding> found = new java.util.ArrayList<>(before == null ? List.of() : before.findings());
            if (!rules.contains(failure.rule())) {
                rules.add(failure.rule());
            }
            found.add(failure);
            byFile.put(failure.position().file(), new CheckedFile(failure.position().file(), rules, found));
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(failures);
        return new CheckResult(filesChecked, all, List.copyOf(byFile.values()));
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
