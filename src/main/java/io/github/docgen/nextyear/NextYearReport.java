package io.github.docgen.nextyear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.docgen.govinfo.GovInfoFormat;
import io.github.docgen.govinfo.ReportLayout;
import io.github.docgen.govinfo.ReportLayout.Cells;
import io.github.docgen.govinfo.ReportLayout.Entry;
import io.github.docgen.govinfo.ReportLayout.TableRow;
import io.github.docgen.govinfo.ReportLayout.Value;

/**
 * Next year's report as it starts: what carries over from last year filled in, every other number
 * 0, so that it checks clean before the clerk has typed anything.
 *
 * <ul>
 * <li>二、上年结转 = last year's 四、结转下年度继续办理 (R6), and 四 starts equal to it: nothing of it is
 * handled yet, so 一 + 二 = 三（七） + 四 holds (R1);</li>
 * <li>2021 format: 现行有效件数 of 规章 and 行政规范性文件 carried (R7, with nothing issued or repealed);</li>
 * <li>2019 format: 对外公开总数量 carried (its R7), and each 上一年项目数量 is last year's plus its 本年增/减.</li>
 * </ul>
 * A roll-up stays a roll-up of the same patterns, without tables: next year's sums are its members'.
 */
final class NextYearReport {
    private static final List<String> TEXTS = List.of("intro", "overview", "problems", "otherMatters");
    private static final Map<String, String> TEXT_LABELS = Map.of("intro", "开头", "overview", "一、总体情况",
            "problems", "五、存在的主要问题及改进情况", "otherMatters", "六、其他需要报告的事项");

    private NextYearReport() {
    }

    /** The format of the year after a report's: 2019's format ends with 2020. */
    static GovInfoFormat formatAfter(GovInfoFormat format, int nextYear) {
        return format.covers(nextYear) ? format : GovInfoFormat.forYear(nextYear);
    }

    static Map<String, Object> values(GovInfoFormat last, Map<String, Object> lastYear, GovInfoFormat next, long year, String previous) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", next.kind());
        values.put("agency", lastYear.get("agency"));
        values.put("year", year);
        values.put("previous", previous);
        TEXTS.forEach(text -> values.put(text, ""));
        if (lastYear.get("rollup") instanceof List<?> members) {
            values.put("rollup", new ArrayList<>(members)); // its tables will be its members' next-year sums
            return values;
        }
        values.put("proactive", proactive(last, map(lastYear.get("proactive")), next));
        Map<String, Object> applications = new LinkedHashMap<>();
        for (TableRow row : ReportLayout.rows(next.applications())) {
            put(applications, row.path().substring("applications.".length()), zeros(GovInfoFormat.APPLICANT_COLUMNS.size()));
        }
        Object carried = map(lastYear.get("applications")).get("carriedForward");
        List<Object> carriedRow = carried instanceof List<?> list ? new ArrayList<>(list) : zeros(GovInfoFormat.APPLICANT_COLUMNS.size());
        applications.put("carriedOver", carriedRow);
        applications.put("carriedForward", new ArrayList<>(carriedRow));
        values.put("applications", applications);
        Map<String, Object> reviews = new LinkedHashMap<>();
        for (TableRow row : ReportLayout.rows(next.reviewsAndLawsuits())) {
            put(reviews, row.path().substring("reviewsAndLawsuits.".length()), zeros(GovInfoFormat.RESULT_COLUMNS.size()));
        }
        values.put("reviewsAndLawsuits", reviews);
        return values;
    }

    /** Last year's text of each section, as comment lines to put above its key. */
    static Map<String, List<String>> guides(Map<String, Object> lastYear, Object year) {
        Map<String, List<String>> guides = new LinkedHashMap<>();
        for (String key : TEXTS) {
            if (lastYear.get(key) instanceof String text && !text.isBlank()) {
                List<String> lines = new ArrayList<>();
                lines.add(TEXT_LABELS.get(key) + " as of " + year + ", a guide (write this year's text in " + key + " below):");
                text.strip().lines().forEach(line -> lines.add(line.isEmpty() ? "" : "  " + line));
                guides.put(key, lines);
            }
        }
        return guides;
    }

    private static Map<String, Object> proactive(GovInfoFormat last, Map<String, Object> lastYear, GovInfoFormat next) {
        Map<String, Object> proactive = new LinkedHashMap<>();
        for (Entry entry : next.proactive().entries()) {
            if (entry instanceof Cells cells) {
                Map<String, Object> row = new LinkedHashMap<>();
                Map<String, Object> before = last == next ? map(lastYear.get(cells.key())) : Map.of();
                for (String column : cells.columns()) {
                    row.put(column, carried(column, before));
                }
                proactive.put(cells.key(), row);
            } else if (entry instanceof Value value) {
                proactive.put(value.key(), 0L);
            }
        }
        return proactive;
    }

    /** A count that carries over, or 0. */
    private static Object carried(String column, Map<String, Object> before) {
        return switch (column) {
            case "inForce", "total" -> before.getOrDefault(column, 0L);
            case "lastYear" -> before.get("lastYear") instanceof Long items && before.get("change") instanceof Long change
                    ? items + change : 0L;
            default -> 0L;
        };
    }

    private static List<Object> zeros(int width) {
        List<Object> row = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            row.add(0L);
        }
        return row;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String path, Object value) {
        String[] keys = path.split("\\.");
        Map<String, Object> map = tree;
        for (int i = 0; i < keys.length - 1; i++) {
            map = (Map<String, Object>) map.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
        }
        map.put(keys[keys.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
