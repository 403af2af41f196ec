package io.github.docgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.docgen.check.RuleCheck;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.RuleCatalog;
import io.github.docgen.diagnostic.Severity;

/** The façade describes the rules of the project's kinds, and the SARIF report it writes carries those descriptions. */
class DocgenRulesTest {
    private static final String RULES = """
            rules:
              - id: B2
                description: 全年 = 上半年 + 下半年
                rows: spending.*
                total: 2
                parts: [0, 1]
              - id: B4
                severity: warning
                description: 年末结余 = 决算收入 − 全年支出
                left: [income]
                right: [balance]
            """;

    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void budgetKind() {
        project = new TestProject(dir).file("src/docgen/kinds/budget/rules.yaml", RULES)
                .file("src/docgen/kinds/budget/page.ftlh", "<p>${unit}</p>\n");
    }

    @Test
    void theRulesOfTheProjectsOwnKindsAndOfTheBuiltInOnesAreDescribed() {
        RuleCatalog rules = project.builder("1.0").build().rules();
        assertEquals(new RuleCatalog.RuleDescription("B4", Severity.WARNING, "年末结余 = 决算收入 − 全年支出"), rules.describe("B4"));
        assertEquals("table 三, every row — 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
                rules.describe("R2").description(), "built-in kinds describe R2 alike");
        assertTrue(rules.describe("R3").description().startsWith("gov-info-annual-2019: "), "and R3 differently");
    }

    @Test
    void aBrokenRulesYamlDescribesNothingButTheEngineChecks() {
        project.file("src/docgen/kinds/budget/rules.yaml", "rules: 3\n");
        RuleCatalog rules = project.builder("1.0").build().rules();
        assertEquals("B4", rules.describe("B4").description());
        assertEquals(RuleCatalog.ENGINE.describe("DATA"), rules.describe("DATA"));
    }

    @Test
    void theSarifReportNamesTheToolAndDescribesTheRulesFromRulesYaml() throws Exception {
        project.file("src/docgen/2024/b.yaml", "kind: budget\nunit: 某局\nincome: 10\nbalance: 9\nspending:\n  staff: [1, 2, 4]\n");
        assertThrows(DocgenException.class, () -> project.builder("1.0").checks(List.of(new RuleCheck()))
                .writeReports(true).toolVersion("9.9").build().check());
        JsonNode run = new ObjectMapper().readTree(project.read("check-report.sarif")).get("runs").get(0);
        assertEquals("9.9", run.get("tool").get("driver").get("version").asText());
        JsonNode b2 = null;
        for (JsonNode result : run.get("results")) {
            b2 = "B2".equals(result.get("ruleId").asText()) ? result : b2;
        }
        assertEquals(6, b2.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        JsonNode rule = run.get("tool").get("driver").get("rules").get(b2.get("ruleIndex").asInt());
        assertEquals("全年 = 上半年 + 下半年", rule.get("shortDescription").get("text").asText());
    }
}
