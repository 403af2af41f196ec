package io.github.docgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.GenerationResult;
import io.github.docgen.engine.TestProject;

/**
 * R6 and R7: a report that names last year's with {@code previous:} is compared with it. They are
 * warnings: printed, passing, unless failOnWarning is set, and then nothing is written.
 */
class CrossYearChecksTest {
    private static final String THIS_YEAR = "src/docgen/2022/a.yaml";
    private static final String LAST_YEAR = "src/docgen/2021/a.yaml";
    private static final String R7_EXPLAIN = "(last year's 现行有效件数 + 本年制发件数 − 本年废止件数, " + LAST_YEAR + ")";

    @TempDir
    Path dir;
    TestProject project;

    /** Last year: the sample with one application carried forward (一 2 = （七） 1 + 四 1) and 3 规章 in force. */
    @BeforeEach
    void lastYear() {
        project = new TestProject(dir).file(LAST_YEAR, SampleReport.of(SampleReport.SAMPLE_2021)
                .replace(23, "inForce: 0", "inForce: 3")
                .replace(32, "[1, 0, 0, 0, 0, 0, 1]", "[2, 0, 0, 0, 0, 0, 2]")
                .replace(61, "[0, 0, 0, 0, 0, 0, 0]", "[1, 0, 0, 0, 0, 0, 1]").text());
    }

    /** This year: one received, one carried over, both disclosed; 规章 as given. */
    private static SampleReport thisYear(String carriedOver, String rules) {
        return SampleReport.of(SampleReport.SAMPLE_2021)
                .replace(7, "year: 2021", "year: 2022")
                .replace(23, "{issued: 0, repealed: 0, inForce: 0}", rules)
                .replace(33, "[0, 0, 0, 0, 0, 0, 0]", carriedOver)
                .replace(35, "[0, 0, 0, 0, 0, 0, 0]", "[1, 0, 0, 0, 0, 0, 1]")
                .replace(60, "[1, 0, 0, 0, 0, 0, 1]", "[2, 0, 0, 0, 0, 0, 2]")
                .append("previous: ../2021/a.yaml");
    }

    @Test
    void consecutiveYearsThatAgreePass() {
        project.file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 4}").text());
        assertEquals(List.of(), Checks.findings(project));
    }

    @Test
    void r6CarriedOverMustBeLastYearsCarriedForward() {
        // 二、上年结转 given as 商业企业 instead of 自然人: both columns disagree with last year's 四.
        project.file(THIS_YEAR, thisYear("[0, 1, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 4}").text());
        CheckResult result = Checks.run(project);
        assertEquals(List.of(
                THIS_YEAR + ":33:18: R6 二、上年结转政府信息公开申请数量 · 自然人: expected 1 (last year's 四、结转下年度继续办理, " + LAST_YEAR + "), found 0",
                THIS_YEAR + ":33:21: R6 二、上年结转政府信息公开申请数量 · 商业企业: expected 0 (last year's 四、结转下年度继续办理, " + LAST_YEAR + "), found 1"),
                result.findings().stream().filter(f -> f.rule().equals("R6")).map(Finding::toString).toList());
        assertTrue(result.findings().stream().filter(f -> f.rule().equals("R6")).noneMatch(Finding::isError), "R6 is a warning");
    }

    @Test
    void r7RulesInForceFollowLastYearsCount() {
        project.file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 5}").text());
        assertEquals(List.of(THIS_YEAR + ":23:57: R7 二、第二十条第（一）项 规章 · 现行有效件数: expected 4 " + R7_EXPLAIN + ", found 5"),
                Checks.findings(project));
    }

    @Test
    void warningsPassAndDocumentsAreWritten() throws Exception {
        project.file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 5}").text());
        GenerationResult result = project.generate(Checks.all(), false);
        assertEquals(1, result.check().warnings());
        assertEquals(0, result.check().errors());
        assertTrue(project.outputs().contains("2022/a-1.0.html"), project.outputs().toString());
    }

    @Test
    void failOnWarningFailsTheRunAndWritesNothing() {
        project.file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 5}").text());
        DocgenException e = assertThrows(DocgenException.class, () -> project.generate(Checks.all(), true));
        assertEquals(List.of(THIS_YEAR + ":23:57: R7 二、第二十条第（一）项 规章 · 现行有效件数: expected 4 " + R7_EXPLAIN + ", found 5"),
                e.findings().stream().map(Finding::toString).toList());
        assertEquals(1, e.check().warnings());
        assertEquals(List.of(), project.outputs());
    }

    @Test
    void withoutPreviousTheCrossYearRulesDoNotApply() {
        project.file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 5}").text()
                .replace("previous: ../2021/a.yaml\n", ""));
        assertEquals(List.of(), Checks.findings(project));
    }

    @Test
    void aPreviousFileThatDoesNotExistIsAnErrorAtTheLineNamingIt() {
        project.file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 4}").text()
                .replace("../2021/a.yaml", "../2020/a.yaml"));
        assertEquals(List.of(THIS_YEAR + ":76:11: DATA previous: '../2020/a.yaml' does not exist"), Checks.findings(project));
    }

    @Test
    void aPreviousFileInThe2019FormatIsComparedWhereTheFormatsAgree() {
        // Last year's report in the 2019 format: R6 compares table 三; R7's 现行有效件数 has no 2019 counterpart.
        String lastYear2019 = SampleReport.of(SampleReport.SAMPLE_2019).replace(6, "year: 2019", "year: 2020").text();
        project.file("src/docgen/2020/a.yaml", lastYear2019)
                .file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 5}").text()
                        .replace("../2021/a.yaml", "../2020/a.yaml"));
        List<String> findings = Checks.findings(project);
        assertEquals(3, findings.size(), String.join("\n", findings)); // 自然人, 商业企业, 总计
        assertTrue(findings.get(0).startsWith(THIS_YEAR + ":33:18: R6 二、上年结转政府信息公开申请数量 · 自然人: expected 3 (last year's 四、结转下年度继续办理, src/docgen/2020/a.yaml), found 1"),
                findings.get(0));
        assertTrue(findings.stream().noneMatch(f -> f.contains(" R7 ")), String.join("\n", findings));
    }

    @Test
    void aPreviousThatNamesThisFileItselfIsAnErrorAtItsLine() {
        for (String itself : List.of("a.yaml", "./a.yaml", "../2022/a.yaml")) {
            project.file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 4}").text()
                    .replace("../2021/a.yaml", itself));
            assertEquals(List.of(THIS_YEAR + ":76:11: DATA previous: '" + itself + "' is this file itself: name last year's data file"),
                    Checks.findings(project), itself);
        }
    }

    @Test
    void aPreviousThatNamesAFolderSaysSoAndNamesAFileInIt() {
        project.file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 4}").text()
                .replace("../2021/a.yaml", "../2021"));
        assertEquals(List.of(THIS_YEAR + ":76:11: DATA previous: '../2021' is a folder, not a data file: name last year's data file, such as ../2021/a.yaml"),
                Checks.findings(project));
        project.file("src/docgen/2021/notes.txt", "kind: gov-info-annual-2021\n")
                .file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 4}").text()
                        .replace("../2021/a.yaml", "../2021/notes.txt"));
        assertEquals(List.of(THIS_YEAR + ":76:11: DATA previous: '../2021/notes.txt' is not a data file (.yaml, .yml or .json)"),
                Checks.findings(project));
    }

    @Test
    void twoFilesThatNameEachOtherAsLastYearsAreBothErrorsAndNotCompared() {
        project.file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 5}").text())
                .file(LAST_YEAR, read(LAST_YEAR) + "previous: ../2022/a.yaml\n");
        assertEquals(List.of(
                LAST_YEAR + ":76:11: DATA previous: the files name each other as last year's, in a cycle: "
                        + LAST_YEAR + " → " + THIS_YEAR + " → " + LAST_YEAR + "; name the report of the year before this one",
                THIS_YEAR + ":76:11: DATA previous: the files name each other as last year's, in a cycle: "
                        + THIS_YEAR + " → " + LAST_YEAR + " → " + THIS_YEAR + "; name the report of the year before this one"),
                Checks.findings(project)); // and no R7, which compared the two before
    }

    @Test
    void aLongerCycleIsFoundAndAFileLeadingIntoACycleOfOthersIsNotBlamed() {
        // 2023 → 2022 → 2021 → 2022: the cycle is 2021 ↔ 2022; 2023 names a file of it, but is no part of it.
        project.file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 4}").text())
                .file(LAST_YEAR, read(LAST_YEAR) + "previous: ../2022/a.yaml\n")
                .file("src/docgen/2023/a.yaml", thisYear("[0, 0, 0, 0, 0, 0, 0]", "{issued: 0, repealed: 0, inForce: 4}").text()
                        .replace("year: 2022", "year: 2023").replace("../2021/a.yaml", "../2022/a.yaml"));
        List<String> cycles = Checks.findings(project).stream().filter(f -> f.contains("cycle")).toList();
        assertEquals(2, cycles.size(), String.join("\n", cycles));
        assertTrue(cycles.stream().noneMatch(f -> f.startsWith("src/docgen/2023/")), String.join("\n", cycles));

        // 2022 → 2021 → 2020 → 2022: three files, each in the cycle.
        String lastYear2019 = SampleReport.of(SampleReport.SAMPLE_2019).replace(6, "year: 2019", "year: 2020").text();
        project.file("src/docgen/2020/a.yaml", lastYear2019 + "previous: ../2022/a.yaml\n")
                .file(LAST_YEAR, read(LAST_YEAR).replace("../2022/a.yaml", "../2020/a.yaml"));
        List<String> three = Checks.findings(project).stream().filter(f -> f.contains("cycle")).toList();
        assertTrue(three.contains(THIS_YEAR + ":76:11: DATA previous: the files name each other as last year's, in a cycle: " + THIS_YEAR
                + " → " + LAST_YEAR + " → src/docgen/2020/a.yaml → " + THIS_YEAR + "; name the report of the year before this one"),
                String.join("\n", three));
        assertEquals(3, three.size(), String.join("\n", three));
    }

    @Test
    void aChainOfYearsWithoutACycleIsFine() {
        String lastYear2019 = SampleReport.of(SampleReport.SAMPLE_2019).replace(6, "year: 2019", "year: 2020").text();
        project.file("src/docgen/2020/a.yaml", lastYear2019)
                .file(LAST_YEAR, read(LAST_YEAR) + "previous: ../2020/a.yaml\n")
                .file(THIS_YEAR, thisYear("[1, 0, 0, 0, 0, 0, 1]", "{issued: 2, repealed: 1, inForce: 4}").text());
        assertTrue(Checks.findings(project).stream().noneMatch(f -> f.contains(" DATA ")), String.join("\n", Checks.findings(project)));
    }

    private String read(String path) {
        try {
            return java.nio.file.Files.readString(dir.resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
