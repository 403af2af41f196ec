package io.github.docgen.importer;

import java.util.ArrayList;
import java.util.List;

import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;

/** What could not be read from a published report, each at its place in the source. */
final class ImportNotes {
    static final String RULE = "IMPORT";

    private final List<Finding> findings = new ArrayList<>();

    void warn(SourcePosition at, String message) {
        findings.add(Finding.warning(at, RULE, message));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
