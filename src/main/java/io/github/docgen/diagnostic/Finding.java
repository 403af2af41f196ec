package io.github.docgen.diagnostic;

import io.github.docgen.diagnostic.SourcePosition;

/**
 * One located problem: where it is, which rule it breaks, and what was expected. Printed as
 * {@code file:line:column: RULE message}, the form editors and CI servers link to.
 */
public record Finding(Severity severity, SourcePosition position, String rule, String message) {

    public static Finding error(SourcePosition position, String rule, String message) {
        return new Finding(Severity.ERROR, position, rule, message);
    }

    public static Finding warning(SourcePosition position, String rule, String message) {
        return new Finding(Severity.WARNING, position, rule, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return position + ": " + rule + " " + message;
    }
}
