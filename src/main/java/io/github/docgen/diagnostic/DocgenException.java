package io.github.docgen.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The run failed; every finding that caused it is listed, and nothing was written. When the data
 * files were checked, {@link #check()} holds the whole check result (warnings too) for the reports.
 */
public final class DocgenException extends Exception {
    private final transient List<Finding> findings;
    private final transient CheckResult check;
    private final String blamedExpression;

    public DocgenException(List<Finding> findings) {
        this(findings, null);
    }

    public DocgenException(Finding finding) {
        this(List.of(finding));
    }

    public DocgenException(List<Finding> findings, CheckResult check) {
        this(findings, check, null);
    }

    private DocgenException(List<Finding> findings, CheckResult check, String blamedExpression) {
        super(findings.stream().map(Finding::toString).collect(Collectors.joining(System.lineSeparator())));
        this.findings = List.copyOf(findings);
        this.check = check;
        this.blamedExpression = blamedExpression;
    }

    /**
     * A render failure that blames an expression of the template ({@code proactive.licensing}), so
     * the engine can name the data value it read, with its line.
     */
    public static DocgenException blaming(Finding finding, String expression) {
        return new DocgenException(List.of(finding), null, expression);
    }

    /** The template expression a render failure blames, or null. */
    public String blamedExpression() {
        return blamedExpression;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The check result when the data files were checked before the failure, else null. */
    public CheckResult check() {
        return check;
    }
}
