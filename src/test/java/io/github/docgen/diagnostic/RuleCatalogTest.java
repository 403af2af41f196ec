package io.github.docgen.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What reports say a rule id means: the engine's checks, and each kind's rules.yaml descriptions. */
class RuleCatalogTest {

    private static RuleCatalog.Declared rule(String kind, String id, Severity severity, String description) {
        return new RuleCatalog.Declared(kind, id, severity, description);
    }

    @Test
    void aRuleTakesItsDescriptionAndSeverityFromItsDeclaration() {
        RuleCatalog catalog = RuleCatalog.of(List.of(rule("k", "W1", Severity.WARNING, "a equals b ")));
        assertEquals(new RuleCatalog.RuleDescription("W1", Severity.WARNING, "a equals b"), catalog.describe("W1"));
    }

    @Test
    void anIdDeclaredTwiceInOneKindCarriesBothDescriptions() {
        RuleCatalog catalog = RuleCatalog.of(List.of(rule("k", "R7", Severity.WARNING, "规章 stays in step with last year"),
                rule("k", "R7", Severity.WARNING, "规范性文件 stays in step with last year")));
        assertEquals("规章 stays in step with last year\n规范性文件 stays in step with last year", catalog.describe("R7").description());
    }

    @Test
    void kindsAreNamedOnlyWhereTheyDescribeOneIdDifferently() {
        RuleCatalog same = RuleCatalog.of(List.of(rule("a", "R1", Severity.ERROR, "a = b"), rule("b", "R1", Severity.ERROR, "a = b")));
        assertEquals("a = b", same.describe("R1").description());
        RuleCatalog different = RuleCatalog.of(List.of(rule("y2019", "R1", Severity.ERROR, "one row"),
                rule("y2021", "R1", Severity.ERROR, "three rows")));
        assertEquals("y2019: one row\ny2021: three rows", different.describe("R1").description());
    }

    @Test
    void anIdIsAnErrorWhenAnyDeclarationMakesItOne() {
        RuleCatalog catalog = RuleCatalog.of(List.of(rule("a", "R1", Severity.WARNING, "x"), rule("b", "R1", Severity.ERROR, "x")));
        assertEquals(Severity.ERROR, catalog.describe("R1").severity());
    }

    @Test
    void aRuleWithoutDescriptionIsDescribedByItsId() {
        assertEquals("B9", RuleCatalog.of(List.of(rule("k", "B9", Severity.ERROR, null))).describe("B9").description());
    }

    @Test
    void theEngineChecksAreAlwaysDescribedAndUnknownIdsStandForThemselves() {
        assertEquals(Severity.ERROR, RuleCatalog.ENGINE.describe("SCHEMA").severity());
        assertEquals("the data file matches its kind's schema.json", RuleCatalog.ENGINE.describe("SCHEMA").description());
        assertEquals("X9", RuleCatalog.ENGINE.describe("X9").description());
        assertEquals(List.of("DATA", "KIND", "SCHEMA", "RULES", "TEMPLATE", "LIMIT", "OUTPUT", "SOURCE"),
                RuleCatalog.ENGINE.all().stream().map(RuleCatalog.RuleDescription::id).toList());
    }
}
