package io.github.docgen.docx;

import static io.github.docgen.docx.DocxFixture.bold;
import static io.github.docgen.docx.DocxFixture.p;
import static io.github.docgen.docx.DocxFixture.r;
import static io.github.docgen.docx.DocxFixture.table;
import static io.github.docgen.docx.DocxFixture.tc;
import static io.github.docgen.docx.DocxFixture.tr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

/**
 * Directives that cannot be placed without breaking the document are refused when the template
 * is compiled, before any document is rendered, with a message that leads the maintainer to the
 * paragraph in Word: template, part, paragraph (and table, row, cell), and the paragraph's text.
 */
class MisplacedDirectivesTest {

    private static List<String> errors(String... blocks) {
        DocgenException e = assertThrows(DocgenException.class, () -> WordTemplates.compile(DocxFixture.body(blocks).zip()));
        return e.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void aListOpenedInOneCellAndClosedInAnotherRow() {
        String first = tr(tc("", p(r("[#list items as i]"), r("${i.name}"))), tc("", p(r("${i.count}"))));
        String second = tr(tc("", p(r("more"))), tc("", p(r("[/#list]"))));

        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 2 (table 1, row 1, cell 1):"
                + " [#list] opened here is closed in another table row (paragraph 5 (table 1, row 2, cell 2)):"
                + " \"[#list items as i]${i.name}\""), errors(p(r("Items")), table(2, first, second)));
    }

    /** (Had the [/#if] been the last text of the row, the whole row would be conditional, which is fine.) */
    @Test
    void aDirectiveAloneInACellClosedInTheNextCell() {
        String row = tr(tc("", p(r("[#if x]")), p(r("a"))), tc("", p(r("b")), p(r("[/#if]")), p(r("c"))));

        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 1 (table 1, row 1, cell 1):"
                + " [#if] opened here is closed in another table cell (paragraph 4 (table 1, row 1, cell 2)): \"[#if x]\""),
                errors(table(2, row)));
    }

    @Test
    void anIfInsideASentenceClosedInAnotherParagraph() {
        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 1: [#if] opened here is closed"
                + " in another paragraph (paragraph 2); a block that spans paragraphs needs each of its directives alone in its"
                + " own paragraph: \"Dear [#if formal]Sir\""), errors(p(r("Dear [#if formal]Sir")), p(r("[/#if]"))));
    }

    @Test
    void aBlockThatIsNeverClosedOrClosesNothing() {
        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 1: [#list] opened here is never"
                + " closed ([/#list] is missing): \"[#list xs as x]\""), errors(p(r("[#list xs as x]")), p(r("${x}"))));
        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 2: [/#if] closes nothing:"
                + " there is no [#if] before it: \"[/#if]\""), errors(p(r("a")), p(r("[/#if]"))));
    }

    @Test
    void closingTheWrongBlock() {
        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 2: [/#if] does not match [#list]"
                + " opened in paragraph 1: \"[/#if]\""), errors(p(r("[#list xs as x]")), p(r("[/#if]"))));
    }

    @Test
    void anElseInsideARowThatTheIfRepeats() {
        String row = tr(tc("", p(r("[#if a]${x}"))), tc("", p(r("[#else]-[/#if]"))));

        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 2 (table 1, row 1, cell 2):"
                + " [#else] must be placed like its [#if] (paragraph 1 (table 1, row 1, cell 1)), but the block acts on the whole"
                + " table row, so nothing inside the row may split it (paragraph 2 (table 1, row 1, cell 2)): \"[#else]-[/#if]\""),
                errors(table(2, row)));
    }

    @Test
    void anUnclosedTagAndABrokenExpression() {
        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 1: \"${\" is not closed in the"
                + " same paragraph (a '}' is missing): \"Total ${total\""), errors(p(r("Total ${total")), p(r("}"))));
        List<String> syntax = errors(p(r("ok")), p(r("Total ${total +}")));
        assertEquals(1, syntax.size());
        String message = syntax.get(0);
        assertEquals(true, message.startsWith("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 2: syntax: "), message);
        assertEquals(true, message.endsWith(" in \"${total +}\""), message);
    }

    @Test
    void directivesThatWouldTurnEscapingOffAreRefused() {
        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 1: [#noautoesc] is not allowed in"
                + " a Word template: values are always escaped: \"[#noautoesc]${x}[/#noautoesc]\"",
                "templates/memo/report.docx: TEMPLATE word/document.xml paragraph 2: ?no_esc is not allowed in a Word template:"
                + " values are always escaped: \"${x?no_esc}\""),
                errors(p(r("[#noautoesc]${x}[/#noautoesc]")), p(r("${x?no_esc}"))));
        assertEquals(1, errors(p(r("[#assign raw = x ? no_esc]${raw}"))).size(), "also when assigned first");
    }

    @Test
    void allMisplacedDirectivesOfAPartAreReportedTogether() {
        assertEquals(2, errors(p(r("[#if a]x")), p(r("y[/#if]")), p(r("[/#list]"))).size());
    }

    @Test
    void aDirectiveAloneInTheParagraphThatEndsASection() {
        String sectionEnd = "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:pPr>" + r("[/#if]") + "</w:p>";

        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 3: [/#if] alone in its paragraph"
                + " removes that paragraph, but this paragraph ends a section of the document; put the directive in a paragraph"
                + " of its own before it: \"[/#if]\""), errors(p(r("[#if x]")), p(r("a")), sectionEnd));
    }

    @Test
    void aListOpenedOutsideAContentControlAndClosedInsideIt() {
        String control = "<w:sdt><w:sdtPr><w:alias w:val=\"Measures\"/></w:sdtPr><w:sdtContent>" + p(r("${x}")) + p(r("[/#list]"))
                + "</w:sdtContent></w:sdt>";

        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 1: [#list] opened here is closed"
                + " inside a content control (paragraph 3), so the block crosses the content control's edge; put both directives"
                + " inside the content control or both outside it: \"[#list xs as x]\""), errors(p(r("[#list xs as x]")), control));
    }

    @Test
    void aListOpenedInsideAContentControlAndClosedOutsideIt() {
        String control = "<w:sdt><w:sdtPr><w:alias w:val=\"Measures\"/></w:sdtPr><w:sdtContent>" + p(r("[#list xs as x]")) + p(r("${x}"))
                + "</w:sdtContent></w:sdt>";

        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 1: [#list] opened here is closed"
                + " outside its content control (paragraph 3), so the block crosses the content control's edge; put both directives"
                + " inside the content control or both outside it: \"[#list xs as x]\""), errors(control, p(r("[/#list]"))));
    }

    @Test
    void aTagSplitAcrossAContentControlsEdge() {
        String split = p(r("Name: ${na"), "<w:sdt><w:sdtPr><w:alias w:val=\"Name\"/></w:sdtPr><w:sdtContent>" + r("me}")
                + "</w:sdtContent></w:sdt>");

        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 1: \"${name}\" starts outside a"
                + " content control and ends inside it; Word would lose the content control: type the whole tag inside the content"
                + " control or outside it: \"Name: ${name}\""), errors(split));
    }

    /** Moved whole to where it starts, the tag would take the link's only text with it, and Word drops an empty link. */
    @Test
    void aTagSplitAcrossAHyperlinksEdge() {
        String into = p(r("See ${"), "<w:hyperlink w:anchor=\"notes\">" + r("x}") + "</w:hyperlink>");
        String outOf = p("<w:hyperlink w:anchor=\"notes\">" + r("${x") + "</w:hyperlink>", r("} here"));

        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 1: \"${x}\" starts outside a"
                + " hyperlink and ends inside it; Word would lose the hyperlink: type the whole tag inside the hyperlink or outside it:"
                + " \"See ${x}\""), errors(into));
        assertEquals(List.of("templates/memo/report.docx: TEMPLATE word/document.xml paragraph 1: \"${x}\" starts inside a"
                + " hyperlink and ends outside it; Word would lose the hyperlink: type the whole tag inside the hyperlink or outside it:"
                + " \"${x} here\""), errors(outOf));
    }

    @Test
    void aTagSplitOverRunsInsideOneHyperlinkKeepsTheLink() throws Exception {
        String link = p(r("See "), "<w:hyperlink w:anchor=\"notes\">" + r("${no") + bold("te}") + "</w:hyperlink>", r("."));

        RenderedDocx out = WordTemplates.render(DocxFixture.body(link).zip(), WordTemplates.model("note", "the notes"));

        assertEquals(List.of("See the notes."), out.bodyParagraphs());
        assertEquals("the notes", RenderedDocx.text(RenderedDocx.elements(out.xml("word/document.xml"), "hyperlink").get(0)));
    }
}
