package io.github.docgen.importer;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.docgen.govinfo.GovInfoFormat;
import io.github.docgen.govinfo.ReportLayout.Cells;
import io.github.docgen.govinfo.ReportLayout.Entry;
import io.github.docgen.govinfo.ReportLayout.Value;

/**
 * Reads table 二 (主动公开政府信息情况): blocks of 第二十条第（…）项, each a header row starting with
 * 信息内容 that names its columns, then rows named by their 信息内容 (规章, 行政许可 …). A number is
 * found under the header that names its column, not by its place in the row.
 */
final class ProactiveTable {
    /** Published row labels, most specific first, and the data key each is. */
    private static final String[][] ROWS = {
            {"其他对外管理服务", "otherServices"}, {"行政事业性收费", "fees"}, {"规范性文件", "normativeDocuments"},
            {"规章", "rules"}, {"行政许可", "licensing"}, {"行政处罚", "penalty"}, {"行政强制", "enforcement"},
            {"政府集中采购", "procurement"}};
    /** Published column headers and the data key each is; 2021's single columns are "value". */
    private static final String[][] COLUMNS = {
            {"本年制发", "issued"}, {"本年废止", "repealed"}, {"现行有效", "inForce"}, {"新制作", "created"},
            {"新公开", "published"}, {"对外公开总", "total"}, {"上一年", "lastYear"}, {"增/减", "change"}, {"增减", "change"},
            {"增(减)", "change"}, {"采购项目", "projects"}, {"采购总金额", "amount"}, {"处理决定", "decisions"},
            {"收费金额", "decisions"}};

    private ProactiveTable() {
    }

    static void read(CellGrid grid, GovInfoFormat format, ValueTree values, ImportNotes notes) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        format.proactive().entries().forEach(e -> entries.put(e.key(), e));
        Map<String, Integer> headers = Map.of();
        int labelColumn = 0;
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (int r = 0; r < grid.rows(); r++) {
            int contents = contentsColumn(grid, r);
            if (contents >= 0) {
                labelColumn = contents;
                headers = headers(grid, r, contents);
                continue;
            }
            String key = rowKey(grid.text(r, labelColumn), format);
            if (key == null || !entries.containsKey(key) || found.containsKey(key)) {
                continue;
            }
            found.put(key, true);
            String rowLabel = grid.text(r, labelColumn).replace("\n", "");
            Entry entry = entries.get(key);
            if (entry instanceof Cells cells) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : cells.columns()) {
                    row.put(column, number(grid, r, headers.get(column), rowLabel, GovInfoFormat.PROACTIVE_COLUMNS.get(column), notes));
                }
                values.put("proactive." + key, row);
            } else if (entry instanceof Value) {
                values.put("proactive." + key, number(grid, r, headers.get("decisions"), rowLabel, "本年处理决定数量 / 本年收费金额", notes));
            }
        }
        for (Entry entry : entries.values()) {
            if (!found.containsKey(entry.key())) {
                notes.warn(grid.at(), "table 二: no row for " + ((entry instanceof Cells c) ? c.label() : ((Value) entry).label())
                        + "; its cells are left null");
                values.put("proactive." + entry.key(), entry instanceof Cells ? new LinkedHashMap<String, Object>() : null);
            }
        }
    }

    private static Object number(CellGrid grid, int row, Integer column, String rowLabel, String columnLabel, ImportNotes notes) {
        String where = "table 二, row '" + rowLabel + "', column " + columnLabel + ": ";
        if (column == null) {
            notes.warn(grid.cell(row, 0) == null ? grid.at() : grid.cell(row, 0).at(), where + "no such column above the row; left null");
            return null;
        }
        GridCell cell = grid.cell(row, column);
        String text = cell == null ? "" : cell.text();
        Object number = CellNumber.read(text);
        if (number == null) {
            notes.warn(cell == null ? grid.at() : cell.at(), where + CellNumber.why(text) + "; left null");
        }
        return number;
    }

    /** The column of a 信息内容 cell when the row is a header row, else -1. */
    private static int contentsColumn(CellGrid grid, int row) {
        for (GridCell cell : grid.row(row)) {
            if (Labels.normal(cell.text()).equals("信息内容")) {
                return cell.column();
            }
        }
        return -1;
    }

    /** Each column key of a header row, at the first grid column of its header cell. */
    private static Map<String, Integer> headers(CellGrid grid, int row, int contentsColumn) {
        Map<String, Integer> headers = new LinkedHashMap<>();
        for (GridCell cell : grid.row(row)) {
            if (cell.column() <= contentsColumn) {
                continue;
            }
            String text = Labels.normal(cell.text());
            for (String[] column : COLUMNS) {
                if (text.contains(Labels.normal(column[0]))) {
                    headers.putIfAbsent(column[1], cell.column());
                    break;
                }
            }
        }
        return headers;
    }

    private static String rowKey(String label, GovInfoFormat format) {
        String text = Labels.normal(label);
        if (text.isEmpty() || text.length() > 20) {
            return null;
        }
        for (String[] row : ROWS) {
            if (text.contains(row[0])) {
                return row[1].equals("fees") && format == GovInfoFormat.F2021 ? "feesWanYuan" : row[1];
            }
        }
        return null;
    }

    /** Which format a table 二 is in, by its column headers; null when they say neither. */
    static GovInfoFormat formatOf(CellGrid grid) {
        for (int r = 0; r < grid.rows(); r++) {
            for (GridCell cell : grid.row(r)) {
                String text = Labels.normal(cell.text());
                if (text.contains("本年制发") || text.contains("现行有效")) {
                    return GovInfoFormat.F2021;
                }
                if (text.contains("新制作") || text.contains("对外公开总") || text.contains("上一年项目")) {
                    return GovInfoFormat.F2019;
                }
            }
        }
        return null;
    }
}
