package io.github.docgen.engine;

import java.util.List;

import io.github.docgen.diagnostic.Finding;

/**
 * A data file docgen:import or docgen:next wrote, paths as messages name them.
 *
 * @param source   what it was made from (a published report, last year's data file)
 * @param target   the data file written
 * @param findings what could not be read from the source, at its place there (import only)
 */
public record WrittenDataFile(String source, String target, List<Finding> findings) {
    public WrittenDataFile {
        findings = List.copyOf(findings);
    }
}
