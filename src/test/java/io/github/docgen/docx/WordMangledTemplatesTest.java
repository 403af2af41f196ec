package io.github.docgen.docx;

import static io.github.docgen.docx.DocxFixture.bold;
import static io.github.docgen.docx.DocxFixture.p;
import static io.github.docgen.docx.DocxFixture.r;
import static io.github.docgen.docx.DocxFixture.table;
import static io.github.docgen.docx.DocxFixture.tc;
import static io.github.docgen.docx.DocxFixture.tr;
import static io.github.docgen.docx.WordTemplates.model;
import static io.github.docgen.docx.WordTemplates.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Templates as Word stores them after a maintainer typed FreeMarker into them: tags split over
 * runs by spell-check marks, revision ids, bookmarks and formatting, and typographic quotes.
 * Each test checks the text a reader of the rendered document sees.
 */
@SuppressWarnings("unchecked")
class WordMangledTemplatesTest {

    @Test
    void interpolationSplitOverThreeRunsWithRevisionIds() throws Exception {
        byte[] docx = DocxFixture.body(p(r("Agency: "), r("$"), r("{agen"), r("cy}"), r(", year "), r("${year}"))).zip();

        RenderedDocx out = render(docx, model("agency", "玉潭镇人民政府", "year", 2021));

        assertEquals(List.of("Agency: 玉潭镇人民政府, year 2021"), out.bodyParagraphs());
    }

    @Test
    void spellCheckMarkAndBookmarkInsideATag() throws Exception {
        byte[] docx = DocxFixture.body(p(r("Total: ${to"), "<w:proofErr w:type=\"spellStart\"/>", r("tal"),
                "<w:proofErr w:type=\"spellEnd\"/>", "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/>", r(".va"),
                "<w:bookmarkEnd w:id=\"0\"/>", r("lue}"), "<w:r><w:lastRenderedPageBreak/><w:t> applications</w:t></w:r>")).zip();

        RenderedDocx out = render(docx, model("total", Map.of("value", 1808595)));

        assertEquals(List.of("Total: 1808595 applications"), out.bodyParagraphs());
    }

    @Test
    void boldLetterInsideAnIfDirective() throws Exception {
        byte[] docx = DocxFixture.body(p(r("Status: [#i"), bold("f"), r(" open]open[#else]closed[/#if]."))).zip();

        assertEquals(List.of("Status: open."), render(docx, model("open", true)).bodyParagraphs());
        assertEquals(List.of("Status: closed."), render(docx, model("open", false)).bodyParagraphs());
    }

    @Test
    void smartQuotesInsideExpressionsAreStraightenedButNotInText() throws Exception {
        byte[] docx = DocxFixture.body(p(r("\u201CPublished\u201D: ${published?string(\u201Cyes\u201D,\u201Cno\u201D)}, "),
                r("${note!\u2018none\u2019}"))).zip();

        RenderedDocx out = render(docx, model("published", true));

        assertEquals(List.of("\u201CPublished\u201D: yes, none"), out.bodyParagraphs());
    }

    @Test
    void aDirectiveAloneInItsParagraphMakesTheParagraphsBetweenConditional() throws Exception {
        byte[] docx = DocxFixture.body(p(r("Before")), p(r("[#if "), r("appeals > 0]")), p(r("There were ${appeals} appeals.")),
                p(r("They were all heard.")), p(r("[/#if]")), p(r("After"))).zip();

        assertEquals(List.of("Before", "There were 3 appeals.", "They were all heard.", "After"),
                render(docx, model("appeals", 3)).bodyParagraphs());
        assertEquals(List.of("Before", "After"), render(docx, model("appeals", 0)).bodyParagraphs());
    }

    @Test
    void aListAloneInItsParagraphRepeatsTheParagraphsPerItem() throws Exception {
        byte[] docx = DocxFixture.body(p(r("Measures:")), p(r("[#list measures as m]")), p(r("${m?counter}. ${m.name}")),
                p(r("[#sep]")), p(r("—")), p(r("[/#list]")), p(r("End"))).zip();

        RenderedDocx out = render(docx, model("measures", List.of(Map.of("name", "Open data"), Map.of("name", "Hotline"))));

        assertEquals(List.of("Measures:", "1. Open data", "—", "2. Hotline", "End"), out.bodyParagraphs());
    }

    @Test
    void aListOverOneTableRowRepeatsTheRowWithMergedCells() throws Exception {
        String header = tr(tc("<w:gridSpan w:val=\"2\"/>", p(r("Name"))), tc("<w:vMerge w:val=\"restart\"/>", p(r("Unit"))));
        String repeated = tr(tc("<w:gridSpan w:val=\"2\"/>", p(r("[#list rows as row]"), r("${row.name} (${row.count})"))),
                tc("<w:vMerge/>", p(r("[/#list]"))));
        String total = tr(tc("", p(r("Total"))), tc("", p(r("${total}"))), tc("", p(r("pcs"))));
        byte[] docx = DocxFixture.body(p(r("Table:")), table(3, header, repeated, total), p(r("End"))).zip();

        RenderedDocx out = render(docx, model("rows", List.of(Map.of("name", "A", "count", 1), Map.of("name", "B", "count", 2)),
                "total", 3));

        assertEquals(List.of(List.of("Name", "Unit"), List.of("A (1)", ""), List.of("B (2)", ""), List.of("Total", "3", "pcs")),
                out.table(0));
        List<Element> rows = RenderedDocx.elements(out.xml("word/document.xml"), "tr");
        for (Element row : rows.subList(1, 3)) {
            Element first = RenderedDocx.elements(row, "tc").get(0);
            assertEquals("2", RenderedDocx.elements(first, "gridSpan").get(0).getAttributeNS(RenderedDocx.W, "val"));
            Element second = RenderedDocx.elements(row, "tc").get(1);
            assertEquals(1, RenderedDocx.elements(second, "vMerge").size(), "the repeated cell continues the merge");
        }
        assertEquals(List.of("Table:", "End"), out.bodyParagraphs());
        assertEquals(List.of(List.of("Name", "Unit"), List.of("Total", "0", "pcs")),
                render(docx, model("rows", List.of(), "total", 0)).table(0), "no items, no repeated rows");
    }

    @Test
    void aConditionalRowAndAnInlineListInACell() throws Exception {
        String row = tr(tc("", p(r("[#if showCodes]Codes"))), tc("", p(r("[#list codes as c]${c}[#sep], [/#list][/#if]"))));
        byte[] docx = DocxFixture.body(table(2, tr(tc("", p(r("Head"))), tc("", p(r("Value")))), row)).zip();

        assertEquals(List.of(List.of("Head", "Value"), List.of("Codes", "A1, B2")),
                render(docx, model("showCodes", true, "codes", List.of("A1", "B2"))).table(0));
        assertEquals(List.of(List.of("Head", "Value")), render(docx, model("showCodes", false, "codes", List.of())).table(0));
    }

    @Test
    void aCellWhoseEveryParagraphIsConditionalKeepsAParagraph() throws Exception {
        String row = tr(tc("", p(r("[#if note??]")), p(r("${note}")), p(r("[/#if]"))), tc("", p(r("x"))));
        byte[] docx = DocxFixture.body(table(2, row)).zip();

        RenderedDocx without = render(docx, model());
        Element cell = RenderedDocx.elements(without.xml("word/document.xml"), "tc").get(0);
        assertEquals(1, RenderedDocx.elements(cell, "p").size(), "Word needs a paragraph in every cell");
        assertEquals(List.of(List.of("Note")), List.of(List.of(render(docx, model("note", "Note")).table(0).get(0).get(0))));
    }

    @Test
    void valuesInHeaderFooterAndFootnote() throws Exception {
        byte[] docx = DocxFixture.body(p(r("Body"), "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"))
                .header(p(r("${agen"), r("cy} annual report")))
                .footer(p(r("Version ${project.version}, built ${doc.buildTime}")))
                .footnote(p(r("Source: ${sou"), r("rce}"))).zip();

        RenderedDocx out = render(docx, model("agency", "玉潭镇", "source", "statistics office"));

        assertEquals(List.of("玉潭镇 annual report"), out.paragraphs("word/header1.xml"));
        assertEquals(List.of("Version 2.3.1, built 2022-01-20T08:00:00Z"), out.paragraphs("word/footer1.xml"));
        assertTrue(out.paragraphs("word/footnotes.xml").contains("Source: statistics office"), out.paragraphs("word/footnotes.xml").toString());
    }

    @Test
    void textThatOnlyLooksLikeFreemarkerIsPrintedAsItIs() throws Exception {
        byte[] docx = DocxFixture.body(p(r("Item [#1] costs $ {5}, see [/ref] and #{x} and [@x]")),
                p("<w:r><w:instrText xml:space=\"preserve\"> QUOTE \"${notATag}\" </w:instrText></w:r>", r("${a}"))).zip();

        RenderedDocx out = render(docx, model("a", "A"));

        assertEquals(List.of("Item [#1] costs $ {5}, see [/ref] and #{x} and [@x]", "A"), out.bodyParagraphs());
        assertTrue(new String(out.entries.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("QUOTE \"${notATag}\""), "a field code is not a tag and is kept as Word wrote it");
    }

    @Test
    void directivesOnLinesOfTheirOwnInsideOneCellRepeatParagraphsNotTheRow() throws Exception {
        String row = tr(tc("", p(r("[#list items as i]")), p(r("${i}")), p(r("[/#list]"))));
        byte[] docx = DocxFixture.body(table(1, row)).zip();

        assertEquals(List.of(List.of("a|b")), render(docx, model("items", List.of("a", "b"))).table(0));
    }

    @Test
    void aOneColumnRowWithTheListAroundItsTextIsRepeated() throws Exception {
        byte[] docx = DocxFixture.body(table(1, tr(tc("", p(r("[#list items as i]${i}[/#list]")))))).zip();

        assertEquals(List.of(List.of("a"), List.of("b")), render(docx, model("items", List.of("a", "b"))).table(0));
    }

    @Test
    void anEndnoteAndAHeaderWhoseOnlyParagraphIsConditional() throws Exception {
        byte[] docx = DocxFixture.body(p(r("Body"), "<w:r><w:endnoteReference w:id=\"1\"/></w:r>"))
                .header(p(r("[#if doc.draft!false]")), p(r("DRAFT")), p(r("[/#if]")))
                .endnote(p(r("Compiled by ${agen"), bold("cy"), r("}."))).zip();

        RenderedDocx out = render(docx, model("agency", "玉潭镇"));

        assertTrue(out.paragraphs("word/endnotes.xml").contains("Compiled by 玉潭镇."), out.paragraphs("word/endnotes.xml").toString());
        assertEquals(List.of(""), out.paragraphs("word/header1.xml"), "an empty paragraph keeps the header valid");
        Map<String, Object> draft = model("agency", "玉潭镇");
        ((Map<String, Object>) draft.get("doc")).put("draft", true);
        assertEquals(List.of("DRAFT"), render(docx, draft).paragraphs("word/header1.xml"));
    }
}
