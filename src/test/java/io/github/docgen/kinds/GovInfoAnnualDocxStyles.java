package io.github.docgen.kinds;

import static io.github.docgen.wordml.Xml.el;

import io.github.docgen.wordml.StyleSheet;
import io.github.docgen.wordml.Wml;
import io.github.docgen.wordml.Xml;

/**
 * The styles and fonts of the official Word document (GB/T 9704): 正文 in 3号 仿宋_GB2312 with a
 * two-character indent, the title in 2号 方正小标宋简体, section headings in 黑体, the heading
 * fonts of structured paragraphs as character styles, tables in 五号 宋体, page numbers in 4号 宋体.
 */
final class GovInfoAnnualDocxStyles {
    static final String FANGSONG = "仿宋_GB2312";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String SONGTI = "宋体";

    static final String BODY = "Normal";
    static final String TITLE = "Title";
    static final String SECTION_HEADING = "Heading1";
    static final String LEVEL1 = "Level1Heading";
    static final String LEVEL2 = "Level2Heading";
    static final String LEVEL3 = "Level3Heading";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_ROW_LABEL = "TableRowLabel";
    static final String SIGNATURE = "Signature";
    static final String DRAFT_MARK = "DraftMark";
    static final String FOOTER = "Footer";
    static final String PAGE_NUMBER_ODD = "PageNumberOdd";
    static final String PAGE_NUMBER_EVEN = "PageNumberEven";
    static final String DIRECTIVE = "TemplateDirective";
    static final String TABLE_GRID = "TableGrid";

    static final int TITLE_HALF_POINTS = 44;  // 2号
    static final int TABLE_HALF_POINTS = 21;  // 五号
    private static final int BODY_SIZE = GbT9704Page.BODY_HALF_POINTS;
    private static final int BODY_CHAR = BODY_SIZE * 10; // one 3号 character in twips

    private GovInfoAnnualDocxStyles() {
    }

    static String stylesXml() {
        return new StyleSheet(defaultRun(), el("w:pPr"))
                .paragraph(BODY, "Normal", null, null,
                        el("w:pPr").add(twoCharacterIndent(), justify("both")),
                        Wml.runProperties(null, FANGSONG, false, null, BODY_SIZE))
                // Off the grid: a 2号 line snapped to the 3号 grid would take two grid lines and two cells a character.
                .paragraph(TITLE, "Title", BODY, BODY,
                        el("w:pPr").add(offGrid(), noIndent(), justify("center")),
                        Wml.runProperties(null, XIAOBIAOSONG, false, null, TITLE_HALF_POINTS))
                .paragraph(SECTION_HEADING, "heading 1", BODY, BODY,
                        el("w:pPr").add(el("w:keepNext"), el("w:outlineLvl", "w:val", 0)),
                        Wml.runProperties(null, HEITI, false, null, BODY_SIZE))
                .character(LEVEL1, "一级标题（一、）", Wml.runProperties(null, HEITI, false, null, BODY_SIZE))
                .character(LEVEL2, "二级标题（（一））", Wml.runProperties(null, KAITI, false, null, BODY_SIZE))
                .character(LEVEL3, "三、四级标题（1. （1））", Wml.runProperties(null, FANGSONG, false, null, BODY_SIZE))
                .paragraph(TABLE_TEXT, "表格文字", BODY, null,
                        el("w:pPr").add(offGrid(), Wml.spacing(0, 0, 240, "auto"), noIndent(), justify("center")),
                        Wml.runProperties(null, SONGTI, false, null, TABLE_HALF_POINTS))
                .paragraph(TABLE_ROW_LABEL, "表格行标题", TABLE_TEXT, null,
                        el("w:pPr").add(justify("left")), el("w:rPr"))
                // A -SNAPSHOT build is a draft: 征求意见稿 at the top right, in 3号 黑体 like report.ftlh.
                .paragraph(DRAFT_MARK, "征求意见稿标识", BODY, null,
                        el("w:pPr").add(noIndent(), justify("right")),
                        Wml.runProperties(null, HEITI, false, null, BODY_SIZE))
                .paragraph(SIGNATURE, "落款", BODY, null,
                        el("w:pPr").add(el("w:ind", "w:right", 4 * BODY_CHAR, "w:rightChars", 400, "w:firstLine", 0, "w:firstLineChars", 0),
                                justify("right")),
                        el("w:rPr"))
                .paragraph(FOOTER, "footer", BODY, null,
                        el("w:pPr").add(offGrid(), Wml.spacing(0, 0, GbT9704Page.PAGE_NUMBER_LINE, "exact"), noIndent()),
                        Wml.runProperties(null, SONGTI, false, null, GbT9704Page.PAGE_NUMBER_HALF_POINTS))
                .paragraph(PAGE_NUMBER_ODD, "页码（单页）", FOOTER, null,
                        el("w:pPr").add(el("w:ind", "w:right", GbT9704Page.PAGE_NUMBER_LINE, "w:rightChars", 100,
                                "w:firstLine", 0, "w:firstLineChars", 0), justify("right")),
                        el("w:rPr"))
                .paragraph(PAGE_NUMBER_EVEN, "页码（双页）", FOOTER, null,
                        el("w:pPr").add(el("w:ind", "w:left", GbT9704Page.PAGE_NUMBER_LINE, "w:leftChars", 100,
                                "w:firstLine", 0, "w:firstLineChars", 0), justify("left")),
                        el("w:rPr"))
                // Paragraphs holding only a FreeMarker directive vanish from the output; grey and small,
                // they read as notes to the maintainer, not as text of the report.
                .paragraph(DIRECTIVE, "模板指令", BODY, null,
                        el("w:pPr").add(offGrid(), noIndent(), justify("left")),
                        Wml.runProperties(null, null, false, "808080", TABLE_HALF_POINTS))
                .wordDefaults()
                .gridTable(TABLE_GRID, "Table Grid", 57)
                .xml();
    }

    /**
     * Black text in 3号 仿宋 unless a style says otherwise, condensed so that 28 characters fill a
     * line of the type area (in schema order: spacing after color, before kern); Chinese language for
     * line breaking.
     */
    private static Xml defaultRun() {
        return el("w:rPr").add(
                Wml.fonts(FANGSONG),
                el("w:color", "w:val", "000000"),
                el("w:spacing", "w:val", GbT9704Page.condensedTwentieths()),
                el("w:kern", "w:val", 2),
                el("w:sz", "w:val", BODY_SIZE), el("w:szCs", "w:val", BODY_SIZE),
                el("w:lang", "w:val", "en-US", "w:eastAsia", "zh-CN", "w:bidi", "ar-SA"));
    }

    /** Two characters (200 hundredths), with the same in twips for readers that ignore the character unit. */
    private static Xml twoCharacterIndent() {
        return el("w:ind", "w:firstLine", 2 * BODY_CHAR, "w:firstLineChars", 200);
    }

    private static Xml noIndent() {
        return el("w:ind", "w:firstLine", 0, "w:firstLineChars", 0);
    }

    /** Tables and footers keep their own line height instead of snapping to the 22-line grid. */
    private static Xml offGrid() {
        return el("w:snapToGrid", "w:val", 0);
    }

    private static Xml justify(String value) {
        return el("w:jc", "w:val", value);
    }

    /**
     * {@code word/fontTable.xml}: the fonts by name with their GB2312 character set, and the name
     * Word looks for when a machine lacks one (Windows 10 has 仿宋 and 楷体, not the _GB2312 fonts).
     */
    static String fontTableXml() {
        return Wml.root("w:fonts").add(
                font(FANGSONG, "仿宋", "modern", "fixed"),
                font(KAITI, "楷体", "modern", "fixed"),
                font(HEITI, "SimHei", "modern", "fixed"),
                font(SONGTI, "SimSun", "auto", "variable"),
                font(XIAOBIAOSONG, "宋体", "script", "default")).document();
    }

    private static Xml font(String name, String alternative, String family, String pitch) {
        return el("w:font", "w:name", name).add(
                el("w:altName", "w:val", alternative),
                el("w:charset", "w:val", "86"),
                el("w:family", "w:val", family),
                el("w:pitch", "w:val", pitch));
    }
}
