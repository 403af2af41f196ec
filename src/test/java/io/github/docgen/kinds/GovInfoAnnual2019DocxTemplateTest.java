package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.docgen.wordml.DocxEntries;
import io.github.docgen.wordml.TableView;

/**
 * The committed Word template of {@code gov-info-annual-2019}: the same document as the 2021 one
 * (page, grid, styles, footers and text, which {@link GovInfoAnnual2021DocxTemplateTest} checks)
 * but for its tables: the 2019 table 二 and table 三 with （六）其他处理 as one row, every number cell
 * holding its placeholder.
 */
class GovInfoAnnual2019DocxTemplateTest {
    private static final GovInfoAnnualFormat FORMAT = GovInfoAnnualFormat.FORMAT_2019;
    private static List<TableView> tables;

    @BeforeAll
    static void loadCommittedTemplate() throws Exception {
        WordprocessingMLPackage template = WordprocessingMLPackage.load(FORMAT.template().toFile());
        tables = TableView.all(template.getMainDocumentPart().getContent());
    }

    @Test
    void committedTemplateIsWhatTheGeneratorWrites() throws IOException {
        byte[] generated = GovInfoAnnualDocxTemplateGenerator.generate(FORMAT);
        assertArrayEquals(generated, GovInfoAnnualDocxTemplateGenerator.generate(FORMAT), "two runs write the same bytes");
        assertEquals(DocxEntries.of(generated), DocxEntries.of(Files.readAllBytes(FORMAT.template())),
                "templates/gov-info-annual-2019/report.docx is stale: regenerate it with the command in README.md");
    }

    @Test
    void everythingButTheTablesAndTheTitleIsThe2021Template() throws IOException {
        Map<String, String> format2019 = DocxEntries.of(Files.readAllBytes(FORMAT.template()));
        Map<String, String> format2021 = DocxEntries.of(Files.readAllBytes(GovInfoAnnualFormat.FORMAT_2021.template()));
        assertEquals(format2021.keySet(), format2019.keySet());
        for (String entry : format2021.keySet()) {
            if (entry.startsWith("docProps/core.xml ")) {
                assertEquals(format2021.get(entry).replace("（2021年格式）", "（2019年格式）"), format2019.get(entry));
            } else {
                assertEquals(withoutTables(format2021.get(entry)), withoutTables(format2019.get(entry)), entry);
            }
        }
        assertEquals(3, tables.size());
    }

    @Test
    void tableTwoHasThe2019ItemsAndColumns() {
        TableView table = tables.get(0);
        assertEquals(List.of(
                "第二十条第（一）项×4",
                "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量",
                "规章 | ${proactive.rules.created} | ${proactive.rules.published} | ${proactive.rules.total}",
                "规范性文件 | ${proactive.normativeDocuments.created} | ${proactive.normativeDocuments.published}"
                        + " | ${proactive.normativeDocuments.total}",
                "第二十条第（五）项×4",
                "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
                "行政许可 | ${proactive.licensing.lastYear} | ${proactive.licensing.change} | ${proactive.licensing.decisions}",
                "其他对外管理服务事项 | ${proactive.otherServices.lastYear} | ${proactive.otherServices.change}"
                        + " | ${proactive.otherServices.decisions}",
                "第二十条第（六）项×4",
                "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
                "行政处罚 | ${proactive.penalty.lastYear} | ${proactive.penalty.change} | ${proactive.penalty.decisions}",
                "行政强制 | ${proactive.enforcement.lastYear} | ${proactive.enforcement.change} | ${proactive.enforcement.decisions}",
                "第二十条第（八）项×4",
                "信息内容 | 上一年项目数量×2 | 本年增/减",
                "行政事业性收费 | ${proactive.fees.lastYear}×2 | ${proactive.fees.change}",
                "第二十条第（九）项×4",
                "信息内容 | 采购项目数量×2 | 采购总金额",
                "政府集中采购 | ${proactive.procurement.projects}×2 | ${proactive.procurement.amount}"), rows(table));
    }

    @Test
    void tableThreeHeaderMergesAsTheOfficialForm() {
        OfficialTableAssertions.assertTableThreeHeader(tables.get(1));
    }

    @Test
    void tableThreeHas23RowsWithEveryNumberInItsCell() {
        List<String> paths = OfficialTableAssertions.tableThreeRows(FORMAT);
        assertEquals(23, paths.size());
        OfficialTableAssertions.assertTableThreeNumbers(tables.get(1), paths);
    }

    @Test
    void tableThreeLabelsMergeOverTheirRows() {
        TableView table = tables.get(1);
        List<String> labels = new ArrayList<>();
        for (int row = 3; row < table.rows().size(); row++) {
            labels.add(table.rows().get(row).stream().limit(table.rows().get(row).size() - 7)
                    .map(Object::toString).collect(Collectors.joining(" | ")));
        }
        assertEquals(List.of(
                "一、本年新收政府信息公开申请数量×3",
                "二、上年结转政府信息公开申请数量×3",
                "三、本年度办理结果↓ | （一）予以公开×2",
                "↑ | （二）部分公开（区分处理的，只计这一情形，不计其他情形）×2",
                "↑ | （三）不予公开↓ | 1.属于国家秘密",
                "↑ | ↑ | 2.其他法律行政法规禁止公开",
                "↑ | ↑ | 3.危及“三安全一稳定”",
                "↑ | ↑ | 4.保护第三方合法权益",
                "↑ | ↑ | 5.属于三类内部事务信息",
                "↑ | ↑ | 6.属于四类过程性信息",
                "↑ | ↑ | 7.属于行政执法案卷",
                "↑ | ↑ | 8.属于行政查询事项",
                "↑ | （四）无法提供↓ | 1.本机关不掌握相关政府信息",
                "↑ | ↑ | 2.没有现成信息需要另行制作",
                "↑ | ↑ | 3.补正后申请内容仍不明确",
                "↑ | （五）不予处理↓ | 1.信访举报投诉类申请",
                "↑ | ↑ | 2.重复申请",
                "↑ | ↑ | 3.要求提供公开出版物",
                "↑ | ↑ | 4.无正当理由大量反复申请",
                "↑ | ↑ | 5.要求行政机关确认或重新出具已获取信息",
                "↑ | （六）其他处理×2",
                "↑ | （七）总计×2",
                "四、结转下年度继续办理×3"), labels);
    }

    @Test
    void tableFourHasItsThreeHeaderRowsAndFifteenNumbers() {
        OfficialTableAssertions.assertTableFour(tables.get(2));
    }

    private static List<String> rows(TableView table) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            rows.add(table.row(i));
        }
        return rows;
    }

    /** A part's XML with each table replaced by a mark, so what surrounds the tables can be compared. */
    private static String withoutTables(String xml) {
        return xml.replaceAll("(?s)<w:tbl>.*?</w:tbl>", "<w:tbl/>");
    }
}
