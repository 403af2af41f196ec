package io.github.docgen.check;

import java.nio.file.Path;
import java.util.List;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.check.DocumentCheck;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.TestProject;

/** Runs the plugin's checks over a test project through the engine, as a build does. */
final class Checks {
    /** New checks, as each build makes them: they keep what they read of a kind for one run only. */
    static List<DocumentCheck> all() {
        return List.of(new SchemaCheck(), new RuleCheck());
    }

    private Checks() {
    }

    /** The check result, whether the checks passed or failed. */
    static CheckResult run(TestProject project) {
        try {
            return project.check(all());
        } catch (DocgenException e) {
            if (e.check() == null) {
                throw new AssertionError("the run failed before checking: " + e.getMessage(), e);
            }
            return e.check();
        }
    }

    /** Every finding of a run, as the build log prints it. */
    static List<String> findings(TestProject project) {
        return run(project).findings().stream().map(Finding::toString).toList();
    }

    /** The findings of one data file written at {@code path} into a fresh project under {@code dir}. */
    static List<String> findings(Path dir, String path, String yaml) {
        return findings(new TestProject(dir).file(path, yaml));
    }
}
