package io.github.docgen.plugin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.RuleCatalog;

/**
 * The docgen page of a Maven site: every data file with its kind, its documents and how many
 * findings it has; then each finding at its file:line:column with its rule; then what each rule
 * checks. Written through Doxia's sink, so it takes the look of the site it is part of.
 */
final class SiteReportPage extends AbstractMavenReportRenderer {

    /** A document of a data file: its path under the output folder, and a link when the site can reach it. */
    record Document(String path, String href) {
    }

    /** What the page knows of one data file beyond its findings. */
    record DataFileDocuments(String kind, List<Document> documents) {
        static final DataFileDocuments UNKNOWN = new DataFileDocuments(null, List.of());
    }

    private final CheckResult result;
    private final RuleCatalog rules;
    private final Map<String, DataFileDocuments> byFile;

    /**
     * @param byFile the kind and documents of each data file, by the name findings give it
     *               (a file that was never rendered has none)
     */
    SiteReportPage(Sink sink, CheckResult result, RuleCatalog rules, Map<String, DataFileDocuments> byFile) {
        super(sink);
        this.result = result;
        this.rules = rules;
        this.byFile = byFile;
    }

    @Override
    public String getTitle() {
        return "Documents and checks";
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        plainParagraph(result.filesChecked() + " data file(s) checked: " + result.errors() + " error(s), " + result.warnings()
                + " warning(s).");
        dataFiles();
        findings();
        rules();
        endSection();
    }

    private void dataFiles() {
        startSection("Data files");
        if (result.files().isEmpty()) {
            plainParagraph("No data file was found.");
        } else {
            startTable();
            tableHeader(new String[] {"Data file", "Kind", "Documents", "Errors", "Warnings"});
            for (CheckResult.CheckedFile file : result.files()) {
                DataFileDocuments documents = byFile.getOrDefault(file.file(), DataFileDocuments.UNKNOWN);
                sink.tableRow();
                cell(file.file());
                cell(documents.kind() == null ? "–" : documents.kind());
                documentsCell(documents.documents());
                cell(String.valueOf(file.findings().stream().filter(Finding::isError).count()));
                cell(String.valueOf(file.findings().stream().filter(f -> !f.isError()).count()));
                sink.tableRow_();
            }
            endTable();
        }
        endSection();
    }

    /**
     * Text as it is: the renderer's own helpers read {@code {text, url}} in text as a link, and
     * data file names and messages are the users' text.
     */
    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    private void row(String... cells) {
        sink.tableRow();
        for (String text : cells) {
            cell(text);
        }
        sink.tableRow_();
    }

    private void plainParagraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private void documentsCell(List<Document> documents) {
        sink.tableCell();
        if (documents.isEmpty()) {
            sink.text("–");
        }
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                sink.lineBreak();
            }
            Document document = documents.get(i);
            if (document.href() == null) {
                sink.text(document.path());
            } else {
                sink.link(document.href());
                sink.text(document.path());
                sink.link_();
            }
        }
        sink.tableCell_();
    }

    private void findings() {
        startSection("Findings");
        if (result.findings().isEmpty()) {
            plainParagraph("No findings: every data file passed every rule.");
        } else {
            startTable();
            tableHeader(new String[] {"Severity", "Where", "Rule", "Message"});
            for (Finding finding : result.findings()) {
                row(finding.isError() ? "error" : "warning", finding.position().toString(), finding.rule(), finding.message());
            }
            endTable();
        }
        endSection();
    }

    private void rules() {
        Set<String> ids = new LinkedHashSet<>();
        result.files().forEach(file -> ids.addAll(file.rules()));
        result.findings().forEach(finding -> ids.add(finding.rule()));
        if (ids.isEmpty()) {
            return;
        }
        startSection("Rules");
        startTable();
        tableHeader(new String[] {"Rule", "Severity", "Checks"});
        for (String id : ids) {
            RuleCatalog.RuleDescription rule = rules.describe(id);
            row(id, rule.severity().name().toLowerCase(Locale.ROOT), rule.description());
        }
        endTable();
        endSection();
    }
}
