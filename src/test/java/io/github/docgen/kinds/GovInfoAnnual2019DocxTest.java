package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.docx4j.TraversalUtil;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.engine.ProgressListener;
import io.github.docgen.engine.TestProject;
import io.github.docgen.wordml.DocxEntries;
import io.github.docgen.wordml.TableView;
import io.github.docgen.wordml.TransitionalSchema;

/**
 * The built-in kind {@code gov-info-annual-2019} rendered to Word through the engine: the sample's
 * numbers as written (本年增/减 negative, 采购总金额 a decimal), and every number of tables 二, 三
 * and 四 in its own cell, checked with a copy of the sample in which every cell holds a different
 * number.
 */
class GovInfoAnnual2019DocxTest {
    private static final Path SAMPLE = Path.of("templates/gov-info-annual-2019/sample.yaml");
    /** The data's table rows: table 二's 8 (each a map of its columns), table 三's 23, table 四's 3. */
    private static final int TABLE_TWO_ROWS = GovInfoAnnualFormat.FORMAT_2019.tableTwoRows();
    private static final int TABLE_THREE_ROWS = GovInfoAnnualFormat.FORMAT_2019.tableThreeRows();
    /** Where data row k of table 二 stands in the Word table: after each block's title and column header rows. */
    private static final int[] TABLE_TWO_ROW_INDEX = {2, 3, 6, 7, 10, 11, 14, 17};

    @TempDir
    static Path work;

    private static String sampleXml;
    private static WordprocessingMLPackage sample;
    private static WordprocessingMLPackage numbered;
    /** Every document rendered above, and the sample as a -SNAPSHOT build renders it (marked draft). */
    private static final List<Path> outputs = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        String yaml = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        TestProject project = new TestProject(work)
                .file("src/docgen/2019/sample.yaml", yaml)
                .file("src/docgen/numbered/sample.yaml", DistinctNumbers.numberEveryCell(yaml, GovInfoAnnualFormat.FORMAT_2019.tableRows()));
        project.generate();
        Path output = project.output("2019/sample-1.0.docx");
        Map<String, String> entries = DocxEntries.of(Files.readAllBytes(output));
        sampleXml = entries.entrySet().stream().filter(e -> e.getKey().startsWith("word/document.xml "))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        sample = WordprocessingMLPackage.load(output.toFile());
        numbered = WordprocessingMLPackage.load(project.output("numbered/sample-1.0.docx").toFile());
        TestProject snapshot = new TestProject(work.resolve("snapshot")).file("src/docgen/2019/sample.yaml", yaml);
        snapshot.builder("1.1-SNAPSHOT").build().generate(ProgressListener.NONE);
        outputs.addAll(List.of(output, project.output("numbered/sample-1.0.docx"), snapshot.output("2019/sample-1.1-SNAPSHOT.docx")));
    }

    @Test
    void everyRenderedDocumentIsValidForWord() {
        assertEquals(3, outputs.size());
        outputs.forEach(TransitionalSchema::assertValid);
    }

    @Test
    void noTemplateTextIsLeft() {
        assertFalse(sampleXml.contains("${"), "an interpolation was left");
        assertFalse(sampleXml.contains("[#") || sampleXml.contains("[/#"), "a directive was left");
        assertFalse(sampleXml.contains("TemplateDirective"), "a directive paragraph was left");
    }

    @Test
    void titleAndSignatureNameTheAgency() {
        List<P> paragraphs = paragraphs(sample);
        assertEquals("示例县人民政府（样例）2019年政府信息公开工作年度报告", text(paragraphs.get(0)));
        assertEquals(List.of("示例县人民政府（样例）", "2020年3月20日"), paragraphs.stream()
                .filter(p -> p.getPPr() != null && p.getPPr().getPStyle() != null && "Signature".equals(p.getPPr().getPStyle().getVal()))
                .map(GovInfoAnnual2019DocxTest::text).toList());
    }

    @Test
    void sampleNumbersStandInTheirCellsAsWritten() {
        List<TableView> tables = TableView.all(sample.getMainDocumentPart().getContent());
        TableView proactive = tables.get(0);
        assertEquals(List.of("规范性文件", "6", "6", "48"), proactive.texts(3));
        assertEquals(List.of("行政许可", "312", "-5", "2841"), proactive.texts(6));
        assertEquals(List.of("行政事业性收费", "21", "-2"), proactive.texts(14));
        assertEquals(List.of("政府集中采购", "57", "3862.47"), proactive.texts(17));
        assertEquals(List.of("", "（六）其他处理", "1", "0", "0", "0", "0", "0", "1"), tables.get(1).texts(23));
        assertEquals(List.of("", "（七）总计", "44", "2", "0", "1", "2", "0", "49"), tables.get(1).texts(24));
        assertEquals(List.of("2", "1", "0", "0", "3", "1", "0", "0", "1", "2", "0", "0", "0", "0", "0"), tables.get(2).texts(3));
    }

    @Test
    void everyNumberOfTheThreeTablesStandsInItsOwnCell() {
        List<TableView> tables = TableView.all(numbered.getMainDocumentPart().getContent());
        for (int k = 1; k <= TABLE_TWO_ROWS; k++) {
            List<String> texts = tables.get(0).texts(TABLE_TWO_ROW_INDEX[k - 1]);
            assertEquals(cells(k, texts.size() - 1), texts.subList(1, texts.size()), "table 二, data row " + k + ": " + texts.get(0));
        }
        assertEquals(3 + TABLE_THREE_ROWS, tables.get(1).rows().size());
        for (int row = 1; row <= TABLE_THREE_ROWS; row++) {
            List<String> texts = tables.get(1).texts(2 + row);
            assertEquals(cells(TABLE_TWO_ROWS + row, 7), texts.subList(texts.size() - 7, texts.size()), "table 三, row " + row);
        }
        List<String> expected = new ArrayList<>();
        for (int k = TABLE_TWO_ROWS + TABLE_THREE_ROWS + 1; k <= TABLE_TWO_ROWS + TABLE_THREE_ROWS + 3; k++) {
            expected.addAll(cells(k, 5));
        }
        assertEquals(expected, tables.get(2).texts(3), "table 四");
    }

    /** What {@link DistinctNumbers} writes into data row k: k01 … */
    private static List<String> cells(int k, int count) {
        List<String> cells = new ArrayList<>();
        for (int c = 1; c <= count; c++) {
            cells.add(String.valueOf(k * 100 + c));
        }
        return cells;
    }

    /** The body's own paragraphs (not those inside table cells), in order. */
    private static List<P> paragraphs(WordprocessingMLPackage docx) {
        return docx.getMainDocumentPart().getContent().stream().filter(P.class::isInstance).map(P.class::cast).toList();
    }

    private static String text(Object content) {
        ClassFinder finder = new ClassFinder(Text.class);
        new TraversalUtil(content, finder);
        StringBuilder text = new StringBuilder();
        finder.results.forEach(t -> text.append(((Text) t).getValue()));
        return text.toString();
    }
}
