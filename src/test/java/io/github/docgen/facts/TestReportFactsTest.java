package io.github.docgen.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

class TestReportFactsTest {
    @TempDir
    Path dir;

    private final List<Finding> warnings = new ArrayList<>();

    @Test
    void totalsAndSuitesComeFromSurefireAndFailsafeReports() throws Exception {
        report("target/surefire-reports", "com.example.ParserTest", "0.015", "  <testcase name=\"reads\" classname=\"com.example.ParserTest\" time=\"0.012\"/>\n"
                + "  <testcase name=\"later\" classname=\"com.example.ParserTest\" time=\"0\">\n    <skipped message=\"not yet\"/>\n  </testcase>\n"
                + "  <testcase name=\"breaks\" classname=\"com.example.ParserTest\" time=\"0.003\">\n"
                + "    <failure message=\"expected 2\" type=\"org.opentest4j.AssertionFailedError\">stack</failure>\n  </testcase>\n");
        report("target/failsafe-reports", "com.example.ApiIT", "1.5", "  <testcase name=\"serves\" classname=\"com.example.ApiIT\" time=\"1.5\"/>\n");
        Files.writeString(dir.resolve("target/surefire-reports/com.example.ParserTest.txt"), "not a report");

        Map<String, Object> tests = read();

        assertEquals(4, tests.get("tests"));
        assertEquals(2, tests.get("passed"));
        assertEquals(1, tests.get("failures"));
        assertEquals(0, tests.get("errors"));
        assertEquals(1, tests.get("skipped"));
        assertEquals(new BigDecimal("1.515"), tests.get("time"));
        assertEquals(true, tests.get("found"));
        assertEquals(List.of("target/surefire-reports", "target/failsafe-reports"), tests.get("reports"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> suites = (List<Map<String, Object>>) tests.get("suites");
        assertEquals(List.of("com.example.ApiIT", "com.example.ParserTest"), suites.stream().map(s -> s.get("name")).toList());
        assertEquals("failsafe", suites.get(0).get("report"));
        assertEquals(3, suites.get(1).get("tests"));
        assertEquals(1, suites.get(1).get("skipped"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void noReportIsAWarningAndCountsNothing() throws Exception {
        Map<String, Object> tests = read();
        assertEquals(0, tests.get("tests"));
        assertEquals(false, tests.get("found"));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).toString().startsWith("target/surefire-reports: TESTS no test report (TEST-*.xml) in"
                + " [target/surefire-reports, target/failsafe-reports]"), warnings.get(0).toString());
    }

    @Test
    void aBrokenReportIsAnErrorNamingTheFile() throws Exception {
        Files.createDirectories(dir.resolve("target/surefire-reports"));
        Files.writeString(dir.resolve("target/surefire-reports/TEST-Broken.xml"), "<testsuite name=\"Broken\"><testcase");
        DocgenException e = assertThrows(DocgenException.class, this::read);
        assertTrue(e.findings().get(0).toString().startsWith("target/surefire-reports/TEST-Broken.xml: TESTS cannot read the test report"),
                e.findings().get(0).toString());
    }

    @Test
    void aReportWithADoctypeIsRefusedBeforeItIsParsed() throws Exception {
        Files.createDirectories(dir.resolve("target/surefire-reports"));
        Files.writeString(dir.resolve("target/surefire-reports/TEST-Entity.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<testsuite name=\"&x;\" tests=\"0\"/>\n");
        DocgenException e = assertThrows(DocgenException.class, this::read);
        assertEquals("target/surefire-reports/TEST-Entity.xml: TESTS a test report with a DOCTYPE is refused (Surefire and Failsafe write none)",
                e.findings().get(0).toString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read() throws DocgenException {
        return (Map<String, Object>) new TestReportFacts(List.of(dir.resolve("target/surefire-reports"), dir.resolve("target/failsafe-reports")),
                p -> dir.relativize(p).toString().replace('\\', '/')).read(warnings::add);
    }

    /** A report as Surefire 3 writes it: counts and the suite's time in its attributes. */
    private void report(String folder, String suite, String time, String testcases) throws Exception {
        int tests = testcases.split("<testcase").length - 1;
        int skipped = testcases.split("<skipped").length - 1;
        int failures = testcases.split("<failure").length - 1;
        Path file = dir.resolve(folder).resolve("TEST-" + suite + ".xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" version=\"3.0.2\" name=\"" + suite
                + "\" time=\"" + time + "\" tests=\"" + tests + "\" errors=\"0\" skipped=\"" + skipped + "\" failures=\"" + failures + "\">\n"
                + "  <properties>\n    <property name=\"java.version\" value=\"17\"/>\n  </properties>\n" + testcases + "</testsuite>\n");
    }
}
