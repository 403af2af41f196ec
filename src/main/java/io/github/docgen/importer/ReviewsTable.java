package io.github.docgen.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.docgen.govinfo.GovInfoFormat;

/**
 * Reads table 四 (行政复议、行政诉讼情况): one row of fifteen numbers under three tiers of merged
 * headers. Each column is known by the headers above it — 行政复议, or 行政诉讼 with 未经复议直接起诉
 * or 复议后起诉 — and its own (结果维持 … 总计), not by where it stands.
 */
final class ReviewsTable {
    private static final String[] ROWS = {"review", "lawsuitDirect", "lawsuitAfterReview"};
    private static final String[] ROW_LABELS = {"行政复议", "行政诉讼 · 未经复议直接起诉", "行政诉讼 · 复议后起诉"};

    private ReviewsTable() {
    }

    static void read(CellGrid grid, ValueTree values, ImportNotes notes) {
        int dataRow = firstNumberRow(grid);
        int width = GovInfoFormat.RESULT_COLUMNS.size();
        List<List<Object>> rows = new ArrayList<>();
        int[][] columns = new int[ROWS.length][width];
        for (int[] row : columns) {
            java.util.Arrays.fill(row, -1);
        }
        for (int c = 0; c < grid.columns() && dataRow > 0; c++) {
            List<String> headers = headers(grid, c, dataRow);
            int row = rowOf(String.join("", headers));
            int column = headers.isEmpty() ? -1 : columnOf(headers.get(headers.size() - 1));
            if (row >= 0 && column >= 0 && columns[row][column] < 0) {
                columns[row][column] = c;
            }
        }
        for (int r = 0; r < ROWS.length; r++) {
            List<Object> cells = new ArrayList<>(Collections.nCopies(width, null));
            for (int k = 0; k < width; k++) {
                String where = "table 四, " + ROW_LABELS[r] + " · " + GovInfoFormat.RESULT_COLUMNS.get(k);
                if (dataRow < 0 || columns[r][k] < 0) {
                    notes.warn(grid.at(), where + ": no such column" + (dataRow < 0 ? " (no row of numbers)" : "") + "; left null");
                    continue;
                }
                GridCell cell = grid.cell(dataRow, columns[r][k]);
                String text = cell == null ? "" : cell.text();
                Object number = CellNumber.read(text);
                if (number == null) {
                    notes.warn(cell == null ? grid.at() : cell.at(), where + ": " + CellNumber.why(text) + "; left null");
                }
                cells.set(k, number);
            }
            rows.add(cells);
            values.put("reviewsAndLawsuits." + ROWS[r], cells);
        }
    }

    /** The first row holding five numbers or more: the headers are above it. */
    private static int firstNumberRow(CellGrid grid) {
        for (int r = 0; r < grid.rows(); r++) {
            long numbers = grid.row(r).stream().filter(c -> CellNumber.read(c.text()) != null).count();
            if (numbers >= 5) {
                return r;
            }
        }
        return -1;
    }

    /** The distinct header texts above a column, top down. */
    private static List<String> headers(CellGrid grid, int column, int end) {
        List<String> headers = new ArrayList<>();
        GridCell last = null;
        for (int r = 0; r < end; r++) {
            GridCell cell = grid.cell(r, column);
            if (cell != null && cell != last && !cell.text().isBlank()) {
                headers.add(Labels.normal(cell.text()));
            }
            last = cell;
        }
        return headers;
    }

    private static int rowOf(String headers) {
        if (headers.contains("未经复议") || headers.contains("直接起诉")) {
            return 1;
        }
        if (headers.contains("复议后")) {
            return 2;
        }
        return headers.contains("行政复议") ? 0 : -1;
    }

    private static int columnOf(String header) {
        String[][] keys = {{"维持"}, {"纠正"}, {"其他结果", "其他"}, {"尚未审结", "未审结"}, {"总计", "合计"}};
        for (int k = 0; k < keys.length; k++) {
            for (String key : keys[k]) {
                if (header.contains(key)) {
                    return k;
                }
            }
        }
        return -1;
    }
}
