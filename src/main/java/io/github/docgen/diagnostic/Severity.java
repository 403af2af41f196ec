package io.github.docgen.diagnostic;

public enum Severity {
    ERROR, WARNING
}
