package io.github.docgen.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.govinfo.GovInfoFormat;
import io.github.docgen.govinfo.ReportLayout;
import io.github.docgen.govinfo.ReportLayout.Cells;
import io.github.docgen.govinfo.ReportLayout.Entry;

/**
 * Reads a published annual report (an HTML page or a .docx) into the values of a data file of the
 * matching built-in kind: 2021 or 2019 format as its table 二 says, every number of tables 二, 三 and
 * 四, and the text of every section. What cannot be read is left null and said, at its place in the
 * source; what was published is imported as published, mistakes included, for the checks to find.
 */
final class ReportImporter {

    /**
     * @param format   the format the tables are in
     * @param values   the data file's values, under the layout's keys
     * @param findings what could not be read, as warnings at their place in the source
     */
    public record Imported(GovInfoFormat format, Integer year, Map<String, Object> values, List<Finding> findings) {
    }

    /** Whether {@code fileName} is a kind of file the importer reads (.htm, .html, .docx). */
    public static boolean isReport(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".htm") || name.endsWith(".html") || name.endsWith(".docx");
    }

    /**
     * @param fileName the source's file name, whose extension says how to read it
     * @param display  how messages name the source
     */
    public Imported read(byte[] bytes, String fileName, String display) throws DocgenException {
        PublishedDocument document;
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            try {
                document = DocxReportSource.read(bytes, display);
            } catch (DocgenException e) {
                throw new DocgenException(e.findings().stream()
                        .map(f -> Finding.error(f.position(), ImportNotes.RULE, f.message())).toList());
            }
        } else {
            document = HtmlReportSource.read(bytes, display);
        }
        return read(document);
    }

    Imported read(PublishedDocument document) throws DocgenException {
        ImportNotes notes = new ImportNotes();
        CellGrid proactive = null;
        CellGrid applications = null;
        CellGrid reviews = null;
        for (PublishedBlock block : document.blocks()) {
            if (block instanceof PublishedBlock.Table table) {
                switch (TableKind.of(table.grid())) {
                    case PROACTIVE -> proactive = proactive == null ? table.grid() : proactive;
                    case APPLICATIONS -> applications = applications == null ? table.grid() : applications;
                    case REVIEWS -> reviews = reviews == null ? table.grid() : reviews;
                    default -> {
                    }
                }
            }
        }
        ReportText text = new ReportText(document.blocks());
        if (proactive == null && applications == null && reviews == null && !text.hasHeading(0)) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(document.file()), ImportNotes.RULE,
                    "is not a 政府信息公开工作年度报告: none of its tables is table 二, 三 or 四 and no paragraph is 一、总体情况"));
        }
        List<String> intro = text.intro();
        ReportText.AgencyYear agencyYear = ReportText.agencyYear(text.title(document.pageTitle()), intro);
        GovInfoFormat format = format(proactive, applications, agencyYear.year());
        SourcePosition top = SourcePosition.ofFile(document.file());

        ValueTree values = new ValueTree();
        values.put("kind", format.kind());
        values.put("agency", agencyYear.agency());
        if (agencyYear.agency() == null) {
            notes.warn(top, "no title names the agency (…政府信息公开工作年度报告); agency is left null");
        }
        values.put("year", agencyYear.year() == null ? null : (long) agencyYear.year());
        if (agencyYear.year() == null) {
            notes.warn(top, "no title names the year; year is left null");
        }
        String date = text.date(agencyYear.agency());
        if (date != null) {
            values.put("date", date);
        }
        if (!intro.isEmpty()) {
            values.put("intro", String.join("\n\n", intro));
        }
        section(values, notes, top, text, 0, "overview", text.section(0));
        if (proactive == null) {
            notes.warn(top, "no table 二 (主动公开政府信息情况) was found; its cells are left null");
            nullProactive(format, values);
        } else {
            ProactiveTable.read(proactive, format, values, notes);
        }
        if (applications == null) {
            notes.warn(top, "no table 三 (收到和处理政府信息公开申请情况) was found; its cells are left null");
            ReportLayout.rows(format.applications())
                    .forEach(row -> values.put(row.path(), new ArrayList<>(Collections.nCopies(GovInfoFormat.APPLICANT_COLUMNS.size(), null))));
        } else {
            ApplicationsTable.read(applications, format, values, notes);
        }
        if (reviews == null) {
            notes.warn(top, "no table 四 (政府信息公开行政复议、行政诉讼情况) was found; its cells are left null");
            ReportLayout.rows(format.reviewsAndLawsuits())
                    .forEach(row -> values.put(row.path(), new ArrayList<>(Collections.nCopies(GovInfoFormat.RESULT_COLUMNS.size(), null))));
        } else {
            ReviewsTable.read(reviews, values, notes);
        }
        section(values, notes, top, text, 4, "problems", text.section(4));
        section(values, notes, top, text, 5, "otherMatters", text.lastSection(agencyYear.agency()));
        return new Imported(format, agencyYear.year(), values.root(), notes.findings());
    }

    private static void section(ValueTree values, ImportNotes notes, SourcePosition top, ReportText text, int heading, String key,
            List<String> paragraphs) {
        String[] names = {"一、总体情况", "", "", "", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};
        if (!text.hasHeading(heading)) {
            notes.warn(top, "no heading " + names[heading] + " was found; " + key + " is left out");
        } else if (paragraphs.isEmpty()) {
            notes.warn(text.heading(heading).at(), names[heading] + " has no text; " + key + " is left empty");
            values.put(key, "");
        } else {
            values.put(key, String.join("\n\n", paragraphs) + "\n");
        }
    }

    private static void nullProactive(GovInfoFormat format, ValueTree values) {
        for (Entry entry : format.proactive().entries()) {
            values.put("proactive." + entry.key(), entry instanceof Cells ? new java.util.LinkedHashMap<String, Object>() : null);
        }
    }

    /** Told apart by table 二's columns, else by table 三's （六）, else by the year. */
    private static GovInfoFormat format(CellGrid proactive, CellGrid applications, Integer year) {
        GovInfoFormat byTable = proactive == null ? null : ProactiveTable.formatOf(proactive);
        if (byTable != null) {
            return byTable;
        }
        if (applications != null) {
            for (int r = 0; r < applications.rows(); r++) {
                for (GridCell cell : applications.row(r)) {
                    if (Labels.normal(cell.text()).contains("逾期不补正") || Labels.normal(cell.text()).contains("逾期未按收费")) {
                        return GovInfoFormat.F2021;
                    }
                }
            }
            return GovInfoFormat.F2019;
        }
        return year == null ? GovInfoFormat.F2021 : GovInfoFormat.forYear(year);
    }
}
