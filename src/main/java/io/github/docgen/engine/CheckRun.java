package io.github.docgen.engine;

import java.nio.file.Path;
import java.util.List;

import io.github.docgen.diagnostic.CheckResult;

/**
 * What a check did: its result, the reports it wrote, and how many files an earlier goal of the same
 * build had already checked with the same bytes (their findings were taken over, not found again).
 */
public record CheckRun(CheckResult result, List<Path> reports, int reused) {

    public CheckRun {
        reports = List.copyOf(reports);
    }

}
