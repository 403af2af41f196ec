package io.github.docgen.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The run failed; every finding that caused it is listed, and nothing was written. */
public final class DocgenException extends Exception {
    private final transient List<Finding> findings;

    public DocgenException(List<Finding> findings) {
        super(findings.stream().map(Finding::toString).collect(Collectors.joining(System.lineSeparator())));
        this.findings = List.copyOf(findings);
    }

    public DocgenException(Finding finding) {
        this(List.of(finding));
    }

    public List<Finding> findings() {
        return findings;
    }
}
