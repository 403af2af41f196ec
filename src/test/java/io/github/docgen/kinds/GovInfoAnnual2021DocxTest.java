package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.data.DataLimits;
import io.github.docgen.engine.ProgressListener;
import io.github.docgen.engine.TestProject;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.wordml.TableView;
import io.github.docgen.wordml.TransitionalSchema;

/**
 * The built-in kind {@code gov-info-annual-2021} rendered to Word through the engine: the sample
 * report reads as published, structured paragraphs get their heading fonts, and every number of
 * tables 三 and 四 and of 二 （一） lands in its own cell (checked with a copy of the sample in which
 * every cell holds a different number, so a swapped placeholder cannot hide behind a zero).
 */
class GovInfoAnnual2021DocxTest {
    private static final Path SAMPLE = Path.of("templates/gov-info-annual-2021/sample.yaml");
    /** The data's table rows: 二 （一） 规章 and 行政规范性文件, then table 三's 25 and table 四's 3. */
    private static final int TABLE_TWO_ROWS = GovInfoAnnualFormat.FORMAT_2021.tableTwoRows();
    private static final int TABLE_THREE_ROWS = GovInfoAnnualFormat.FORMAT_2021.tableThreeRows();

    @TempDir
    static Path work;

    private static WordprocessingMLPackage sample;
    private static String sampleXml;
    private static WordprocessingMLPackage numbered;
    private static WordprocessingMLPackage dated;
    private static WordprocessingMLPackage draft;
    private static WordprocessingMLPackage levels;
    /** Every document rendered above: final, dated, numbered, draft and with every heading level. */
    private static final List<Path> outputs = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        String yaml = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        TestProject project = new TestProject(work)
                .file("src/docgen/2021/yutan.yaml", yaml)
                .file("src/docgen/numbered/yutan.yaml", DistinctNumbers.numberEveryCell(yaml, GovInfoAnnualFormat.FORMAT_2021.tableRows()))
                .file("src/docgen/dated/yutan.yaml", yaml.replace("\nintro:", "\ndate: 2022-01-20\nintro:"));
        project.generate();
        Path output = project.output("2021/yutan-1.0.docx");
        sampleXml = documentXml(output);
        sample = WordprocessingMLPackage.load(output.toFile());
        numbered = WordprocessingMLPackage.load(project.output("numbered/yutan-1.0.docx").toFile());
        dated = WordprocessingMLPackage.load(project.output("dated/yutan-1.0.docx").toFile());
        TestProject snapshot = new TestProject(work.resolve("snapshot")).file("src/docgen/2021/yutan.yaml", yaml);
        snapshot.builder("1.1-SNAPSHOT").build().generate(ProgressListener.NONE);
        draft = WordprocessingMLPackage.load(snapshot.output("2021/yutan-1.1-SNAPSHOT.docx").toFile());
        TestProject withLevels = new TestProject(work.resolve("levels")).file("src/docgen/2021/yutan.yaml",
                yaml.substring(0, yaml.indexOf("\nproblems:")) + "\nproblems: |\n"
                        + "  一、总的问题。其余内容。\n\n"
                        + "  (二)半角括号的第二级。其余。\n\n"
                        + "  3.第三级没有句号\n  第二行。\n\n"
                        + "  （4）第四级。余下。\n\n"
                        + "  1.5亿元资金已到位。\n\n"
                        + "  \u3000\u3000普通段落。\n");
        withLevels.generate();
        levels = WordprocessingMLPackage.load(withLevels.output("2021/yutan-1.0.docx").toFile());
        outputs.addAll(List.of(output, project.output("numbered/yutan-1.0.docx"), project.output("dated/yutan-1.0.docx"),
                snapshot.output("2021/yutan-1.1-SNAPSHOT.docx"), withLevels.output("2021/yutan-1.0.docx")));
    }

    @Test
    void everyRenderedDocumentIsValidForWord() {
        assertEquals(5, outputs.size());
        outputs.forEach(TransitionalSchema::assertValid);
    }

    @Test
    void noTemplateTextIsLeft() {
        assertFalse(sampleXml.contains("${"), "an interpolation was left");
        assertFalse(sampleXml.contains("[#") || sampleXml.contains("[/#"), "a directive was left");
        assertFalse(sampleXml.contains("TemplateDirective"), "a directive paragraph was left");
    }

    @Test
    void titleNamesTheAgencyOverTheYear() {
        P title = paragraphs(sample).get(0);
        assertEquals("Title", title.getPPr().getPStyle().getVal());
        assertEquals("玉潭镇人民政府2021年政府信息公开工作年度报告", text(title));
        assertTrue(XmlUtils.marshaltoString(title).contains("<w:br/>"), "agency and report name on two lines");
    }

    @Test
    void snapshotBuildIsMarkedAsDraftAboveTheTitle() {
        P mark = paragraphs(draft).get(0);
        assertEquals("DraftMark", mark.getPPr().getPStyle().getVal());
        assertEquals("征求意见稿", text(mark));
        assertEquals("Title", paragraphs(draft).get(1).getPPr().getPStyle().getVal());
        assertTrue(paragraphs(sample).stream().noneMatch(p -> text(p).equals("征求意见稿")), "a release is no draft");
    }

    @Test
    void structuredParagraphsOpenWithTheirHeadingInTheLevelFont() {
        List<String> headings = new ArrayList<>();
        for (P paragraph : paragraphs(sample)) {
            // The heading runs of the other levels are left empty; the first run with text tells the level.
            R first = runs(paragraph).stream().filter(r -> !text(r).isEmpty()).findFirst().orElse(null);
            if (first != null && first.getRPr() != null && first.getRPr().getRStyle() != null) {
                headings.add(first.getRPr().getRStyle().getVal() + " " + text(first));
            }
        }
        assertEquals(List.of(
                "Level2Heading （一）加强组织领导。",
                "Level2Heading （二）强化制度建设。",
                "Level2Heading （三）拓宽公开内容。",
                "Level2Heading （四）创新工作方式。",
                "Level2Heading （一）存在的问题。",
                "Level2Heading （二）改进情况。"), headings);
        P first = paragraphs(sample).stream().filter(p -> text(p).startsWith("（一）加强组织领导。")).findFirst().orElseThrow();
        assertTrue(text(first).startsWith("（一）加强组织领导。为确保政务公开各项工作落到实处"), "the rest follows in body type");
    }

    @Test
    void eachLevelMarkerGetsItsFontAndOtherParagraphsStayBodyText() {
        List<P> all = paragraphs(levels);
        int from = all.indexOf(all.stream().filter(p -> text(p).equals("五、存在的主要问题及改进情况")).findFirst().orElseThrow());
        List<String> problems = new ArrayList<>();
        for (P paragraph : all.subList(from + 1, from + 7)) {
            String runs = runs(paragraph).stream().filter(r -> !text(r).isEmpty())
                    .map(r -> (r.getRPr() != null && r.getRPr().getRStyle() != null ? r.getRPr().getRStyle().getVal() : "body") + ":" + text(r))
                    .reduce((a, b) -> a + " + " + b).orElse("");
            problems.add(runs);
        }
        assertEquals(List.of(
                "Level1Heading:一、总的问题。 + body:其余内容。",
                "Level2Heading:(二)半角括号的第二级。 + body:其余。",
                "Level3Heading:3.第三级没有句号 + body:第二行。",
                "Level3Heading:（4）第四级。 + body:余下。",
                "body:1.5亿元资金已到位。",
                "body:普通段落。"), problems);
        assertTrue(XmlUtils.marshaltoString(all.get(from + 3)).contains("<w:br/>"), "a line break inside a paragraph stays one");
    }

    @Test
    void textSectionsKeepTheirParagraphs() {
        List<String> texts = paragraphs(sample).stream().map(GovInfoAnnual2021DocxTest::text).toList();
        int overview = texts.indexOf("一、总体情况");
        int proactive = texts.indexOf("二、主动公开政府信息情况");
        assertTrue(texts.get(overview + 1).startsWith("2021年，我镇深入学习领会党的十九大"));
        assertTrue(texts.get(overview + 5).startsWith("（四）创新工作方式。"));
        assertTrue(texts.contains("无其他需要报告的事项。"));
        assertTrue(texts.contains("根据《中华人民共和国政府信息公开条例》规定，现公布玉潭镇人民政府2021年政府信息公开工作年度报告。"));
        assertTrue(proactive > overview + 5);
    }

    @Test
    void sampleNumbersStandInTheirCells() {
        List<TableView> tables = TableView.all(sample.getMainDocumentPart().getContent());
        assertEquals(List.of("规章", "0", "0", "0"), tables.get(0).texts(2));
        assertEquals(List.of("行政事业性收费", "0"), tables.get(0).texts(13));
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"), tables.get(1).texts(3));
        assertEquals(List.of("", "（四）无法提供", "1.本机关不掌握相关政府信息", "1", "0", "0", "0", "0", "0", "1"), tables.get(1).texts(15));
        assertEquals(List.of("", "（七）总计", "1", "0", "0", "0", "0", "0", "1"), tables.get(1).texts(26));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"), tables.get(2).texts(3));
    }

    @Test
    void everyNumberOfTablesThreeAndFourStandsInItsOwnCell() {
        List<TableView> tables = TableView.all(numbered.getMainDocumentPart().getContent());
        assertEquals(List.of("规章", "101", "102", "103"), tables.get(0).texts(2));
        assertEquals(List.of("行政规范性文件", "201", "202", "203"), tables.get(0).texts(3));
        TableView applications = tables.get(1);
        for (int row = 1; row <= TABLE_THREE_ROWS; row++) {
            int k = TABLE_TWO_ROWS + row;
            List<String> texts = applications.texts(2 + row);
            List<String> expected = new ArrayList<>();
            for (int c = 1; c <= 7; c++) {
                expected.add(String.valueOf(k * 100 + c));
            }
            assertEquals(expected, texts.subList(texts.size() - 7, texts.size()), "table 三, row " + row);
        }
        List<String> expected = new ArrayList<>();
        for (int k = TABLE_TWO_ROWS + TABLE_THREE_ROWS + 1; k <= TABLE_TWO_ROWS + TABLE_THREE_ROWS + 3; k++) {
            for (int c = 1; c <= 5; c++) {
                expected.add(String.valueOf(k * 100 + c));
            }
        }
        assertEquals(expected, tables.get(2).texts(3), "table 四");
    }

    @Test
    void signatureCarriesTheUnpaddedDateOnlyWhenTheDataHasOne() {
        assertTrue(paragraphs(sample).stream().noneMatch(p -> isSignature(p)), "no 成文日期 in the sample");
        List<String> signature = paragraphs(dated).stream().filter(GovInfoAnnual2021DocxTest::isSignature)
                .map(GovInfoAnnual2021DocxTest::text).toList();
        assertEquals(List.of("玉潭镇人民政府", "2022年1月20日"), signature);
    }

    private static boolean isSignature(P paragraph) {
        return paragraph.getPPr() != null && paragraph.getPPr().getPStyle() != null
                && "Signature".equals(paragraph.getPPr().getPStyle().getVal());
    }

    /** The body's own paragraphs (not those inside table cells), in order. */
    private static List<P> paragraphs(WordprocessingMLPackage docx) {
        return docx.getMainDocumentPart().getContent().stream().filter(P.class::isInstance).map(P.class::cast).toList();
    }

    private static List<R> runs(P paragraph) {
        return paragraph.getContent().stream().filter(R.class::isInstance).map(R.class::cast).toList();
    }

    private static String text(Object content) {
        ClassFinder finder = new ClassFinder(Text.class);
        new TraversalUtil(content, finder);
        StringBuilder text = new StringBuilder();
        finder.results.forEach(t -> text.append(((Text) t).getValue()));
        return text.toString();
    }

    private static String documentXml(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml in " + docx);
    }
}
