package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.engine.TestProject;

/**
 * The built-in kind {@code gov-info-annual-2021} rendered to HTML from its sample (玉潭镇人民政府,
 * 2021): what a reader of the published report checks — the title, the six sections, every cell
 * of tables 三 and 四 under the official headers, and that data never turns into markup.
 */
class GovInfoAnnual2021HtmlTest {
    private static final Path SAMPLE = Path.of("templates/gov-info-annual-2021/sample.yaml");
    private static final Path EXAMPLE = Path.of("examples/gov-info-annual/src/docgen/2021/yutan.yaml");
    private static final String TITLE = "玉潭镇人民政府2021年政府信息公开工作年度报告";

    /** Table 三 as the sample has it: row label (group · item) | 自然人 … 其他, 总计. */
    private static final String TABLE_3 = """
            一、本年新收政府信息公开申请数量                          | 1 0 0 0 0 0 1
            二、上年结转政府信息公开申请数量                          | 0 0 0 0 0 0 0
            （一）予以公开                                            | 0 0 0 0 0 0 0
            （二）部分公开（区分处理的，只计这一情形，不计其他情形）  | 0 0 0 0 0 0 0
            （三）不予公开 · 1.属于国家秘密                           | 0 0 0 0 0 0 0
            （三）不予公开 · 2.其他法律行政法规禁止公开               | 0 0 0 0 0 0 0
            （三）不予公开 · 3.危及“三安全一稳定”                     | 0 0 0 0 0 0 0
            （三）不予公开 · 4.保护第三方合法权益                     | 0 0 0 0 0 0 0
            （三）不予公开 · 5.属于三类内部事务信息                   | 0 0 0 0 0 0 0
            （三）不予公开 · 6.属于四类过程性信息                     | 0 0 0 0 0 0 0
            （三）不予公开 · 7.属于行政执法案卷                       | 0 0 0 0 0 0 0
            （三）不予公开 · 8.属于行政查询事项                       | 0 0 0 0 0 0 0
            （四）无法提供 · 1.本机关不掌握相关政府信息               | 1 0 0 0 0 0 1
            （四）无法提供 · 2.没有现成信息需要另行制作               | 0 0 0 0 0 0 0
            （四）无法提供 · 3.补正后申请内容仍不明确                 | 0 0 0 0 0 0 0
            （五）不予处理 · 1.信访举报投诉类申请                     | 0 0 0 0 0 0 0
            （五）不予处理 · 2.重复申请                               | 0 0 0 0 0 0 0
            （五）不予处理 · 3.要求提供公开出版物                     | 0 0 0 0 0 0 0
            （五）不予处理 · 4.无正当理由大量反复申请                 | 0 0 0 0 0 0 0
            （五）不予处理 · 5.要求行政机关确认或重新出具已获取信息   | 0 0 0 0 0 0 0
            （六）其他处理 · 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0
            （六）其他处理 · 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0
            （六）其他处理 · 3.其他                                   | 0 0 0 0 0 0 0
            （七）总计                                                | 1 0 0 0 0 0 1
            四、结转下年度继续办理                                    | 0 0 0 0 0 0 0
            """;

    @TempDir
    static Path work;

    private static Document sample;

    @BeforeAll
    static void renderSample() throws Exception {
        sample = Jsoup.parse(render("sample", Files.readString(SAMPLE, StandardCharsets.UTF_8)));
    }

    @Test
    void titleNamesTheAgencyAndTheYear() {
        assertEquals(TITLE, sample.title());
        assertEquals(TITLE, sample.selectFirst("h1").text());
        assertEquals("zh-CN", sample.selectFirst("html").attr("lang"));
    }

    @Test
    void sixSectionsInTheOfficialOrder() {
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
                sample.select("h2").eachText());
    }

    @Test
    void table3HasEveryNumberInItsOfficialRowAndColumn() {
        Element table = tableOf("s3");
        List<Element> rows = table.select("tbody tr");
        List<String> expected = TABLE_3.lines().toList();
        assertEquals(25, rows.size());
        List<String> labels = rowLabels(rows);
        for (int i = 0; i < expected.size(); i++) {
            String[] line = expected.get(i).split("\\|");
            Element row = rows.get(i);
            assertEquals(line[0].strip(), labels.get(i), "row " + (i + 1));
            assertEquals(7, row.select("td").size(), labels.get(i));
            assertEquals(7, row.select("td.num").size(), labels.get(i));
            assertEquals(Arrays.asList(line[1].strip().split(" ")), row.select("td.num").eachText(), labels.get(i));
        }
    }

    @Test
    void table3HeaderSpansAsTheOfficialForm() {
        Element table = tableOf("s3");
        List<Element> head = table.select("thead tr");
        assertEquals(3, head.size());
        assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） colspan=3 rowspan=3",
                "申请人情况 colspan=7"), cells(head.get(0)));
        assertEquals(List.of("自然人 rowspan=2", "法人或其他组织 colspan=5", "总计 rowspan=2"), cells(head.get(1)));
        assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), cells(head.get(2)));
        // The row-group labels of 三、本年度办理结果 span their numbered rows.
        assertEquals(List.of("一、本年新收政府信息公开申请数量 colspan=3"), cells(table.select("tbody tr").get(0)));
        assertEquals(List.of("三、本年度办理结果 rowspan=22", "（一）予以公开 colspan=2"), cells(table.select("tbody tr").get(2)));
        assertEquals(List.of("（三）不予公开 rowspan=8", "1.属于国家秘密"), cells(table.select("tbody tr").get(4)));
        assertEquals(List.of("（四）无法提供 rowspan=3", "1.本机关不掌握相关政府信息"), cells(table.select("tbody tr").get(12)));
        assertEquals(List.of("（五）不予处理 rowspan=5", "1.信访举报投诉类申请"), cells(table.select("tbody tr").get(15)));
        assertEquals(List.of("（六）其他处理 rowspan=3", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                cells(table.select("tbody tr").get(20)));
        assertEquals(List.of("（七）总计 colspan=2"), cells(table.select("tbody tr").get(23)));
    }

    @Test
    void table4HeaderSpansAsTheOfficialFormAndHoldsFifteenNumbers() {
        Element table = tableOf("s4");
        List<Element> head = table.select("thead tr");
        assertEquals(3, head.size());
        assertEquals(List.of("行政复议 colspan=5", "行政诉讼 colspan=10"), cells(head.get(0)));
        assertEquals(List.of("结果维持 rowspan=2", "结果纠正 rowspan=2", "其他结果 rowspan=2", "尚未审结 rowspan=2",
                "总计 rowspan=2", "未经复议直接起诉 colspan=5", "复议后起诉 colspan=5"), cells(head.get(1)));
        List<String> fiveResults = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<String> twice = new ArrayList<>(fiveResults);
        twice.addAll(fiveResults);
        assertEquals(twice, cells(head.get(2)));
        List<Element> body = table.select("tbody tr");
        assertEquals(1, body.size());
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"),
                body.get(0).select("td.num").eachText());
    }

    @Test
    void table2GroupsRowsUnderTheArticlesOfTheRegulation() {
        Element table = tableOf("s2");
        List<String> groups = table.select("th[colspan=4]").eachText();
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"), groups);
        assertEquals("本年收费金额（单位：万元）", table.select("th[colspan=3]").last().text());
        assertEquals("0", table.select("td.num").last().text(), "行政事业性收费");
    }

    @Test
    void everyHeaderCellHasAScopeAndEveryTableAName() {
        for (Element th : sample.select("th")) {
            assertTrue(Set.of("col", "colgroup", "row", "rowgroup").contains(th.attr("scope")), th.outerHtml());
        }
        for (Element table : sample.select("table")) {
            assertTrue(table.hasAttr("aria-label") || table.selectFirst("caption") != null, table.className());
        }
    }

    @Test
    void theDocumentNeedsNothingFromOutside() {
        assertTrue(sample.select("script").isEmpty());
        assertTrue(sample.select("[src], [href], link, img, iframe, object, embed").isEmpty());
        String css = sample.select("style").html();
        assertFalse(css.contains("url("), "no fonts or images fetched by CSS");
        assertFalse(css.contains("@import"));
    }

    @Test
    void structuredParagraphSetsMarkerAndFirstSentenceAsHeading() {
        List<Element> overview = sample.select("section[aria-labelledby=s1] p");
        assertEquals(5, overview.size());
        assertNull(overview.get(0).selectFirst("span"), "a paragraph without a marker is body text");
        Element first = overview.get(1);
        assertEquals("（一）加强组织领导。", first.selectFirst("span.h2").text());
        assertTrue(first.text().startsWith("（一）加强组织领导。为确保政务公开各项工作落到实处，"), first.text());
        // Sub-points inside a paragraph stay body text.
        Element problems = sample.select("section[aria-labelledby=s5] p").get(0);
        assertEquals("（一）存在的问题。", problems.selectFirst("span.h2").text());
        assertTrue(problems.select("span.h3").isEmpty());
    }

    @Test
    void dataNeverBecomesMarkup() throws Exception {
        String yaml = Files.readString(SAMPLE, StandardCharsets.UTF_8)
                .replace("agency: 玉潭镇人民政府", "agency: \"某镇</p><script>alert(1)</script>\"");
        String html = render("hostile", yaml);
        assertFalse(html.contains("<script"), "no script element reaches the output");
        assertTrue(html.contains("某镇&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script").isEmpty());
        assertEquals("某镇</p><script>alert(1)</script>2021年政府信息公开工作年度报告", doc.selectFirst("h1").text());
    }

    @Test
    void optionalPartsAndTextLevels() throws Exception {
        String sampleText = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        // otherMatters is the last key; a double-quoted scalar keeps the Windows line breaks (\r\n).
        String yaml = sampleText.substring(0, sampleText.indexOf("otherMatters:"))
                .replaceFirst("intro: .*\n", "date: 2022-01-20\n")
                .replace("feesWanYuan: 0", "feesWanYuan: 59237.2449")
                + "otherMatters: \"一、第一级。正文\\r\\n第二行\\r\\n\\r\\n(1)第四级。正文\\n\\n1.5亿元不是标题。\"\n";
        Document doc = Jsoup.parse(render("variant", yaml));
        assertEquals("根据《中华人民共和国政府信息公开条例》规定，现公布玉潭镇人民政府2021年政府信息公开工作年度报告。",
                doc.selectFirst("h1 + p").text(), "the standard opening when intro is absent");
        assertEquals("59237.2449", tableOf(doc, "s2").select("td.num").last().text(), "the fee as given");
        assertTrue(doc.select(".signature p").eachText().contains("2022年1月20日"), "成文日期 without zero padding");
        List<Element> other = doc.select("section[aria-labelledby=s6] p");
        assertEquals(3, other.size());
        assertEquals("一、第一级。", other.get(0).selectFirst("span.h1").text());
        assertEquals(1, other.get(0).select("br").size(), "a single line break stays a line break");
        assertEquals("(1)第四级。", other.get(1).selectFirst("span.h4").text());
        assertNull(other.get(2).selectFirst("span"), "1.5 is a number, not a marker");
    }

    @Test
    void theExampleProjectCarriesTheSampleUnchanged() throws Exception {
        assertEquals(-1L, Files.mismatch(SAMPLE, EXAMPLE), SAMPLE + " and " + EXAMPLE + " must be byte-identical");
    }

    /** Renders one data file with the built-in kind, through the engine as a build would. */
    private static String render(String name, String yaml) throws Exception {
        TestProject project = new TestProject(work.resolve(name)).file("src/docgen/2021/yutan.yaml", yaml);
        project.generate();
        return project.read("2021/yutan-1.0.html");
    }

    private static Element tableOf(String section) {
        return tableOf(sample, section);
    }

    private static Element tableOf(Document doc, String section) {
        return doc.selectFirst("section[aria-labelledby=" + section + "] table");
    }

    /** Each header cell of a row as "text colspan=n rowspan=n", spans shown only when over 1. */
    private static List<String> cells(Element row) {
        List<String> cells = new ArrayList<>();
        for (Element th : row.select("th")) {
            String span = (th.hasAttr("colspan") ? " colspan=" + th.attr("colspan") : "")
                    + (th.hasAttr("rowspan") ? " rowspan=" + th.attr("rowspan") : "");
            cells.add(th.text() + span);
        }
        return cells;
    }

    /**
     * The label a reader gives each row of table 三: its own header cell, prefixed by the
     * （三）–（六） group label that spans it (三、本年度办理结果 is left out: it spans them all).
     */
    private static List<String> rowLabels(List<Element> rows) {
        List<String> labels = new ArrayList<>();
        String group = "";
        int groupRowsLeft = 0;
        for (Element row : rows) {
            String own = "";
            for (Element th : row.select("th")) {
                boolean spansRows = th.hasAttr("rowspan");
                if (spansRows && !th.text().startsWith("三、")) {
                    group = th.text();
                    groupRowsLeft = Integer.parseInt(th.attr("rowspan"));
                } else if (!spansRows) {
                    own = th.text();
                }
            }
            labels.add(groupRowsLeft-- > 0 ? group + " · " + own : own);
        }
        return labels;
    }
}
