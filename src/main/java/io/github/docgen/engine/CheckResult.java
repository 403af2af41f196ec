package io.github.docgen.engine;

import java.util.List;

/** What checking found: how many files, and every finding (errors and warnings), in file order. */
public record CheckResult(int filesChecked, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }
}
