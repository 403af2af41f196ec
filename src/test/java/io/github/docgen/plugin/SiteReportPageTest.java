package io.github.docgen.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.RuleCatalog;
import io.github.docgen.diagnostic.Severity;
import io.github.docgen.diagnostic.SourcePosition;

/** The docgen page of a Maven site, rendered through Doxia's XHTML5 sink as maven-site-plugin renders it. */
class SiteReportPageTest {
    private static final Finding R7 = Finding.warning(new SourcePosition("src/docgen/2022/a.yaml", 23, 57), "R7",
            "二、第二十条第（一）项 规章 · 现行有效件数: expected 3, found 0 {not, a link}");
    private static final CheckResult RESULT = new CheckResult(2, List.of(R7), List.of(
            new CheckResult.CheckedFile("src/docgen/2021/a.yaml", List.of("DATA", "KIND", "R2"), List.of()),
            new CheckResult.CheckedFile("src/docgen/2022/a.yaml", List.of("DATA", "KIND", "R2", "R7"), List.of(R7))));
    private static final RuleCatalog RULES = RuleCatalog.of(List.of(
            new RuleCatalog.Declared("gov-info-annual-2021", "R2", Severity.ERROR, "table 三, every row — 总计 = the six applicant columns"),
            new RuleCatalog.Declared("gov-info-annual-2021", "R7", Severity.WARNING, "cross-year — 现行有效件数")));
    private static final Map<String, SiteReportPage.DataFileDocuments> DOCUMENTS = Map.of(
            "src/docgen/2022/a.yaml", new SiteReportPage.DataFileDocuments("gov-info-annual-2021", List.of(
                    new SiteReportPage.Document("2022/a-2.3.1.docx", "docgen/2022/a-2.3.1.docx"),
                    new SiteReportPage.Document("2022/a-2.3.1.html", null))));

    private static Document render(CheckResult result, Map<String, SiteReportPage.DataFileDocuments> documents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");
        new SiteReportPage(sink, result, RULES, documents).render();
        sink.close();
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }

    private static Elements rows(Document page, String section) {
        Element heading = page.select("h1, h2, h3").stream().filter(h -> h.text().equals(section)).findFirst().orElseThrow();
        return heading.parent().select("table tr:has(td)");
    }

    @Test
    void everyDataFileIsListedWithItsKindDocumentsAndCounts() throws Exception {
        Elements files = rows(render(RESULT, DOCUMENTS), "Data files");
        assertEquals(List.of("src/docgen/2021/a.yaml", "–", "–", "0", "0"), cells(files.get(0)));
        assertEquals(List.of("src/docgen/2022/a.yaml", "gov-info-annual-2021", "2022/a-2.3.1.docx 2022/a-2.3.1.html", "0", "1"),
                cells(files.get(1)));
        // A document the site can reach is linked; the others are named.
        assertEquals(List.of("docgen/2022/a-2.3.1.docx"), files.get(1).select("a[href]").eachAttr("href"));
    }

    @Test
    void eachFindingIsAtItsFileLineAndColumnWithItsRule() throws Exception {
        Elements findings = rows(render(RESULT, DOCUMENTS), "Findings");
        assertEquals(1, findings.size());
        assertEquals(List.of("warning", "src/docgen/2022/a.yaml:23:57", "R7", R7.message()), cells(findings.get(0)));
        assertTrue(findings.select("a").isEmpty(), "users' text is not read as a {text, url} link");
    }

    @Test
    void theRulesTheFilesWereCheckedAgainstAreDescribed() throws Exception {
        Elements rules = rows(render(RESULT, DOCUMENTS), "Rules");
        assertEquals(List.of("DATA", "KIND", "R2", "R7"), rules.stream().map(r -> cells(r).get(0)).toList());
        assertTrue(cells(rules.get(2)).get(2).startsWith("table 三, every row"));
        assertEquals("warning", cells(rules.get(3)).get(1));
    }

    @Test
    void aCleanRunSaysSo() throws Exception {
        CheckResult clean = new CheckResult(1, List.of(),
                List.of(new CheckResult.CheckedFile("src/docgen/2021/a.yaml", List.of("DATA", "KIND"), List.of())));
        Document page = render(clean, Map.of());
        assertTrue(page.text().contains("1 data file(s) checked: 0 error(s), 0 warning(s)."));
        assertTrue(page.text().contains("No findings: every data file passed every rule."));
    }
}
