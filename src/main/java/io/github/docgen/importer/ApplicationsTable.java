package io.github.docgen.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.github.docgen.govinfo.GovInfoFormat;
import io.github.docgen.govinfo.ReportLayout;
import io.github.docgen.govinfo.ReportLayout.TableRow;

/**
 * Reads table 三 (收到和处理政府信息公开申请情况). Its seven number columns are found by their
 * headers (自然人 … 总计, wherever the merged header cells put them), its rows by their labels: each
 * official row goes to the published row most like it, best matches first, one to one — so a
 * variant label, a reordered row or a group label on a row of its own does not shift a number.
 */
final class ApplicationsTable {
    /** Below this likeness a published label is not taken for an official one. */
    static final double LEAST_LIKENESS = 0.5;
    private static final String RESULTS_LABEL = Labels.normal("三、本年度办理结果");

    private ApplicationsTable() {
    }

    static void read(CellGrid grid, GovInfoFormat format, ValueTree values, ImportNotes notes) {
        int[] columns = new int[GovInfoFormat.APPLICANT_COLUMNS.size()];
        Arrays.fill(columns, -1);
        int headerEnd = 0;
        for (int i = 0; i < columns.length; i++) {
            GridCell header = findHeader(grid, GovInfoFormat.APPLICANT_COLUMNS.get(i));
            if (header == null) {
                notes.warn(grid.at(), "table 三: no column headed " + GovInfoFormat.APPLICANT_COLUMNS.get(i) + "; its cells are left null");
            } else {
                columns[i] = header.column();
                headerEnd = Math.max(headerEnd, header.lastRow() + 1);
            }
        }
        int firstNumberColumn = Arrays.stream(columns).filter(c -> c >= 0).min().orElse(grid.columns());
        List<PublishedRow> published = new ArrayList<>();
        for (int r = headerEnd; r < grid.rows(); r++) {
            String label = label(grid, r, firstNumberColumn);
            if (!label.isEmpty()) {
                published.add(new PublishedRow(r, label, Labels.normal(label).replace(RESULTS_LABEL, "")));
            }
        }
        List<TableRow> official = ReportLayout.rows(format.applications());
        PublishedRow[] match = match(official, published);
        for (int i = 0; i < official.size(); i++) {
            TableRow row = official.get(i);
            List<Object> cells = new ArrayList<>();
            if (match[i] == null) {
                notes.warn(grid.at(), "table 三: no row labelled " + String.join(" ", row.labels()) + "; its cells are left null");
                cells.addAll(java.util.Collections.nCopies(columns.length, null));
            } else {
                for (int c = 0; c < columns.length; c++) {
                    cells.add(columns[c] < 0 ? null : number(grid, match[i], columns[c], GovInfoFormat.APPLICANT_COLUMNS.get(c), notes));
                }
            }
            values.put(row.path(), cells);
        }
        for (PublishedRow row : published) {
            if (!row.used && hasNumbers(grid, row.row, columns)) {
                notes.warn(grid.cell(row.row, 0) == null ? grid.at() : grid.cell(row.row, 0).at(),
                        "table 三: the row labelled '" + row.label + "' is not a row of the " + format.kind() + " format; it is left out");
            }
        }
    }

    private static Object number(CellGrid grid, PublishedRow row, int column, String columnLabel, ImportNotes notes) {
        GridCell cell = grid.cell(row.row, column);
        String text = cell == null ? "" : cell.text();
        Object number = CellNumber.read(text);
        if (number == null) {
            notes.warn(cell == null ? grid.at() : cell.at(), "table 三, row '" + row.label + "', column " + columnLabel + ": "
                    + CellNumber.why(text) + "; left null");
        }
        return number;
    }

    /** The header cell of a column: the cell in the top rows whose text is the label (其他 and 总计 only exactly). */
    private static GridCell findHeader(CellGrid grid, String label) {
        String wanted = Labels.normal(label);
        boolean exact = label.length() <= 2;
        for (int r = 0; r < Math.min(grid.rows(), 6); r++) {
            for (GridCell cell : grid.row(r)) {
                String text = Labels.normal(cell.text());
                if (cell.row() == r && (text.equals(wanted) || !exact && text.contains(wanted) && text.length() <= wanted.length() + 4)) {
                    return cell;
                }
            }
        }
        return null;
    }

    /** The texts of a row's label cells, left of the numbers, each once. */
    static String label(CellGrid grid, int row, int firstNumberColumn) {
        List<String> parts = new ArrayList<>();
        GridCell last = null;
        for (int c = 0; c < firstNumberColumn; c++) {
            GridCell cell = grid.cell(row, c);
            if (cell != null && cell != last && !cell.text().isBlank()) {
                parts.add(cell.text().replace("\n", ""));
            }
            last = cell;
        }
        return String.join(" ", parts);
    }

    private static boolean hasNumbers(CellGrid grid, int row, int[] columns) {
        return Arrays.stream(columns).filter(c -> c >= 0).anyMatch(c -> CellNumber.read(grid.text(row, c)) != null);
    }

    /** Pairs official rows with published ones, the most alike pair first. */
    private static PublishedRow[] match(List<TableRow> official, List<PublishedRow> published) {
        record Pair(int official, PublishedRow published, double likeness) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < official.size(); i++) {
            String wanted = Labels.normal(String.join("", official.get(i).labels())).replace(RESULTS_LABEL, "");
            for (PublishedRow row : published) {
                double likeness = Labels.likeness(wanted, row.normal);
                if (likeness >= LEAST_LIKENESS) {
                    pairs.add(new Pair(i, row, likeness));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::likeness).reversed());
        PublishedRow[] match = new PublishedRow[official.size()];
        for (Pair pair : pairs) {
            if (match[pair.official] == null && !pair.published.used) {
                match[pair.official] = pair.published;
                pair.published.used = true;
            }
        }
        return match;
    }

    private static final class PublishedRow {
        final int row;
        final String label;
        final String normal;
        boolean used;

        PublishedRow(int row, String label, String normal) {
            this.row = row;
            this.label = label;
            this.normal = normal;
        }
    }
}
