package io.github.docgen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.Severity;

/** The reports CI servers and people read: JSON, JUnit XML with one test case per file and rule, and SARIF (SarifCheckReportTest). */
class CheckReportWriterTest {
    private static final Finding R2 = Finding.error(new SourcePosition("src/docgen/2024/a.yaml", 47, 46), "R2",
            "三、（四）1.本机关不掌握相关政府信息 · 总计: expected 1 (sum of the six applicant columns), found 2");
    private static final Finding R6 = new Finding(Severity.WARNING, new SourcePosition("src/docgen/2024/a.yaml", 33, 18), "R6",
            "二、上年结转政府信息公开申请数量 · 自然人: expected 1 (last year's 四、结转下年度继续办理, src/docgen/2023/a.yaml), found 0");
    private static final Finding DATA = Finding.error(new SourcePosition("src/docgen/2024/b.yaml", 5, 1), "DATA",
            "duplicate key 'title' (first defined at line 2) <&>");
    private static final CheckResult RESULT = new CheckResult(2, List.of(R2, R6, DATA), List.of(
            new CheckResult.CheckedFile("src/docgen/2024/a.yaml", List.of("DATA", "KIND", "SCHEMA", "R2", "R6"), List.of(R2, R6)),
            new CheckResult.CheckedFile("src/docgen/2024/b.yaml", List.of("DATA", "KIND"), List.of(DATA))));

    @TempDir
    Path dir;

    @Test
    void theJsonReportHasTotalsAndEveryFindingWithItsPosition() throws Exception {
        new CheckReportWriter(dir.resolve("target/docgen")).write(RESULT, false);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("target/docgen/check-report.json").toFile());
        assertEquals(2, json.get("filesChecked").asInt());
        assertEquals(2, json.get("errors").asInt());
        assertEquals(1, json.get("warnings").asInt());
        JsonNode a = json.get("files").get(0);
        assertEquals("src/docgen/2024/a.yaml", a.get("file").asText());
        assertEquals("[\"DATA\",\"KIND\",\"SCHEMA\",\"R2\",\"R6\"]", a.get("rules").toString());
        JsonNode r2 = a.get("findings").get(0);
        assertEquals("error", r2.get("severity").asText());
        assertEquals("R2", r2.get("rule").asText());
        assertEquals(47, r2.get("line").asInt());
        assertEquals(46, r2.get("column").asInt());
        assertEquals(R2.toString(), r2.get("text").asText());
        assertEquals("warning", a.get("findings").get(1).get("severity").asText());
    }

    @Test
    void theJUnitReportHasOneTestCasePerFileAndRuleAndErrorsFailThem() throws Exception {
        new CheckReportWriter(dir).write(RESULT, false);
        Element suite = junit().getDocumentElement();
        assertEquals("docgen-checks", suite.getAttribute("name"));
        assertEquals("7", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals(List.of("src/docgen/2024/a.yaml DATA pass", "src/docgen/2024/a.yaml KIND pass", "src/docgen/2024/a.yaml SCHEMA pass",
                "src/docgen/2024/a.yaml R2 FAIL", "src/docgen/2024/a.yaml R6 pass", "src/docgen/2024/b.yaml DATA FAIL",
                "src/docgen/2024/b.yaml KIND pass"), testCases(suite));
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertEquals(R2.toString(), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("ERROR " + R2), failure.getTextContent());
        Element r6 = (Element) suite.getElementsByTagName("testcase").item(4);
        assertEquals("WARNING " + R6, r6.getElementsByTagName("system-out").item(0).getTextContent(), "a warning is output, not a failure");
        assertTrue(((Element) suite.getElementsByTagName("failure").item(1)).getAttribute("message").endsWith("<&>"), "escaped and read back");
    }

    @Test
    void underFailOnWarningAWarningFailsItsTestCase() throws Exception {
        new CheckReportWriter(dir).write(RESULT, true);
        Element suite = junit().getDocumentElement();
        assertEquals("3", suite.getAttribute("failures"));
        assertTrue(testCases(suite).contains("src/docgen/2024/a.yaml R6 FAIL"));
    }

    @Test
    void aNewRunReplacesTheReportsAndLeavesNoTemporaryFile() throws Exception {
        CheckReportWriter writer = new CheckReportWriter(dir);
        writer.write(RESULT, false);
        writer.write(new CheckResult(0, List.of(), List.of()), false);
        assertEquals("0", junit().getDocumentElement().getAttribute("tests"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("TEST-docgen-checks.xml", "check-report.json", "check-report.sarif"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anUnchangedReportIsNotRewritten() throws Exception {
        CheckReportWriter writer = new CheckReportWriter(dir);
        writer.write(RESULT, false);
        Path json = dir.resolve("check-report.json");
        Files.setLastModifiedTime(json, java.nio.file.attribute.FileTime.fromMillis(0));
        writer.write(RESULT, false);
        assertEquals(0, Files.getLastModifiedTime(json).toMillis());
    }

    private Document junit() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("TEST-docgen-checks.xml").toFile());
    }

    private static List<String> testCases(Element suite) {
        List<String> cases = new ArrayList<>();
        NodeList nodes = suite.getElementsByTagName("testcase");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element testCase = (Element) nodes.item(i);
            cases.add(testCase.getAttribute("classname") + " " + testCase.getAttribute("name") + " "
                    + (testCase.getElementsByTagName("failure").getLength() > 0 ? "FAIL" : "pass"));
        }
        return cases;
    }
}
