package io.github.docgen.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.RuleCatalog;

/**
 * Writes what the checks found for people and CI servers: {@code check-report.json}, the
 * JUnit XML {@code TEST-docgen-checks.xml} (one test case per data file and rule) and the SARIF
 * log {@code check-report.sarif} (for code-scanning views), into the output folder. They are
 * reports, not documents, so they are written when the checks fail too.
 */
public final class CheckReportWriter {
    public static final String JSON_REPORT = "check-report.json";
    public static final String JUNIT_REPORT = "TEST-docgen-checks.xml";
    public static final String SARIF_REPORT = "check-report.sarif";

    private final Path outputDir;
    private final RuleCatalog rules;
    private final String toolVersion;

    /** Reports whose SARIF rule table describes the engine's own checks only, and names no tool version. */
    public CheckReportWriter(Path outputDir) {
        this(outputDir, RuleCatalog.ENGINE, null);
    }

    /**
     * @param rules       what each rule id means (SARIF lists the rules with their descriptions)
     * @param toolVersion the plugin's version, named in the SARIF log
     */
    public CheckReportWriter(Path outputDir, RuleCatalog rules, String toolVersion) {
        this.outputDir = outputDir;
        this.rules = rules;
        this.toolVersion = toolVersion;
    }

    /** Writes the three reports; returns their paths. */
    public List<Path> write(CheckResult result, boolean failOnWarning) throws IOException {
        Files.createDirectories(outputDir);
        Path json = outputDir.resolve(JSON_REPORT);
        Path junit = outputDir.resolve(JUNIT_REPORT);
        Path sarif = outputDir.resolve(SARIF_REPORT);
        writeAtomically(json, out -> JsonCheckReport.write(result, out));
        writeAtomically(junit, out -> JUnitCheckReport.write(result, failOnWarning, out));
        writeAtomically(sarif, out -> SarifCheckReport.write(result, rules, toolVersion, out));
        return List.of(json, junit, sarif);
    }

    /**
     * A reader (a CI server, an editor) never sees half a report; a report whose bytes did not
     * change keeps its time stamp, like the documents.
     */
    private static void writeAtomically(Path target, ReportBody body) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".docgen-report-", ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024)) { // the XML writer writes in small pieces
                body.writeTo(out);
            }
            if (Files.isRegularFile(target) && Files.mismatch(temp, target) == -1) {
                return;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private interface ReportBody {
        void writeTo(OutputStream out) throws IOException;
    }
}
