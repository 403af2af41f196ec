package io.github.docgen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.Severity;
import io.github.docgen.kind.ReportKind;

/** What reports say a rule id means: the engine's checks, and each kind's rules.yaml descriptions. */
class RuleCatalogTest {

    private static ReportKind kind(String id, String rules) {
        return new ReportKind(id, "src/docgen/kinds/" + id, Map.of("rules.yaml", rules.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String R1 = """
            rules:
              - id: R1
                description: %s
                left: [a]
                right: [b]
            """;

    @Test
    void aRuleTakesItsDescriptionAndSeverityFromRulesYaml() {
        RuleCatalog catalog = RuleCatalog.of(List.of(kind("k", """
                rules:
                  - id: W1
                    severity: warning
                    description: a equals b
                    left: [a]
                    right: [b]
                """)));
        assertEquals(new RuleCatalog.RuleDescription("W1", Severity.WARNING, "a equals b"), catalog.describe("W1"));
    }

    @Test
    void anIdDeclaredTwiceInOneKindCarriesBothDescriptions() {
        RuleCatalog catalog = RuleCatalog.of(List.of(kind("k", """
                rules:
                  - id: R7
                    description: 规章 stays in step with last year
                    left: [a]
                    right: [b]
                  - id: R7
                    description: 规范性文件 stays in step with last year
                    left: [c]
                    right: [d]
                """)));
        assertEquals("规章 stays in step with last year\n规范性文件 stays in step with last year", catalog.describe("R7").description());
    }

    @Test
    void kindsAreNamedOnlyWhereTheyDescribeOneIdDifferently() {
        RuleCatalog same = RuleCatalog.of(List.of(kind("a", R1.formatted("a = b")), kind("b", R1.formatted("a = b"))));
        assertEquals("a = b", same.describe("R1").description());
        RuleCatalog different = RuleCatalog.of(List.of(kind("y2019", R1.formatted("one row")), kind("y2021", R1.formatted("three rows"))));
        assertEquals("y2019: one row\ny2021: three rows", different.describe("R1").description());
    }

    @Test
    void theEngineChecksAreAlwaysDescribedAndUnknownIdsStandForThemselves() {
        assertEquals(Severity.ERROR, RuleCatalog.ENGINE.describe("SCHEMA").severity());
        assertEquals("the data file matches its kind's schema.json", RuleCatalog.ENGINE.describe("SCHEMA").description());
        assertEquals("X9", RuleCatalog.ENGINE.describe("X9").description());
    }

    @Test
    void aBrokenRulesYamlAddsNothing() {
        assertEquals(RuleCatalog.ENGINE.all(), RuleCatalog.of(List.of(kind("k", "rules: 3"))).all());
    }

    @Test
    void theBuiltInKindsAreRead() {
        RuleCatalog catalog = RuleCatalog.load(null, java.nio.file.Path.of("."));
        assertEquals(Severity.WARNING, catalog.describe("R6").severity());
        assertEquals("table 三, every row — 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
                catalog.describe("R2").description());
    }
}
