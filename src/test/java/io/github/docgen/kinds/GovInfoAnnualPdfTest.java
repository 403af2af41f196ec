package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import io.github.docgen.engine.ProgressListener;
import io.github.docgen.engine.TestProject;
import io.github.docgen.pdf.PdfPages;
import io.github.docgen.pdf.VeraPdf;

/**
 * The built-in kinds' print template rendered to PDF through the engine, with the fonts shipped with
 * the plugin (system folders not searched, so every machine lays out the same): what a reader of the
 * PDF finds (title, headings, every number of tables 三 and 四 in reading order), the GB/T 9704 page
 * (A4, 28 characters × 22 lines, "— N —" right on odd pages and left on even ones, 成文日期 right),
 * embedded subset fonts, PDF/A-3a as veraPDF validates it, and the same bytes from two builds.
 */
class GovInfoAnnualPdfTest {
    private static final float MM = 72f / 25.4f;
    private static final float PAGE_WIDTH = 210 * MM;
    private static final float TYPE_AREA_LEFT = 28 * MM;
    private static final float TYPE_AREA_RIGHT = (210 - 26) * MM;
    private static final float TYPE_AREA_TOP = 37 * MM;
    private static final float TYPE_AREA_BOTTOM = (297 - 35) * MM;
    private static final String CLOSING = "，。、；：？！）》”";
    private static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    @TempDir
    static Path work;

    private static final Map<GovInfoAnnualFormat, byte[]> sample = new EnumMap<>(GovInfoAnnualFormat.class);
    private static final Map<GovInfoAnnualFormat, byte[]> numbered = new EnumMap<>(GovInfoAnnualFormat.class);
    private static final Map<GovInfoAnnualFormat, byte[]> release = new EnumMap<>(GovInfoAnnualFormat.class);
    private static final Map<GovInfoAnnualFormat, byte[]> rebuilt = new EnumMap<>(GovInfoAnnualFormat.class);
    private static final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        for (GovInfoAnnualFormat format : GovInfoAnnualFormat.values()) {
            String published = Files.readString(Path.of("templates", format.kind(), "sample.yaml"), StandardCharsets.UTF_8);
            String yaml = published.contains("\ndate:") ? published.replaceFirst("\ndate: [0-9-]+", "\ndate: 2022-01-20")
                    : published.replace("\nintro:", "\ndate: 2022-01-20\nintro:");
            TestProject project = new TestProject(work.resolve(format.kind()))
                    .file("src/docgen/sample.yaml", yaml)
                    .file("src/docgen/numbered.yaml", DistinctNumbers.numberEveryCell(yaml, format.tableRows()));
            generate(project, "1.0-SNAPSHOT");
            sample.put(format, Files.readAllBytes(project.output("sample-1.0-SNAPSHOT.pdf")));
            numbered.put(format, Files.readAllBytes(project.output("numbered-1.0-SNAPSHOT.pdf")));
            generate(project, "1.0");
            release.put(format, Files.readAllBytes(project.output("sample-1.0.pdf")));

            // The same inputs again, in another JVM-wide time zone, locale and default encoding of the data.
            rebuilt.put(format, OtherMachine.run(TimeZone.getTimeZone("Pacific/Kiritimati"), Locale.forLanguageTag("tr-TR"), () -> {
                TestProject again = new TestProject(work.resolve(format.kind() + "-again")).file("src/docgen/sample.yaml", yaml);
                generate(again, "1.0-SNAPSHOT");
                return Files.readAllBytes(again.output("sample-1.0-SNAPSHOT.pdf"));
            }));
        }
    }

    private static void generate(TestProject project, String version) throws Exception {
        project.builder(version).formats(List.of("pdf")).systemFonts(false).warnings(warnings::add).build()
                .generate(ProgressListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void titleAndTheSixHeadingsReadInOrder(GovInfoAnnualFormat format) throws Exception {
        String title = agency(format) + format.year() + "年政府信息公开工作年度报告";
        try (PDDocument pdf = Loader.loadPDF(sample.get(format))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            int at = text.indexOf(title);
            assertTrue(at >= 0, "the title, agency over report name");
            for (String heading : HEADINGS) {
                int next = text.indexOf(heading, at);
                assertTrue(next > at, heading + " after the one before it");
                at = next;
            }
            assertEquals(title, pdf.getDocumentInformation().getTitle());
            assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
        }
    }

    /** Every cell of the numbered copy holds its own number: row k has k01, k02, …; they must read row by row, left to right. */
    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void everyNumberOfTablesThreeAndFourReadsInOrder(GovInfoAnnualFormat format) throws Exception {
        List<String> tableThree = DistinctNumbers.tableThree(format);
        List<String> tableFour = DistinctNumbers.tableFour(format);
        try (PDDocument pdf = Loader.loadPDF(numbered.get(format))) {
            int three = pageOf(pdf, "三、收到和处理政府信息公开申请情况");
            int four = pageOf(pdf, "四、政府信息公开行政复议、行政诉讼情况");
            assertEquals(tableThree, numbersOf(PdfPages.text(pdf, three), tableThree), "table 三, all on page " + three);
            assertEquals(tableFour, numbersOf(PdfPages.text(pdf, four), tableFour), "table 四, all on page " + four);
        }
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void everyFontIsEmbeddedAsASubset(GovInfoAnnualFormat format) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(sample.get(format))) {
            Set<String> fonts = new java.util.TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
                    fonts.add(font.getName().substring(7));
                }
            }
            assertEquals(Set.of("LXGWWenKai-Regular", "NotoSansSC-Medium", "NotoSerifSC-Bold", "NotoSerifSC-Regular"), fonts);
        }
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void pagesAreA4WithPageNumbersRightOnOddAndLeftOnEvenPages(GovInfoAnnualFormat format) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(sample.get(format))) {
            assertTrue(pdf.getNumberOfPages() >= 4, "pages: " + pdf.getNumberOfPages());
            for (PDPage page : pdf.getPages()) {
                assertEquals(595.28f, page.getMediaBox().getWidth(), 0.5f);
                assertEquals(841.89f, page.getMediaBox().getHeight(), 0.5f);
            }
            List<PdfPages.Line> footers = PdfPages.lines(pdf).stream().filter(l -> l.text().matches("— \\d+ —")).toList();
            assertEquals(pdf.getNumberOfPages(), footers.size(), "one page number per page");
            for (PdfPages.Line footer : footers) {
                assertEquals("— " + footer.page() + " —", footer.text());
                float oneCharacter = 14;
                if (footer.page() % 2 == 1) {
                    assertEquals(TYPE_AREA_RIGHT - oneCharacter, footer.right(), 2, "odd page " + footer.page() + ": right, one character in");
                } else {
                    assertEquals(TYPE_AREA_LEFT + oneCharacter, footer.left(), 2, "even page " + footer.page() + ": left, one character in");
                }
                // The dashes (centred 0.38 em above the baseline in a CJK font) 7 mm below the type area.
                assertEquals(TYPE_AREA_BOTTOM + 7 * MM, footer.baseline() - 0.38f * 14, 2, "page " + footer.page() + ": 7 mm under the type area");
            }
        }
    }

    /**
     * A full page of body text (page 2 of the 2021 sample; the 2019 sample's text is shorter than a
     * page): 22 lines, 28 characters on each full line, within the type area.
     */
    @org.junit.jupiter.api.Test
    void aBodyPageHolds22LinesOf28Characters() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(sample.get(GovInfoAnnualFormat.FORMAT_2021))) {
            List<PdfPages.Line> body = PdfPages.lines(pdf).stream()
                    .filter(l -> l.page() == 2 && l.baseline() < TYPE_AREA_BOTTOM).toList();
            assertEquals(22, body.size(), "lines on page 2");
            // A line of full-width characters only (no digits or Latin letters, which are half as wide) holds 28.
            List<PdfPages.Line> fullWidth = body.stream().filter(l -> l.text().chars().allMatch(c -> c >= 0x3000)
                    && l.right() > TYPE_AREA_RIGHT - 1).toList();
            assertTrue(fullWidth.size() >= 8, "full lines of full-width characters: " + fullWidth.size());
            for (PdfPages.Line line : fullWidth) {
                int indent = line.left() > TYPE_AREA_LEFT + 1 ? 2 : 0;
                assertEquals(28 - indent, line.text().length(), "28 characters a line: " + line);
            }
            for (PdfPages.Line line : body) {
                assertTrue(line.left() >= TYPE_AREA_LEFT - 0.5f && line.right() <= TYPE_AREA_RIGHT + 0.5f, "inside the type area: " + line);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void noLineStartsWithClosingPunctuation(GovInfoAnnualFormat format) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(sample.get(format))) {
            for (PdfPages.Line line : PdfPages.lines(pdf)) {
                assertFalse(!line.text().isEmpty() && CLOSING.indexOf(line.text().charAt(0)) >= 0, "a line starts with punctuation: " + line);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void draftMarkAndDateOfWriting(GovInfoAnnualFormat format) throws Exception {
        try (PDDocument draft = Loader.loadPDF(sample.get(format)); PDDocument finished = Loader.loadPDF(release.get(format))) {
            PdfPages.Line mark = PdfPages.lines(draft).stream().filter(l -> l.text().equals("征求意见稿")).findFirst().orElseThrow();
            assertEquals(1, mark.page());
            assertEquals(TYPE_AREA_RIGHT, mark.right(), 2, "征求意见稿 at the right edge");
            assertTrue(PdfPages.lines(finished).stream().noneMatch(l -> l.text().contains("征求意见稿")), "a release is no draft");
            List<PdfPages.Line> lines = PdfPages.lines(finished);
            PdfPages.Line date = lines.stream().filter(l -> l.text().equals("2022年1月20日")).findFirst().orElseThrow();
            assertEquals(TYPE_AREA_RIGHT - 4 * 15.79f, date.right(), 2, "成文日期 right-aligned, four characters in");
        }
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void isPdfA3aAsVeraPdfValidatesIt(GovInfoAnnualFormat format) throws Exception {
        assertEquals(List.of(), VeraPdf.failures(sample.get(format), PDFAFlavour.PDFA_3_A));
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void twoBuildsGiveTheSameBytes(GovInfoAnnualFormat format) {
        assertArrayEquals(sample.get(format), rebuilt.get(format));
        assertFalse(java.util.Arrays.equals(sample.get(format), release.get(format)), "another version, another document");
    }

    @ParameterizedTest
    @EnumSource(GovInfoAnnualFormat.class)
    void shippedFontsAreNamedOnceEachInWarnings(GovInfoAnnualFormat format) {
        for (String family : List.of("仿宋", "方正小标宋简体", "黑体", "楷体", "宋体")) {
            assertTrue(warnings.stream().anyMatch(w -> w.startsWith("no font for " + family + " (")), family + " falls back with a warning");
        }
    }

    private static String agency(GovInfoAnnualFormat format) throws Exception {
        Matcher agency = Pattern.compile("(?m)^agency: (\\S+)").matcher(
                Files.readString(Path.of("templates", format.kind(), "sample.yaml"), StandardCharsets.UTF_8));
        assertTrue(agency.find());
        return agency.group(1);
    }

    private static int pageOf(PDDocument pdf, String heading) throws Exception {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (PdfPages.text(pdf, page).replaceAll("\\s", "").contains(heading)) {
                return page;
            }
        }
        throw new AssertionError(heading + " not found");
    }

    /** The numbers of {@code wanted} found in {@code text}, in the order they read. */
    private static List<String> numbersOf(String text, List<String> wanted) {
        Set<String> set = Set.copyOf(wanted);
        List<String> found = new ArrayList<>();
        Matcher number = Pattern.compile("(?<![0-9.])[0-9]+(?![0-9.])").matcher(text);
        while (number.find()) {
            if (set.contains(number.group())) {
                found.add(number.group());
            }
        }
        return found;
    }
}
