package io.github.docgen.docx;

import static io.github.docgen.docx.DocxFixture.p;
import static io.github.docgen.docx.DocxFixture.r;
import static io.github.docgen.docx.DocxFixture.table;
import static io.github.docgen.docx.DocxFixture.tc;
import static io.github.docgen.docx.DocxFixture.tr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.lint.TemplateLint;

/**
 * A Word template is checked against its kind's schema like a text one, and each mistake is named
 * as the maintainer finds it in Word: the part, the paragraph (in a table: table, row, cell) and the tag.
 */
class WordTemplateLintTest {
    private static final String SCHEMA = """
            {"type": "object", "properties": {
              "title": {"type": "string"}, "note": {"type": "string"},
              "changes": {"type": "array", "items": {"type": "object", "properties": {"title": {}, "issues": {}}}}}}
            """;

    @Test
    void misspeltValuesInBranchesAndRowsTheDataDoesNotTakeAreNamedByParagraph() throws Exception {
        byte[] docx = DocxFixture.body(
                p(r("$"), r("{title}")),
                p(r("[#if note??]")),
                p(r("Note: ${no"), r("te} and ${nte}")),
                p(r("[/#if]")),
                table(2, tr(tc("", p(r("[#list changes as c]${c.titel}"))), tc("", p(r("${c.issues}[/#list]"))))))
                .header(p(r("${tilte}"))).zip();
        ReportKind kind = new ReportKind("memo", "templates/memo", Map.of("report.docx", docx));
        List<Finding> findings = TemplateLint.check(kind, List.of(WordTemplates.compile(docx)), new ObjectMapper().readTree(SCHEMA));
        assertEquals(List.of(
                "templates/memo/report.docx: TEMPLATE word/document.xml paragraph 3: nte: schema.json has no \"nte\" at the top level,"
                        + " and the template defines no such name (did you mean \"note\"?) (in ${nte})",
                "templates/memo/report.docx: TEMPLATE word/document.xml paragraph 5 (table 1, row 1, cell 1): c.titel: schema.json has no"
                        + " \"titel\" in changes[] (did you mean \"title\"?) (in ${c.titel})",
                "templates/memo/report.docx: TEMPLATE word/header1.xml paragraph 1: tilte: schema.json has no \"tilte\" at the top level,"
                        + " and the template defines no such name (did you mean \"title\"?) (in ${tilte})"),
                findings.stream().map(Finding::toString).toList());
    }
}
