package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.check.RuleCheck;
import io.github.docgen.check.SchemaCheck;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.GenerationResult;
import io.github.docgen.engine.TestProject;

/**
 * The built-in kind gov-info-annual-2019 end to end: its sample passes every check and renders
 * with the 2019 table 二 and a one-row （六）其他处理; its rules are the 2021 ones adapted.
 */
class GovInfoAnnual2019Test {
    private static final Path SAMPLE = Path.of("templates/gov-info-annual-2019/sample.yaml");
    private static final String FILE = "src/docgen/2019/a.yaml";

    @TempDir
    Path dir;

    private GenerationResult generate(String yaml) throws DocgenException {
        return new TestProject(dir).file(FILE, yaml).generate(List.of(new SchemaCheck(), new RuleCheck()), false);
    }

    private static String sample() throws Exception {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    @Test
    void theSamplePassesEveryCheckAndRenders() throws Exception {
        GenerationResult result = generate(sample());
        assertEquals(List.of(), result.check().findings());
        assertEquals(List.of("DATA", "KIND", "SCHEMA", "R5", "R1", "R2", "R3", "R4", "R6", "R7"), result.check().files().get(0).rules());
        Document html = Jsoup.parse(new TestProject(dir).read("2019/a-1.0.html"));
        assertEquals("示例县人民政府（样例）2019年政府信息公开工作年度报告", html.title());

        Element table2 = html.selectFirst("section[aria-labelledby=s2] table");
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"),
                table2.select("th[colspan=4]").eachText());
        assertEquals(List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"), table2.select("tbody").get(0).select("th[scope=col]").eachText());
        assertEquals(List.of("规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"),
                table2.select("th[scope=row]").eachText());
        assertEquals(List.of("312", "-5", "2841"), table2.select("tbody").get(1).select("tr").get(2).select("td").eachText());
        assertEquals(List.of("57", "3862.47"), table2.select("tbody").get(4).select("tr").get(2).select("td").eachText());

        Element table3 = html.selectFirst("section[aria-labelledby=s3] table");
        List<Element> rows = table3.select("tbody tr");
        assertEquals(23, rows.size(), "the 2019 table 三 has 23 rows of numbers");
        assertEquals("20", table3.selectFirst("th[scope=rowgroup]").attr("rowspan"));
        Element other = rows.get(20);
        assertEquals("（六）其他处理", other.selectFirst("th").text());
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), other.select("td").eachText());
        assertEquals(List.of("44", "2", "0", "1", "2", "0", "49"), rows.get(21).select("td").eachText(), "（七）总计");
    }

    @Test
    void r3AddsTheSingleOtherHandlingRow() throws Exception {
        // （六）其他处理 · 自然人 from 1 to 2, its row total kept: R2 on the row, R3 on （七）总计.
        String yaml = sample().replace("otherHandling:    [1, 0, 0, 0, 0, 0, 1]", "otherHandling:    [2, 0, 0, 0, 0, 0, 1]");
        DocgenException e = assertThrows(DocgenException.class, () -> generate(yaml));
        assertEquals(List.of(
                FILE + ":64:42: R2 三、（六）其他处理 · 总计: expected 2 (sum of the six applicant columns), found 1",
                FILE + ":65:24: R3 三、（七）总计 · 自然人: expected 45 (（一） + （二） + （三）1–8 + （四）1–3 + （五）1–5 + （六）), found 44"),
                e.findings().stream().map(Finding::toString).toList());
        assertEquals(List.of(), new TestProject(dir).outputs(), "nothing is written");
    }

    @Test
    void theChangeColumnMayBeNegativeButNotAFraction() throws Exception {
        String yaml = sample().replace("change: -5", "change: -5.5");
        DocgenException e = assertThrows(DocgenException.class, () -> generate(yaml));
        assertEquals(List.of(FILE + ":28:47: R5 二、第二十条第（五）项 行政许可 · 本年增/减: expected a whole number, found -5.5, not a whole number"),
                e.findings().stream().map(Finding::toString).toList());
    }

    @Test
    void the2019FormatIsRefusedForA2022Report() throws Exception {
        DocgenException e = assertThrows(DocgenException.class, () -> generate(sample().replace("year: 2019", "year: 2022")));
        assertEquals(List.of(FILE + ":6:7: SCHEMA year: must have a maximum value of 2020"),
                e.findings().stream().map(Finding::toString).toList());
    }
}
