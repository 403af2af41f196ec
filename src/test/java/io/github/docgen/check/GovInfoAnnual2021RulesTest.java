package io.github.docgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.engine.TestProject;

/**
 * The rules R1–R7 of gov-info-annual-2021 (spec section 7) on its sample report (玉潭镇人民政府,
 * 2021), changed one number at a time. Each test names the cell it changes by line and column of
 * the sample, and expects every message the change causes, word for word: the rules a wrong cell
 * breaks, at the cell each rule checks, with the official labels, expected and found.
 */
class GovInfoAnnual2021RulesTest {
    private static final String FILE = "src/docgen/2024/a.yaml";
    private static final String SUM6 = "(sum of the six applicant columns)";
    private static final String R3_EXPLAIN = "(（一） + （二） + （三）1–8 + （四）1–3 + （五）1–5 + （六）1–3)";

    @TempDir
    Path dir;

    private List<String> findings(SampleReport report) {
        return Checks.findings(dir, FILE, report.text());
    }

    private static SampleReport sample() {
        return SampleReport.of(SampleReport.SAMPLE_2021);
    }

    @Test
    void theSamplePassesEveryRule() {
        CheckResult result = Checks.run(new TestProject(dir).file(FILE, sample().text()));
        assertEquals(List.of(), result.findings());
        assertEquals(List.of("DATA", "KIND", "SCHEMA", "R5", "R1", "R2", "R3", "R4", "R6", "R7"), result.files().get(0).rules());
    }

    @Test
    void r1EveryColumnOfTable3Balances() {
        // （七）总计 · 自然人 (line 60) from 1 to 2: 一 + 二 − 四 = 1 + 0 − 0.
        assertEquals(List.of(
                FILE + ":60:24: R1 三、（七）总计 · 自然人: expected 1 (一 + 二 − 四), found 2",
                FILE + ":60:24: R3 三、（七）总计 · 自然人: expected 1 " + R3_EXPLAIN + ", found 2",
                FILE + ":60:42: R2 三、（七）总计 · 总计: expected 2 " + SUM6 + ", found 1"),
                findings(sample().number(60, 1, "2")));
    }

    @Test
    void r1PointsAtTheTotalWhenTheCarriedForwardRowIsWrong() {
        // 四、结转下年度继续办理 · 商业企业 (line 61) from 0 to 3: column 商业企业 no longer balances.
        assertEquals(List.of(
                FILE + ":60:27: R1 三、（七）总计 · 商业企业: expected -3 (一 + 二 − 四), found 0",
                FILE + ":61:38: R2 四、结转下年度继续办理 · 总计: expected 3 " + SUM6 + ", found 0"),
                findings(sample().number(61, 2, "3")));
    }

    @Test
    void r2EveryRowTotalIsTheSumOfTheSixApplicantColumns() {
        // 三、（四）1.本机关不掌握相关政府信息 · 总计 (line 47, 7th number) from 1 to 2.
        assertEquals(List.of(
                FILE + ":47:46: R2 三、（四）1.本机关不掌握相关政府信息 · 总计: expected 1 " + SUM6 + ", found 2",
                FILE + ":60:42: R3 三、（七）总计 · 总计: expected 2 " + R3_EXPLAIN + ", found 1"),
                findings(sample().number(47, 7, "2")));
    }

    @Test
    void r3TheTotalRowIsTheSumOfTheResultRows() {
        // 三、（三）6.属于四类过程性信息 · 自然人 (line 43) from 0 to 4, its row total kept.
        assertEquals(List.of(
                FILE + ":43:46: R2 三、（三）6.属于四类过程性信息 · 总计: expected 4 " + SUM6 + ", found 0",
                FILE + ":60:24: R3 三、（七）总计 · 自然人: expected 5 " + R3_EXPLAIN + ", found 1"),
                findings(sample().number(43, 1, "4")));
    }

    @Test
    void r3AloneWhenARowIsWrongAsAWhole() {
        // A whole row moved from （四）1 to （六）3 is still consistent; dropping （四）1 is not.
        SampleReport moved = sample().replace(47, "[1, 0, 0, 0, 0, 0, 1]", "[0, 0, 0, 0, 0, 0, 0]")
                .replace(59, "[0, 0, 0, 0, 0, 0, 0]", "[1, 0, 0, 0, 0, 0, 1]");
        assertEquals(List.of(), findings(moved));
        SampleReport dropped = sample().replace(47, "[1, 0, 0, 0, 0, 0, 1]", "[0, 0, 0, 0, 0, 0, 0]");
        assertEquals(List.of(
                FILE + ":60:24: R3 三、（七）总计 · 自然人: expected 0 " + R3_EXPLAIN + ", found 1",
                FILE + ":60:42: R3 三、（七）总计 · 总计: expected 0 " + R3_EXPLAIN + ", found 1"),
                findings(dropped));
    }

    @Test
    void r4EachReviewAndLawsuitRowTotalIsTheSumOfItsResults() {
        assertEquals(List.of(FILE + ":65:36: R4 行政复议 · 总计: expected 0 (结果维持 + 结果纠正 + 其他结果 + 尚未审结), found 1"),
                findings(sample().number(65, 5, "1")));
        assertEquals(List.of(FILE + ":67:36: R4 行政诉讼 · 复议后起诉 · 总计: expected 2 (结果维持 + 结果纠正 + 其他结果 + 尚未审结), found 0"),
                findings(sample().number(67, 2, "2")));
    }

    @Test
    void r5ABlankASlashOrTextIsNotZeroAndIsNamedAsSuch() {
        String expected = FILE + ":47:37: R5 三、（四）1.本机关不掌握相关政府信息 · 社会公益组织: expected a count (a whole number, 0 or more), found ";
        assertEquals(List.of(expected + "'/' (a slash is not 0: write 0 when there were none)"), findings(sample().number(47, 4, "/")));
        assertEquals(List.of(expected + "the text '减4'"), findings(sample().number(47, 4, "减4")));
        assertEquals(List.of(expected + "a blank cell (a blank is not 0: write 0 when there were none)"), findings(sample().number(47, 4, "~")));
        assertEquals(List.of(expected + "the text '0' (a number in quotes is text: remove the quotes)"), findings(sample().number(47, 4, "'0'")));
    }

    /** A number made text says what made it so and the number to write: never "remove the quotes" when there are none. */
    @Test
    void r5ANumberThatIsTextSaysWhyAndWhatToWrite() {
        String expected = FILE + ":25:14: R5 二、第二十条第（五）项 行政许可 · 本年处理决定数量: expected a count (a whole number, 0 or more), found ";
        assertEquals(List.of(expected + "the text '0\u3000' (a full-width space makes it text: write 0)"), findings(sample().number(25, 1, "0\u3000")));
        assertEquals(List.of(expected + "the text '00' (a leading zero makes it text (a code, not a number): write 0)"), findings(sample().number(25, 1, "00")));
        assertEquals(List.of(expected + "the text '012' (a leading zero makes it text (a code, not a number): write 12)"), findings(sample().number(25, 1, "012")));
        assertEquals(List.of(expected + "the text '１２' (full-width characters make it text: write 12)"), findings(sample().number(25, 1, "１２")));
        assertEquals(List.of(expected + "the text '1,234' (a thousands separator makes it text: write 1234)"), findings(sample().number(25, 1, "1,234")));
        assertEquals(List.of(expected + "the text '012' (a number in quotes is text: write 12 without quotes)"), findings(sample().number(25, 1, "\"012\"")));
        assertEquals(List.of(expected + "the text '7' (a number in quotes is text: remove the quotes)"), findings(sample().number(25, 1, "'7'")));
    }

    @Test
    void r5ANegativeCountOrAFractionOfAnApplication() {
        // Both cells are in the sums too; R5 names them, and no sum reports the columns they are in.
        assertEquals(List.of(
                FILE + ":32:18: R5 一、本年新收政府信息公开申请数量 · 自然人: expected a count (a whole number, 0 or more), found 1.5, not a whole number"),
                findings(sample().number(32, 1, "1.5")));
        assertEquals(List.of(
                FILE + ":33:21: R5 二、上年结转政府信息公开申请数量 · 商业企业: expected a count (a whole number, 0 or more), found -1, below 0"),
                findings(sample().number(33, 2, "-1")));
    }

    @Test
    void r5TheFeeIsADecimalOfZeroOrMore() {
        assertEquals(List.of(), findings(sample().number(28, 1, "59237.2449")));
        assertEquals(List.of(FILE + ":28:16: R5 二、第二十条第（八）项 行政事业性收费 · 本年收费金额（单位：万元）: expected an amount (a number, 0 or more), found -3.5, below 0"),
                findings(sample().number(28, 1, "-3.5")));
        assertEquals(List.of(FILE + ":25:14: R5 二、第二十条第（五）项 行政许可 · 本年处理决定数量: expected a count (a whole number, 0 or more), found '/' (a slash is not 0: write 0 when there were none)"),
                findings(sample().number(25, 1, "/")));
        assertEquals(List.of(FILE + ":23:57: R5 二、第二十条第（一）项 规章 · 现行有效件数: expected a count (a whole number, 0 or more), found the text 'x'"),
                findings(sample().number(23, 3, "x")));
    }

    @Test
    void severalMistakesAreAllListedInReadingOrder() {
        SampleReport report = sample()
                .number(28, 1, "/")          // fee
                .number(47, 7, "2")          // （四）1 总计
                .number(52, 3, "减4")        // （五）2 科研机构
                .number(66, 5, "3");         // 未经复议直接起诉 总计
        assertEquals(List.of(
                FILE + ":28:16: R5 二、第二十条第（八）项 行政事业性收费 · 本年收费金额（单位：万元）: expected an amount (a number, 0 or more), found '/' (a slash is not 0: write 0 when there were none)",
                FILE + ":47:46: R2 三、（四）1.本机关不掌握相关政府信息 · 总计: expected 1 " + SUM6 + ", found 2",
                FILE + ":52:35: R5 三、（五）2.重复申请 · 科研机构: expected a count (a whole number, 0 or more), found the text '减4'",
                FILE + ":60:42: R3 三、（七）总计 · 总计: expected 2 " + R3_EXPLAIN + ", found 1",
                FILE + ":66:36: R4 行政诉讼 · 未经复议直接起诉 · 总计: expected 0 (结果维持 + 结果纠正 + 其他结果 + 尚未审结), found 3"),
                findings(report));
    }

    @Test
    void mistakesInSeveralFilesAreReportedTogether() {
        TestProject project = new TestProject(dir)
                .file("src/docgen/2021/a.yaml", sample().number(65, 5, "1").text())
                .file("src/docgen/2021/b.yaml", sample().number(32, 1, "/").text())
                .file("src/docgen/2021/c.yaml", sample().text());
        CheckResult result = Checks.run(project);
        assertEquals(3, result.filesChecked());
        assertEquals(List.of("src/docgen/2021/a.yaml:65:36: R4", "src/docgen/2021/b.yaml:32:18: R5"),
                result.findings().stream().map(f -> f.position() + ": " + f.rule()).toList());
        assertEquals(List.of(), result.files().get(2).findings());
    }
}
