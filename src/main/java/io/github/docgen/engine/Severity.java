package io.github.docgen.engine;

public enum Severity {
    ERROR, WARNING
}
