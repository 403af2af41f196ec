package io.github.docgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.govinfo.GovInfoFormat;
import io.github.docgen.importer.PublishedShape.Cell;

/** What the importer does with what agencies really publish: cells that are not numbers, missing tables, rows out of order. */
class ImportProblemsTest {

    private static ReportImporter.Imported importPage(Map<String, Object> report) throws DocgenException {
        byte[] page = PublishedPages.cmsArticle(ReportShapes.of(GovInfoFormat.F2021, report, false));
        return new ReportImporter().read(page, "report.html", "published/report.html");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> row(Map<String, Object> values, String... path) {
        Map<String, Object> map = values;
        for (int i = 0; i < path.length - 1; i++) {
            map = (Map<String, Object>) map.get(path[i]);
        }
        return (List<Object>) map.get(path[path.length - 1]);
    }

    @Test
    void aCellThatIsNotANumberIsLeftNullAndNamedAtItsPlaceInTheSource() throws Exception {
        Map<String, Object> report = Reports.distinct2021();
        List<Object> notHeld = row(report, "applications", "results", "unableToProvide", "notHeld");
        notHeld.set(0, "/");
        notHeld.set(3, "减4");

        ReportImporter.Imported imported = importPage(report);

        List<String> findings = imported.findings().stream().map(Finding::toString).toList();
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).matches("published/report\\.html:\\d+:\\d+: IMPORT table 三, row '三、本年度办理结果 （四）无法提供 1\\.本机关不掌握相关政府信息', "
                + "column 自然人: '/' is not a number; left null"), findings.get(0));
        assertTrue(findings.get(1).endsWith("column 社会公益组织: '减4' is not a number; left null"), findings.get(1));
        assertEquals(Arrays.asList(null, 112L, 113L, null, 115L, 116L, notHeld.get(6)),
                row(imported.values(), "applications", "results", "unableToProvide", "notHeld"));
    }

    @Test
    void theLineOfAFindingIsTheLineOfItsCell() throws Exception {
        Map<String, Object> report = Reports.distinct2021();
        row(report, "reviewsAndLawsuits", "review").set(2, "");
        byte[] page = PublishedPages.cmsArticle(ReportShapes.of(GovInfoFormat.F2021, report, false));
        List<String> lines = new String(page, StandardCharsets.UTF_8).lines().toList();

        Finding finding = new ReportImporter().read(page, "r.html", "r.html").findings().get(0);

        assertEquals("table 四, 行政复议 · 其他结果: the cell is blank; left null", finding.message());
        String line = lines.get(finding.position().line() - 1);
        assertTrue(line.substring(finding.position().column() - 1).startsWith("<td></td>"), line);
    }

    @Test
    void aMissingTableIsSaidAndItsCellsLeftNull() throws Exception {
        PublishedShape shape = ReportShapes.of(GovInfoFormat.F2021, Reports.distinct2021(), false);
        shape.blocks.removeIf(b -> b instanceof PublishedShape.Table t && t.rows().get(0).get(0).text().equals("行政复议"));

        ReportImporter.Imported imported = new ReportImporter().read(PublishedPages.cmsArticle(shape), "r.html", "r.html");

        assertEquals(List.of("r.html: IMPORT no table 四 (政府信息公开行政复议、行政诉讼情况) was found; its cells are left null"),
                imported.findings().stream().map(Finding::toString).toList());
        assertEquals(Collections.nCopies(5, null), row(imported.values(), "reviewsAndLawsuits", "lawsuitDirect"));
    }

    @Test
    void rowsAreFoundByTheirLabelsNotTheirPlace() throws Exception {
        Map<String, Object> report = Reports.distinct2021();
        PublishedShape shape = ReportShapes.of(GovInfoFormat.F2021, report, true);
        PublishedShape.Table applications = (PublishedShape.Table) shape.blocks.stream()
                .filter(b -> b instanceof PublishedShape.Table t && t.rows().get(0).size() == 2 && t.rows().get(0).get(1).text().equals("申请人情况"))
                .findFirst().orElseThrow();
        List<List<Cell>> rows = new ArrayList<>(applications.rows());
        Collections.swap(rows, 3, 4); // 二、上年结转 before 一、本年新收
        shape.blocks.set(shape.blocks.indexOf(applications), new PublishedShape.Table(rows));

        ReportImporter.Imported imported = new ReportImporter().read(PublishedPages.cmsArticle(shape), "r.html", "r.html");

        assertEquals(List.of(), imported.findings());
        assertEquals(report, imported.values());
    }

    @Test
    void fullWidthDigitsAndThousandsSeparatorsAreNumbers() {
        assertEquals(12L, CellNumber.read("１２"));
        assertEquals(1234567L, CellNumber.read("1,234,567"));
        assertEquals(new java.math.BigDecimal("14722.49"), CellNumber.read(" 14722.49\u00A0"));
        assertEquals(-5L, CellNumber.read("-5"));
        assertEquals(null, CellNumber.read("—"));
        assertEquals(null, CellNumber.read("3件"));
    }

    @Test
    void pagesAreDecodedAsBrowsersDecodeThem() {
        String text = "<p>堃镕镇人民政府</p>";
        Charset gb18030 = Charset.forName("GB18030");
        assertTrue(HtmlCharset.decode(("<meta charset=\"gb2312\">" + text).getBytes(gb18030)).endsWith(">" + text), "declared GB2312: GB18030");
        assertEquals(text, HtmlCharset.decode(text.getBytes(gb18030)), "undeclared and not UTF-8: GB18030");
        assertEquals(text, HtmlCharset.decode(text.getBytes(StandardCharsets.UTF_8)), "undeclared UTF-8");
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals(text, HtmlCharset.decode(bom));
    }

    @Test
    void aPageThatIsNoReportIsRefused() {
        byte[] page = "<html><body><p>通知公告</p><table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        DocgenException e = assertThrows(DocgenException.class, () -> new ReportImporter().read(page, "x.html", "x.html"));
        assertTrue(e.getMessage().startsWith("x.html: IMPORT is not a 政府信息公开工作年度报告"), e.getMessage());
    }

    @Test
    void aBrokenWordFileIsRefusedWithTheImportersRule() {
        DocgenException e = assertThrows(DocgenException.class,
                () -> new ReportImporter().read("not a zip".getBytes(StandardCharsets.UTF_8), "x.docx", "x.docx"));
        assertEquals("x.docx: IMPORT is not a .docx file: it is not a zip archive", e.getMessage());
    }
}
