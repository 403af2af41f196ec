package io.github.docgen.govinfo;

import java.nio.file.Path;
import java.util.List;

import io.github.docgen.check.RuleCheck;
import io.github.docgen.check.SchemaCheck;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.TestProject;

/** Runs the built-in kinds' checks over data files written into a fresh project, as a build does. */
public final class KindChecks {
    private KindChecks() {
    }

    /** Every finding of a check run over {@code project}, as the build log prints it. */
    public static List<String> findings(TestProject project) {
        try {
            return project.check(List.of(new SchemaCheck(), new RuleCheck())).findings().stream().map(Finding::toString).toList();
        } catch (DocgenException e) {
            if (e.check() == null) {
                throw new AssertionError("the run failed before checking: " + e.getMessage(), e);
            }
            return e.check().findings().stream().map(Finding::toString).toList();
        }
    }

    /** The findings of one data file written at {@code path} (under the project) into a fresh project under {@code dir}. */
    public static List<String> findings(Path dir, String path, String yaml) {
        return findings(new TestProject(dir).file(path, yaml));
    }
}
