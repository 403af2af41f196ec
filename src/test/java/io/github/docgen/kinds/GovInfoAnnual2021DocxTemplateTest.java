package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.finders.ClassFinder;
import org.docx4j.model.structure.HeaderFooterPolicy;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.wml.CTDocGrid;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.STDocGrid;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.docgen.wordml.DocxEntries;
import io.github.docgen.wordml.TableView;

/**
 * The committed Word template of {@code gov-info-annual-2021} as Word reads it: the GB/T 9704
 * page, the named styles with their fonts and sizes, the odd and even page-number footers, and
 * tables 二, 三, 四 with the official merged headers and a placeholder in every number cell.
 */
class GovInfoAnnual2021DocxTemplateTest {
    private static WordprocessingMLPackage template;
    private static SectPr section;
    private static List<TableView> tables;

    @BeforeAll
    static void loadCommittedTemplate() throws Exception {
        template = WordprocessingMLPackage.load(GovInfoAnnualFormat.FORMAT_2021.template().toFile());
        section = template.getDocumentModel().getSections().get(0).getSectPr();
        tables = TableView.all(template.getMainDocumentPart().getContent());
    }

    @Test
    void pageIsA4WithTheTypeAreaOfGbT9704() {
        assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW());
        assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH());
        SectPr.PgMar margins = section.getPgMar();
        assertEquals(List.of(2098, 1588, 1984, 1474),
                List.of(margins.getTop().intValue(), margins.getLeft().intValue(), margins.getBottom().intValue(), margins.getRight().intValue()));
        // The page number line (exactly 14 pt = 280 twips) starts 7 mm (397 twips) below the type area.
        assertEquals(1984 - 397 - 280, margins.getFooter().intValue());
    }

    @Test
    void gridHas22LinesOf28Characters() throws Exception {
        CTDocGrid grid = section.getDocGrid();
        assertEquals(STDocGrid.LINES, grid.getType());
        assertEquals(579, grid.getLinePitch().intValue());
        assertEquals(null, grid.getCharSpace(), "no character grid: LibreOffice would spread every line over it");
        // Characters per line from the document's own numbers: the body size and the condensing of the defaults.
        org.docx4j.wml.RPr defaults = template.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement()
                .getDocDefaults().getRPrDefault().getRPr();
        assertEquals(-5, defaults.getSpacing().getVal().intValue());
        int typeAreaWidth = 11906 - 1588 - 1474;
        double characterPitch = defaults.getSz().getVal().intValue() / 2.0 + defaults.getSpacing().getVal().intValue() / 20.0;
        assertTrue(28 * characterPitch <= typeAreaWidth / 20.0, "28 characters fit the line");
        assertTrue(29 * characterPitch > typeAreaWidth / 20.0, "a 29th does not");
        assertTrue(22 * 579 <= 16838 - 2098 - 1984 && 23 * 579 > 16838 - 2098 - 1984, "22 lines fill the type area");
    }

    @Test
    void stylesCarryTheOfficialFontsAndSizes() throws Exception {
        assertFont("Normal", "仿宋_GB2312", 32);
        assertFont("Title", "方正小标宋简体", 44);
        assertFont("Heading1", "黑体", 32);
        assertFont("Level1Heading", "黑体", 32);
        assertFont("Level2Heading", "楷体_GB2312", 32);
        assertFont("Level3Heading", "仿宋_GB2312", 32);
        assertFont("TableText", "宋体", 21);
        assertFont("Footer", "宋体", 28);
        assertFont("DraftMark", "黑体", 32);
        assertEquals("Normal", style("Normal").getName().getVal());
        assertEquals("Title", style("Title").getName().getVal());
        assertEquals(BigInteger.valueOf(200), style("Normal").getPPr().getInd().getFirstLineChars());
        assertEquals(JcEnumeration.CENTER, style("Title").getPPr().getJc().getVal());
        assertEquals(JcEnumeration.RIGHT, style("Signature").getPPr().getJc().getVal(), "成文日期 right-aligned");
        assertEquals("000000", template.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement()
                .getDocDefaults().getRPrDefault().getRPr().getColor().getVal());
    }

    @Test
    void oddPagesNumberRightAndEvenPagesLeftInSeparateFooters() throws Exception {
        assertNotNull(template.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement().getEvenAndOddHeaders());
        HeaderFooterPolicy footers = template.getDocumentModel().getSections().get(0).getHeaderFooterPolicy();
        assertPageNumberFooter(footers.getDefaultFooter(), "PageNumberOdd", JcEnumeration.RIGHT);
        assertPageNumberFooter(footers.getEvenFooter(), "PageNumberEven", JcEnumeration.LEFT);
        // One character of space on the outer side: 100 hundredths of a 4号 character.
        assertEquals(BigInteger.valueOf(100), style("PageNumberOdd").getPPr().getInd().getRightChars());
        assertEquals(BigInteger.valueOf(100), style("PageNumberEven").getPPr().getInd().getLeftChars());
    }

    @Test
    void structuredParagraphsSetTheirHeadingInTheLevelFont() {
        Map<String, String> styleOfRun = new LinkedHashMap<>();
        for (R run : runs()) {
            String text = text(run);
            if (text.contains("?groups[1]")) {
                styleOfRun.put(text, run.getRPr().getRStyle().getVal());
            }
        }
        assertEquals(Map.of(
                "[#if h1]${h1?groups[1]}[/#if]", "Level1Heading",
                "[#if h2]${h2?groups[1]}[/#if]", "Level2Heading",
                "[#if h3]${h3?groups[1]}[/#if]", "Level3Heading"), styleOfRun);
    }

    @Test
    void tableTwoHasOneBlockPerItemOfArticleTwenty() {
        TableView table = tables.get(0);
        assertEquals(14, table.rows().size());
        assertEquals("第二十条第（一）项×4", table.row(0));
        assertEquals("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数", table.row(1));
        assertEquals("规章 | ${proactive.rules.issued} | ${proactive.rules.repealed} | ${proactive.rules.inForce}", table.row(2));
        assertEquals("信息内容 | 本年处理决定数量×3", table.row(5));
        assertEquals("行政许可 | ${proactive.licensing}×3", table.row(6));
        assertEquals("行政强制 | ${proactive.enforcement}×3", table.row(10));
        assertEquals("信息内容 | 本年收费金额（单位：万元）×3", table.row(12));
        assertEquals("行政事业性收费 | ${proactive.feesWanYuan}×3", table.row(13));
    }

    @Test
    void tableThreeHeaderMergesAsTheOfficialForm() {
        OfficialTableAssertions.assertTableThreeHeader(tables.get(1));
    }

    @Test
    void tableThreeHasEveryNumberInItsCell() {
        TableView table = tables.get(1);
        List<String> paths = OfficialTableAssertions.tableThreeRows(GovInfoAnnualFormat.FORMAT_2021);
        assertEquals(25, paths.size());
        OfficialTableAssertions.assertTableThreeNumbers(table, paths);
        assertEquals("一、本年新收政府信息公开申请数量×3", table.rows().get(3).get(0).toString());
        assertEquals("三、本年度办理结果↓ | （一）予以公开×2", String.join(" | ", table.rows().get(5).subList(0, 2).stream().map(Object::toString).toList()));
        assertEquals("↑ | （三）不予公开↓ | 1.属于国家秘密", String.join(" | ", table.rows().get(7).subList(0, 3).stream().map(Object::toString).toList()));
        assertEquals("↑ | ↑ | 8.属于行政查询事项", String.join(" | ", table.rows().get(14).subList(0, 3).stream().map(Object::toString).toList()));
        assertEquals("↑ | （七）总计×2", String.join(" | ", table.rows().get(26).subList(0, 2).stream().map(Object::toString).toList()));
        assertEquals("四、结转下年度继续办理×3", table.rows().get(27).get(0).toString());
    }

    @Test
    void tableFourHasItsThreeHeaderRowsAndFifteenNumbers() {
        OfficialTableAssertions.assertTableFour(tables.get(2));
    }

    @Test
    void committedTemplateIsWhatTheGeneratorWrites() throws IOException {
        byte[] generated = GovInfoAnnualDocxTemplateGenerator.generate(GovInfoAnnualFormat.FORMAT_2021);
        assertArrayEquals(generated, GovInfoAnnualDocxTemplateGenerator.generate(GovInfoAnnualFormat.FORMAT_2021), "two runs write the same bytes");
        // Entries, not zip bytes: another zlib (e.g. zlib-ng) compresses the same entries differently.
        assertEquals(DocxEntries.of(generated), DocxEntries.of(Files.readAllBytes(GovInfoAnnualFormat.FORMAT_2021.template())),
                "templates/gov-info-annual-2021/report.docx is stale: regenerate it with the command in README.md");
    }


    private static void assertPageNumberFooter(FooterPart footer, String style, JcEnumeration alignment) throws Exception {
        assertNotNull(footer);
        P paragraph = (P) footer.getContent().get(0);
        assertEquals(style, paragraph.getPPr().getPStyle().getVal());
        assertEquals(alignment, style(style).getPPr().getJc().getVal());
        String xml = XmlUtils.marshaltoString(paragraph);
        assertTrue(xml.contains(">— <") && xml.contains("> —<"), "em dashes around the number: " + xml);
        assertTrue(xml.contains("> PAGE <"), "a PAGE field: " + xml);
    }

    private static void assertFont(String styleId, String font, int halfPoints) throws Exception {
        RFonts fonts = style(styleId).getRPr().getRFonts();
        assertEquals(List.of(font, font, font), List.of(fonts.getEastAsia(), fonts.getAscii(), fonts.getHAnsi()), styleId);
        assertEquals(BigInteger.valueOf(halfPoints), style(styleId).getRPr().getSz().getVal(), styleId);
    }

    private static Style style(String id) throws Exception {
        Style style = template.getMainDocumentPart().getStyleDefinitionsPart().getStyleById(id);
        assertNotNull(style, id);
        return style;
    }

    private static List<R> runs() {
        ClassFinder finder = new ClassFinder(R.class);
        new TraversalUtil(template.getMainDocumentPart().getContent(), finder);
        return finder.results.stream().map(r -> (R) r).toList();
    }

    private static String text(R run) {
        StringBuilder text = new StringBuilder();
        for (Object content : run.getContent()) {
            if (XmlUtils.unwrap(content) instanceof Text t) {
                text.append(t.getValue());
            }
        }
        return text.toString();
    }
}
