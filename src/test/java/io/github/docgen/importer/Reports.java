package io.github.docgen.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.govinfo.GovInfoFormat;
import io.github.docgen.govinfo.ReportLayout;
import io.github.docgen.govinfo.ReportLayout.TableRow;

/** Reports whose every value is known, to publish and import again. */
public final class Reports {
    private Reports() {
    }

    /**
     * The built-in 2021 sample (玉潭镇's text) with a different number in every cell, consistent
     * with every rule, so a number read from the wrong row or column cannot go unnoticed.
     */
    public static Map<String, Object> distinct2021() {
        Map<String, Object> v = sample(GovInfoFormat.F2021);
        v.put("date", "2022-01-20");
        Map<String, Object> proactive = new LinkedHashMap<>();
        proactive.put("rules", cells("issued", 3L, "repealed", 1L, "inForce", 12L));
        proactive.put("normativeDocuments", cells("issued", 5L, "repealed", 2L, "inForce", 20L));
        proactive.put("licensing", 101L);
        proactive.put("penalty", 102L);
        proactive.put("enforcement", 103L);
        proactive.put("feesWanYuan", new java.math.BigDecimal("59237.2449"));
        v.put("proactive", proactive);
        List<TableRow> rows = ReportLayout.rows(GovInfoFormat.F2021.applications());
        Map<String, Object> tree = new LinkedHashMap<>();
        long[] total = new long[7];
        int n = 0;
        for (TableRow row : rows) {
            if (row.path().startsWith("applications.results.") && !row.path().endsWith(".total")) {
                n++;
                List<Object> cells = new ArrayList<>();
                long sum = 0;
                for (int c = 0; c < 6; c++) {
                    long value = n * 10L + c + 1;
                    cells.add(value);
                    sum += value;
                    total[c] += value;
                }
                cells.add(sum);
                total[6] += sum;
                put(tree, row.path(), cells);
            }
        }
        List<Object> totalRow = new ArrayList<>();
        List<Object> carriedOver = new ArrayList<>();
        List<Object> carriedForward = new ArrayList<>();
        List<Object> received = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
            long over = c < 6 ? c + 1 : 21;
            long forward = c < 6 ? 2L * (c + 1) : 42;
            totalRow.add(total[c]);
            carriedOver.add(over);
            carriedForward.add(forward);
            received.add(total[c] + forward - over);
        }
        put(tree, "applications.results.total", totalRow);
        put(tree, "applications.received", received);
        put(tree, "applications.carriedOver", carriedOver);
        put(tree, "applications.carriedForward", carriedForward);
        v.put("applications", tree.get("applications"));
        Map<String, Object> reviews = new LinkedHashMap<>();
        reviews.put("review", new ArrayList<>(List.of(1L, 2L, 3L, 4L, 10L)));
        reviews.put("lawsuitDirect", new ArrayList<>(List.of(5L, 6L, 7L, 8L, 26L)));
        reviews.put("lawsuitAfterReview", new ArrayList<>(List.of(9L, 11L, 12L, 13L, 45L)));
        v.put("reviewsAndLawsuits", reviews);
        return v;
    }

    /** The built-in 2019 sample, dated. */
    public static Map<String, Object> sample2019() {
        return sample(GovInfoFormat.F2019);
    }

    static Map<String, Object> sample(GovInfoFormat format) {
        try {
            Path file = Path.of("templates/" + format.kind() + "/sample.yaml");
            return copy(new DataFileReader(DataLimits.DEFAULT).read(file, "sample.yaml", file.toString()).values());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? copy((Map<String, Object>) m) : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return copy;
    }

    private static Map<String, Object> cells(Object... keysAndValues) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            cells.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return cells;
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
}
