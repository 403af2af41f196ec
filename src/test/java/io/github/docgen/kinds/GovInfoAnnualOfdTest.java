package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

import io.github.docgen.engine.ProgressListener;
import io.github.docgen.engine.TestProject;
import io.github.docgen.pdf.PdfPages;

/**
 * The built-in kinds' print template written as OFD through the engine, read back with ofdrw-reader
 * (a reader independent of the writer): as many pages as the PDF of the same build, each 210 × 297 mm;
 * the title, the headings and every number of tables 三 and 四 as text on the page the PDF has them;
 * every font file present, parseable, and mapping every character drawn with it; DocInfo from the
 * build; the same bytes from a second build in another time zone and locale.
 */
class GovInfoAnnualOfdTest {
    private static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    @TempDir
    static Path work;

    private static final Map<GovInfoAnnualFormat, byte[]> sampleOfd = new EnumMap<>(GovInfoAnnualFormat.class);
    private static final Map<GovInfoAnnualFormat, byte[]> samplePdf = new EnumMap<>(GovInfoAnnualFormat.class);
    private static final Map<GovInfoAnnualFormat, byte[]> numberedOfd = new EnumMap<>(GovInfoAnnualFormat.class);
    private static final Map<GovInfoAnnualFormat, byte[]> numberedPdf = new EnumMap<>(GovInfoAnnualFormat.class);
    private static final Map<GovInfoAnnualFormat, byte[]> rebuilt = new EnumMap<>(GovInfoAnnualFormat.class);
    private static final Map<GovInfoAnnualFormat, byte[]> release = new EnumMap<>(GovInfoAnnualFormat.class);

    @BeforeAll
    static void render() throws Exception {
        for (GovInfoAnnualFormat format : GovInfoAnnualFormat.values()) {
            String yaml = Files.readString(Path.of("templates", format.kind(), "sample.yaml"), StandardCharsets.UTF_8);
            TestProject project = new TestProject(work.resolve(format.kind()))
                    .file("src/docgen/sample.yaml", yaml)
                    .file("src/docgen/numbered.yaml", DistinctNumbers.numberEveryCell(yaml, format.tableRows()));
            generate(project, "1.0-SNAPSHOT");
            sampleOfd.put(format, Files.readAllBytes(project.output("sample-1.0-SNAPSHOT.ofd")));
            samplePdf.put(format, Files.readAllBytes(project.output("sample-1.0-SNAPSHOT.pdf")));
            numberedOfd.put(format, Files.readAllBytes(project.output("numbered-1.0-SNAPSHOT.ofd")));
            numberedPdf.put(format, Files.readAllBytes(project.output("numbered-1.0-SNAPSHOT.pdf")));
            generate(project, "1.0");
            release.put(format, Files.readAllBytes(project.output("sample-1.0.ofd")));

            // The same inputs again, in another time zone and in a locale that writes decimal commas.
            rebuilt.put(format, OtherMachine.run(TimeZone.getTimeZone("Pacific/Kiritimati"), Locale.GERMANY, () -> {
                TestProject again = new TestProject(work.resolve(format.kind() + "-again")).file("src/docgen/sample.yaml", yaml);
                generate(again, "1.0-SNAPSHOT");
                return Files.readAllBytes(again.output("sample-1.0-SNAPSHOT.ofd"));
            }));
        }
    }

    private static void generate(TestProject project, String version) throws Exception {
        project.builder(version).formats(List.of("pdf", "ofd")).systemFonts(false).build().generate(ProgressListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void asManyA4PagesAsThePdf(GovInfoAnnualFormat format) throws Exception {
        try (OFDReader ofd = new OFDReader(new ByteArrayInputStream(sampleOfd.get(format)));
             PDDocument pdf = Loader.loadPDF(samplePdf.get(format))) {
            assertTrue(pdf.getNumberOfPages() >= 2);
            assertEquals(pdf.getNumberOfPages(), ofd.getNumberOfPages());
            for (int page = 1; page <= ofd.getNumberOfPages(); page++) {
                ST_Box box = ofd.getPageSize(page);
                assertEquals(210, box.getWidth(), "page " + page + " width");
                assertEquals(297, box.getHeight(), "page " + page + " height");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void everyPageHoldsThePdfPagesText(GovInfoAnnualFormat format) throws Exception {
        try (OFDReader ofd = new OFDReader(new ByteArrayInputStream(sampleOfd.get(format)));
             PDDocument pdf = Loader.loadPDF(samplePdf.get(format))) {
            ContentExtractor extractor = new ContentExtractor(ofd);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertEquals(drawnText(pdf, page), String.join("", extractor.getPageContent(page)).replaceAll("\\s", ""),
                        "page " + page);
            }
            String all = String.join("", extractor.extractAll()).replaceAll("\\s", "");
            int at = all.indexOf(agency(format) + format.year() + "年政府信息公开工作年度报告");
            assertTrue(at >= 0, "the title");
            for (String heading : HEADINGS) {
                int next = all.indexOf(heading, at);
                assertTrue(next > at, heading + " after the one before it");
                at = next;
            }
        }
    }

    /** Every cell of the numbered copy holds its own number: row k has k01, k02, …; all must be there as text, in order. */
    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void everyNumberOfTablesThreeAndFourIsText(GovInfoAnnualFormat format) throws Exception {
        List<String> tableThree = DistinctNumbers.tableThree(format);
        List<String> tableFour = DistinctNumbers.tableFour(format);
        try (OFDReader ofd = new OFDReader(new ByteArrayInputStream(numberedOfd.get(format)));
             PDDocument pdf = Loader.loadPDF(numberedPdf.get(format))) {
            ContentExtractor extractor = new ContentExtractor(ofd);
            int three = pageOf(extractor, ofd.getNumberOfPages(), "三、收到和处理政府信息公开申请情况");
            int four = pageOf(extractor, ofd.getNumberOfPages(), "四、政府信息公开行政复议、行政诉讼情况");
            assertEquals(three, pdfPageOf(pdf, "三、收到和处理政府信息公开申请情况"), "table 三 on the PDF's page");
            assertEquals(four, pdfPageOf(pdf, "四、政府信息公开行政复议、行政诉讼情况"), "table 四 on the PDF's page");
            assertEquals(tableThree, numbersOf(extractor.getPageContent(three), tableThree), "table 三, page " + three);
            assertEquals(tableFour, numbersOf(extractor.getPageContent(four), tableFour), "table 四, page " + four);
        }
    }

    /** Table borders are paths: on the page of table 三, each with data inside its box, together spanning the type area. */
    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void tableBordersArePaths(GovInfoAnnualFormat format) throws Exception {
        try (OFDReader ofd = new OFDReader(new ByteArrayInputStream(numberedOfd.get(format)))) {
            int three = pageOf(new ContentExtractor(ofd), ofd.getNumberOfPages(), "三、收到和处理政府信息公开申请情况");
            List<org.dom4j.Node> paths = ofd.getPage(three).selectNodes("//*[local-name()='PathObject']");
            assertTrue(paths.size() >= 8 * 28, "a border for every cell: " + paths.size());
            double left = Double.MAX_VALUE;
            double right = 0;
            for (org.dom4j.Node node : paths) {
                org.dom4j.Element path = (org.dom4j.Element) node;
                String[] box = path.attributeValue("Boundary").split(" ");
                String data = path.selectSingleNode("*[local-name()='AbbreviatedData']").getText();
                assertTrue(data.startsWith("M "), "path data: " + data);
                for (String token : data.split(" ")) {
                    if (token.matches("-?[0-9.]+")) {
                        double value = Double.parseDouble(token);
                        assertTrue(value >= -0.01 && value <= Math.max(Double.parseDouble(box[2]), Double.parseDouble(box[3])) + 0.01,
                                token + " inside " + String.join(" ", box));
                    }
                }
                left = Math.min(left, Double.parseDouble(box[0]));
                right = Math.max(right, Double.parseDouble(box[0]) + Double.parseDouble(box[2]));
            }
            assertEquals(28, left, 0.5, "the table's left border at the type area's left edge");
            assertEquals(210 - 26, right, 0.5, "its right border at the type area's right edge");
        }
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void everyFontIsATrueTypeSubsetMappingEveryCharacterDrawnWithIt(GovInfoAnnualFormat format) throws Exception {
        try (OFDReader ofd = new OFDReader(new ByteArrayInputStream(sampleOfd.get(format)))) {
            Map<String, StringBuilder> drawn = new HashMap<>();
            for (TextObject text : new ContentExtractor(ofd).extractAllTextObject()) {
                StringBuilder chars = drawn.computeIfAbsent(text.getFont().getRefId().toString(), id -> new StringBuilder());
                text.getTextCodes().stream().map(TextCode::getContent).forEach(chars::append);
            }
            List<CT_Font> fonts = ofd.getResMgt().getFonts();
            assertEquals(4, fonts.size(), "the four shipped faces the print template uses");
            assertEquals(drawn.keySet(), Set.copyOf(fonts.stream().map(f -> f.getID().toString()).toList()), "every font used, and only those");
            for (CT_Font font : fonts) {
                Path file = ofd.getResourceLocator().getFile(font.getFontFile());
                assertTrue(Files.isRegularFile(file), font.getFontName() + ": " + file);
                byte[] bytes = Files.readAllBytes(file);
                assertTrue(bytes.length < 600_000, font.getFontName() + " is a subset: " + bytes.length + " bytes");
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                    assertNotNull(ttf.getGlyph(), "TrueType outlines");
                    CmapLookup cmap = ttf.getUnicodeCmapLookup();
                    String chars = drawn.get(font.getID().toString()).toString();
                    chars.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c ->
                            assertTrue(cmap.getGlyphId(c) > 0, font.getFontName() + " maps U+" + Integer.toHexString(c)));
                    assertEquals(font.getFontName(), ttf.getName());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void docInfoComesFromTheBuild(GovInfoAnnualFormat format) throws Exception {
        try (OFDReader ofd = new OFDReader(new ByteArrayInputStream(sampleOfd.get(format)))) {
            CT_DocInfo info = ofd.getOFDDir().getOfd().getDocBody().getDocInfo();
            assertEquals(agency(format) + format.year() + "年政府信息公开工作年度报告", info.getTile());
            assertNotNull(info.getCreationDate());
            assertEquals(32, info.getDocID().length(), info.getDocID());
            Map<String, String> custom = new HashMap<>();
            info.getCustomDatas().getCustomDatas().forEach(d -> custom.put(d.getDataName(), d.getValue()));
            assertEquals("1.0-SNAPSHOT", custom.get("version"));
            assertEquals("sample.yaml", custom.get("source"));
            assertEquals(format.kind(), custom.get("kind"));
            assertEquals("draft", custom.get("status"));
        }
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void twoBuildsGiveTheSameBytes(GovInfoAnnualFormat format) {
        assertArrayEquals(sampleOfd.get(format), rebuilt.get(format));
        assertFalse(java.util.Arrays.equals(sampleOfd.get(format), release.get(format)), "another version, another document");
    }

    /** The PDF page's text in the order it is drawn, as an OFD's text objects hold it; no white space. */
    private static String drawnText(PDDocument pdf, int page) throws Exception {
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setSortByPosition(false);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s", "");
    }

    private static int pageOf(ContentExtractor extractor, int pages, String heading) {
        for (int page = 1; page <= pages; page++) {
            if (String.join("", extractor.getPageContent(page)).replaceAll("\\s", "").contains(heading)) {
                return page;
            }
        }
        throw new AssertionError(heading + " not found");
    }

    private static int pdfPageOf(PDDocument pdf, String heading) throws Exception {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (PdfPages.text(pdf, page).replaceAll("\\s", "").contains(heading)) {
                return page;
            }
        }
        throw new AssertionError(heading + " not found in the PDF");
    }

    /** The numbers of {@code wanted} found in the page's text objects, in the order they are drawn. */
    private static List<String> numbersOf(List<String> texts, List<String> wanted) {
        Set<String> set = Set.copyOf(wanted);
        List<String> found = new ArrayList<>();
        Matcher number = Pattern.compile("(?<![0-9.])[0-9]+(?![0-9.])").matcher(String.join(" ", texts));
        while (number.find()) {
            if (set.contains(number.group())) {
                found.add(number.group());
            }
        }
        return found;
    }

    private static String agency(GovInfoAnnualFormat format) throws Exception {
        Matcher agency = Pattern.compile("(?m)^agency: (\\S+)").matcher(
                Files.readString(Path.of("templates", format.kind(), "sample.yaml"), StandardCharsets.UTF_8));
        assertTrue(agency.find());
        return agency.group(1);
    }
}
