package io.github.docgen.facts;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.xml.sax.SAXException;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;

/**
 * {@code tests}: what the build's tests did, from the XML reports Surefire and Failsafe write
 * ({@code TEST-*.xml}), read with Surefire's own report parser: totals, and each suite with the
 * report folder it came from. Suites are in name order, so the value does not depend on the order
 * the file system lists them in.
 */
public final class TestReportFacts implements FactSource {
    private final List<Path> reportDirs;
    private final Function<Path, String> display;

    /** {@code reportDirs}: e.g. target/surefire-reports and target/failsafe-reports; missing ones are skipped. */
    public TestReportFacts(List<Path> reportDirs, Function<Path, String> display) {
        this.reportDirs = List.copyOf(reportDirs);
        this.display = display;
    }

    @Override
    public String name() {
        return "tests";
    }

    @Override
    public Object read(Consumer<Finding> warnings) throws DocgenException {
        List<Map<String, Object>> suites = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (Path dir : reportDirs) {
            List<Path> reports = reports(dir);
            if (!reports.isEmpty()) {
                read.add(display.apply(dir));
            }
            for (Path report : reports) {
                for (ReportTestSuite suite : parse(report)) {
                    suites.add(suite(suite, dir));
                }
            }
        }
        suites.sort(Comparator.comparing((Map<String, Object> s) -> (String) s.get("name")).thenComparing(s -> (String) s.get("report")));
        if (read.isEmpty()) {
            warnings.accept(Finding.warning(SourcePosition.ofFile(reportDirs.isEmpty() ? "." : display.apply(reportDirs.get(0))), "TESTS",
                    "no test report (TEST-*.xml) in " + reportDirs.stream().map(display).toList()
                            + ", so tests.* count nothing; generate runs after test, unless the tests were skipped (-DskipTests)"));
        }
        Map<String, Object> tests = new LinkedHashMap<>(totals(suites));
        tests.put("found", !read.isEmpty());
        tests.put("reports", List.copyOf(read));
        tests.put("suites", List.copyOf(suites));
        return Collections.unmodifiableMap(tests);
    }

    private List<Path> reports(Path dir) throws DocgenException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith("TEST-") && name.endsWith(".xml") && Files.isRegularFile(f);
            }).sorted().toList();
        } catch (IOException e) {
            throw cannotRead(dir, e);
        }
    }

    private List<ReportTestSuite> parse(Path report) throws DocgenException {
        try {
            // Surefire's parser resolves entities; a report as Surefire and Failsafe write it has no DOCTYPE.
            if (Files.readString(report, StandardCharsets.UTF_8).contains("<!DOCTYPE")) {
                throw new DocgenException(Finding.error(SourcePosition.ofFile(display.apply(report)), "TESTS",
                        "a test report with a DOCTYPE is refused (Surefire and Failsafe write none)"));
            }
            return new TestSuiteXmlParser(new NullConsoleLogger()).parse(report.toString());
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw cannotRead(report, e);
        }
    }

    private DocgenException cannotRead(Path file, Exception e) {
        return new DocgenException(Finding.error(SourcePosition.ofFile(display.apply(file)), "TESTS", "cannot read the test report: " + e.getMessage()));
    }

    private static Map<String, Object> suite(ReportTestSuite suite, Path dir) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", suite.getFullClassName());
        String folder = dir.getFileName().toString();
        s.put("report", folder.endsWith("-reports") ? folder.substring(0, folder.length() - "-reports".length()) : folder);
        s.putAll(counts(suite.getNumberOfTests(), suite.getNumberOfFailures(), suite.getNumberOfErrors(), suite.getNumberOfSkipped(),
                suite.getNumberOfFlakes(), new BigDecimal(Float.toString(suite.getTimeElapsed()))));
        return Collections.unmodifiableMap(s);
    }

    private static Map<String, Object> totals(List<Map<String, Object>> suites) {
        int[] sum = new int[5];
        BigDecimal time = BigDecimal.ZERO;
        String[] keys = {"tests", "failures", "errors", "skipped", "flakes"};
        for (Map<String, Object> suite : suites) {
            for (int i = 0; i < keys.length; i++) {
                sum[i] += (Integer) suite.get(keys[i]);
            }
            time = time.add((BigDecimal) suite.get("time"));
        }
        return counts(sum[0], sum[1], sum[2], sum[3], sum[4], time);
    }

    /** {@code passed} is what ran and neither failed, erred nor was skipped. */
    private static Map<String, Object> counts(int tests, int failures, int errors, int skipped, int flakes, BigDecimal time) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("tests", tests);
        c.put("passed", tests - failures - errors - skipped);
        c.put("failures", failures);
        c.put("errors", errors);
        c.put("skipped", skipped);
        c.put("flakes", flakes);
        c.put("time", time);
        return c;
    }
}
