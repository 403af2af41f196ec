package io.github.docgen.docx;

import static io.github.docgen.docx.DocxFixture.p;
import static io.github.docgen.docx.DocxFixture.r;
import static io.github.docgen.docx.WordTemplates.model;
import static io.github.docgen.docx.WordTemplates.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What data does when it lands in a Word run: always text, never markup; line breaks and tabs
 * as Word's own elements in the same run; characters XML cannot carry replaced by U+FFFD.
 */
class WordValuesTest {
    private static final byte[] ONE_VALUE = DocxFixture.body(p("<w:r><w:rPr><w:b/></w:rPr><w:t>[${v}]</w:t></w:r>")).zip();

    private static String rendered(Object value) throws Exception {
        return render(ONE_VALUE, model("v", value)).bodyParagraphs().get(0);
    }

    @Test
    void markupInAValueIsText() throws Exception {
        assertEquals("[</w:t><w:p>x]", rendered("</w:t><w:p>x"));
        assertEquals("[a ]]> & b <![CDATA[c]", rendered("a ]]> & b <![CDATA[c"));
        assertEquals("[\"quoted\" 'single' <script>]", rendered("\"quoted\" 'single' <script>"));
    }

    @Test
    void freemarkerInAValueIsPrintedNotRun() throws Exception {
        assertEquals("[${7*7} [#assign x=1] [=x]]", rendered("${7*7} [#assign x=1] [=x]"));
    }

    @Test
    void aNewlineBecomesALineBreakAndATabATabInTheSameRun() throws Exception {
        RenderedDocx out = render(ONE_VALUE, model("v", "line 1\nline 2\r\nline 3\tend"));

        assertEquals(List.of("[line 1\nline 2\nline 3\tend]"), out.bodyParagraphs());
        List<Element> runs = RenderedDocx.elements(out.xml("word/document.xml"), "r");
        assertEquals(1, runs.size(), "the breaks stay inside the bold run");
        assertEquals(2, RenderedDocx.elements(runs.get(0), "br").size());
        assertEquals(1, RenderedDocx.elements(runs.get(0), "tab").size());
        for (Element t : RenderedDocx.elements(runs.get(0), "t")) {
            assertEquals("preserve", t.getAttribute("xml:space"));
        }
    }

    @Test
    void charactersXmlForbidsBecomeTheReplacementCharacter() throws Exception {
        String hostile = "a\u0000b\u0001c\u000Bd\u000Ce\u001Ff\uD800g\uDC00h\uFFFEi\uFFFFj";

        assertEquals("[a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj]", rendered(hostile));
        assertEquals("[\uD83D\uDE00 \u4E2D]", rendered("\uD83D\uDE00 \u4E2D"), "a valid surrogate pair is kept");
    }

    @Test
    void numbersPrintAsWritten() throws Exception {
        assertEquals("[1808595]", rendered(1808595L));
        assertEquals("[59237.2449]", rendered(new BigDecimal("59237.2449")));
        assertEquals("[1.10]", rendered(new BigDecimal("1.10")));
    }

    @Test
    void everyTextElementHoldingAValueKeepsItsSpaces() throws Exception {
        RenderedDocx out = render(DocxFixture.body(p("<w:r><w:t>${a}</w:t></w:r>")).zip(), model("a", "  padded  "));

        assertEquals(List.of("  padded  "), out.bodyParagraphs());
        String xml = new String(out.entries.get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<w:t xml:space=\"preserve\">  padded  </w:t>"), xml);
        assertFalse(xml.contains("FreeMarker"), xml);
    }

    @Test
    void aMissingValueNamesTheParagraphNotTheGeneratedSource() {
        byte[] docx = DocxFixture.body(p(r("a")), p(r("Total: ${tot"), r("al.count}"))).zip();

        io.github.docgen.diagnostic.DocgenException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.docgen.diagnostic.DocgenException.class, () -> render(docx, model()));

        assertEquals("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 2: The following has evaluated to null"
                + " or missing: in total (in ${total.count})", e.getMessage());
    }

    @Test
    void aCapturedBlockIsPrintedWithoutBeingEscapedTwice() throws Exception {
        byte[] docx = DocxFixture.body(p(r("[#assign greeting]Hello ${name}[/#assign]${greeting}! ${greeting}"))).zip();

        assertEquals(List.of("Hello <Ann & Bob>! Hello <Ann & Bob>"), render(docx, model("name", "<Ann & Bob>")).bodyParagraphs());
    }

    /** Any UTF-16 string at all — control characters, lone surrogates, markup — leaves the part well-formed. */
    @Test
    void anyStringKeepsThePartWellFormed() throws Exception {
        io.github.docgen.render.CompiledTemplate template = WordTemplates.compile(ONE_VALUE);
        java.util.Random random = new java.util.Random(20261127);
        String alphabet = "<>&\"']]\u0000\u0001\t\n\r\u000B\uD800\uDC00\uFFFE\uFFFF\u00E9\u4E2D${}[#]";
        for (int i = 0; i < 300; i++) {
            StringBuilder value = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                value.append(random.nextBoolean() ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) random.nextInt(0x10000));
            }
            String text = render(template, model("v", value.toString())).bodyParagraphs().get(0); // parses the part
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                boolean paired = Character.isHighSurrogate(c) ? k + 1 < text.length() && Character.isLowSurrogate(text.charAt(++k))
                        : !Character.isLowSurrogate(c);
                assertTrue(paired && (c >= 0x20 || c == '\n' || c == '\t') && c != 0xFFFE && c != 0xFFFF,
                        "U+" + Integer.toHexString(c) + " in " + text);
            }
        }
    }

    @Test
    void aLoopThatWritesNothingIsStoppedByTheTimeLimit() throws Exception {
        byte[] docx = DocxFixture.body(p(r("[#list 1..999999999 as i][#assign x = i][/#list]done"))).zip();
        io.github.docgen.kind.ReportKind kind = new io.github.docgen.kind.ReportKind("memo", "templates/memo", java.util.Map.of("report.docx", docx));
        io.github.docgen.render.CompiledTemplate template = new DocxTemplateCompiler(
                new io.github.docgen.render.RenderLimits(1_000_000, 500)).compile(kind, io.github.docgen.kind.KindTemplate.of("report.docx").orElseThrow(),
                io.github.docgen.render.HardenedFreemarker.forKind(kind));

        long start = System.nanoTime();
        io.github.docgen.diagnostic.DocgenException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.docgen.diagnostic.DocgenException.class, () -> render(template, model()));

        assertEquals("templates/memo/report.docx: LIMIT rendering took longer than the time limit of 500 ms", e.getMessage());
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    @Test
    void theOutputCapHoldsForTheWholeDocument() throws Exception {
        byte[] docx = DocxFixture.body(p(r("${big}"))).header(p(r("${big}"))).zip();
        io.github.docgen.kind.ReportKind kind = new io.github.docgen.kind.ReportKind("memo", "templates/memo", java.util.Map.of("report.docx", docx));
        io.github.docgen.render.CompiledTemplate template = new DocxTemplateCompiler(
                new io.github.docgen.render.RenderLimits(3_000, 60_000)).compile(kind, io.github.docgen.kind.KindTemplate.of("report.docx").orElseThrow(),
                io.github.docgen.render.HardenedFreemarker.forKind(kind));
        String big = "x".repeat(1_500); // each part stays under 3,000 characters, the two together do not

        io.github.docgen.diagnostic.DocgenException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.docgen.diagnostic.DocgenException.class, () -> render(template, model("big", big)));

        assertEquals("templates/memo/report.docx: LIMIT word/header1.xml: the output is larger than the limit of "
                + "3000 characters", e.getMessage().replaceAll("limit of \\d+", "limit of 3000"));
    }
}
