package io.github.docgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.engine.TestProject;

/**
 * A kind of the user's own, with its own schema.json and rules.yaml in src/docgen/kinds/budget/,
 * is checked the way the built-in kinds are, without any code: the README's example.
 */
class UserKindChecksTest {
    static final String SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "required": ["kind", "unit", "income", "spending", "balance"],
              "properties": {
                "unit": {"type": "string"},
                "spending": {"type": "object", "required": ["staff", "projects", "total"]}
              }
            }
            """;
    static final String RULES = """
            labels:
              rows:
                income: 收入
                spending.staff: 支出 · 人员经费
                spending.projects: 支出 · 项目经费
                spending.total: 支出合计
                balance: 年末结余
              columns:
                spending.*: [上半年, 下半年, 全年]
                income: {planned: 预算数, actual: 决算数}
            rules:
              - id: B1
                description: every amount is a number of 0 or more
                amounts: [income, spending, balance]
              - id: B2
                description: 全年 = 上半年 + 下半年, every row of spending
                rows: spending.*
                total: 2
                parts: [0, 1]
                explain: 上半年 + 下半年
              - id: B3
                description: 支出合计 = 人员经费 + 项目经费, every column
                left: [spending.staff, spending.projects]
                right: [spending.total]
                explain: 人员经费 + 项目经费
              - id: B4
                severity: warning
                description: 年末结余 = 决算收入 − 全年支出
                left: [income.actual]
                right: [balance, "spending.total[2]"]   # quoted: [ ] would start a YAML list
                explain: 决算数 − 支出合计 · 全年
            """;
    static final String DATA = """
            kind: budget
            unit: 某局
            income: {planned: 120.5, actual: 118.25}
            spending:
              staff:    [30, 31, 61]
              projects: [20, 25.25, 45.25]
              total:    [50, 56.25, 106.25]
            balance: 12
            """;

    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void budgetKind() {
        project = new TestProject(dir)
                .file("src/docgen/kinds/budget/page.ftlh", "<p>${unit}</p>")
                .file("src/docgen/kinds/budget/schema.json", SCHEMA)
                .file("src/docgen/kinds/budget/rules.yaml", RULES);
    }

    @Test
    void aConsistentReportPasses() {
        project.file("src/docgen/2024/budget.yaml", DATA);
        CheckResult result = Checks.run(project);
        assertEquals(List.of(), result.findings());
        assertEquals(List.of("DATA", "KIND", "SCHEMA", "B1", "B2", "B3", "B4"), result.files().get(0).rules());
    }

    @Test
    void theKindsOwnRulesAndLabelsNameTheWrongCells() {
        project.file("src/docgen/2024/budget.yaml", DATA.replace("[20, 25.25, 45.25]", "[20, 25.5, 45.25]").replace("balance: 12", "balance: /"));
        assertEquals(List.of(
                "src/docgen/2024/budget.yaml:6:24: B2 支出 · 项目经费 · 全年: expected 45.5 (上半年 + 下半年), found 45.25",
                "src/docgen/2024/budget.yaml:7:18: B3 支出合计 · 下半年: expected 56.5 (人员经费 + 项目经费), found 56.25",
                "src/docgen/2024/budget.yaml:8:10: B1 年末结余: expected an amount (a number, 0 or more), found '/' (a slash is not 0: write 0 when there were none)"),
                Checks.findings(project));
    }

    @Test
    void aWarningRuleOfTheUsersKind() {
        project.file("src/docgen/2024/budget.yaml", DATA.replace("balance: 12", "balance: 10"));
        CheckResult result = Checks.run(project);
        assertEquals(List.of("src/docgen/2024/budget.yaml:8:10: B4 年末结余: expected 12.00 (决算数 − 支出合计 · 全年), found 10"),
                result.findings().stream().map(Object::toString).toList());
        assertEquals(1, result.warnings());
    }

    @Test
    void withoutASchemaTheRulesSayWhatTheyMiss() throws Exception {
        Files.delete(dir.resolve("src/docgen/kinds/budget/schema.json"));
        project.file("src/docgen/2024/budget.yaml", DATA.replace("balance: 12\n", ""));
        List<String> findings = Checks.findings(project);
        assertEquals(List.of(
                "src/docgen/2024/budget.yaml:1:1: B1 balance: expected a value here, found none",
                "src/docgen/2024/budget.yaml:1:1: B4 balance: expected a value here, found none"), findings);

        // A missing row is reported at the map that should hold it.
        project.file("src/docgen/2024/budget.yaml", DATA.replace("  total:    [50, 56.25, 106.25]\n", ""));
        assertEquals(List.of(
                "src/docgen/2024/budget.yaml:5:3: B3 spending.total: expected a value here, found none",
                "src/docgen/2024/budget.yaml:5:3: B4 spending.total[2]: expected a value here, found none"), Checks.findings(project));
    }

    @Test
    void aMistakeInRulesYamlIsNamedWithItsLineOnce() {
        project.file("src/docgen/kinds/budget/rules.yaml", RULES.replace("    total: 2\n", "    totl: 2\n"))
                .file("src/docgen/2024/a.yaml", DATA)
                .file("src/docgen/2024/b.yaml", DATA);
        CheckResult result = Checks.run(project);
        assertEquals(List.of("src/docgen/kinds/budget/rules.yaml:18:11: RULES unknown key 'totl'; expected one of "
                        + "[amounts, counts, description, explain, id, integers, left, parts, right, rows, severity, total]"),
                result.findings().stream().map(Object::toString).toList());
        assertEquals(List.of("DATA", "KIND", "SCHEMA", "RULES"), result.files().get(0).rules(), "the first file carries the finding");
        assertEquals(List.of("DATA", "KIND", "SCHEMA"), result.files().get(1).rules(), "no other file claims to pass RULES");
    }

    @Test
    void anExpressionIsNotAPath() {
        project.file("src/docgen/kinds/budget/rules.yaml", RULES.replace("right: [spending.total]", "right: [\"spending.total + 1\"]"))
                .file("src/docgen/2024/a.yaml", DATA);
        assertEquals(List.of("src/docgen/kinds/budget/rules.yaml:24:13: RULES 'spending.total + 1' is not a path (write keys.with.dots and [index])"),
                Checks.findings(project));
    }
}
