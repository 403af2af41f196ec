package io.github.docgen.govinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.data.RollUp;
import io.github.docgen.engine.TestProject;
import io.github.docgen.importer.Reports;

/** A roll-up (汇总) sums its members' tables cell by cell, is checked like any report, and says which member does not fit. */
class RollUpTest {
    @TempDir
    Path dir;

    private static final String ROLLUP = """
            kind: gov-info-annual-2021
            agency: 示例县人民政府
            year: 2021
            overview: |
              全县汇总。
            rollup: [departments/*.yaml, ../towns/*.yaml]
            """;

    /** The 2021 report with every number times {@code k}: consistent with every rule, different for each member. */
    static String member(String agency, long k) {
        Map<String, Object> values = scaled(Reports.distinct2021(), k);
        values.put("agency", agency);
        return new ReportYaml(GovInfoFormat.F2021).write(List.of(), values, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static <T> T scaled(T value, long k) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, v) -> out.put((String) key, key.equals("year") ? v : scaled(v, k)));
            return (T) out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(scaled(v, k)));
            return (T) out;
        }
        if (value instanceof Long l) {
            return (T) Long.valueOf(l * k);
        }
        if (value instanceof BigDecimal d) {
            return (T) d.multiply(BigDecimal.valueOf(k));
        }
        return value;
    }

    private TestProject county() {
        return new TestProject(dir)
                .file("src/docgen/2021/county.yaml", ROLLUP)
                .file("src/docgen/2021/departments/education.yaml", member("示例县教育局", 1))
                .file("src/docgen/2021/departments/health.yaml", member("示例县卫生健康委员会", 2))
                .file("src/docgen/towns/yutan.yaml", member("玉潭镇人民政府", 4));
    }

    private DataFile expand(String path) throws Exception {
        DataFileReader reader = new DataFileReader(DataLimits.DEFAULT);
        Path file = dir.resolve(path);
        return new RollUp(reader, dir, p -> dir.relativize(p).toString(), p -> dir.relativize(p).toString())
                .expand(reader.read(file, path, path), file);
    }

    @Test
    void itsTablesAreTheCellWiseSumsOfItsMembers() throws Exception {
        county();
        Map<String, Object> sum = expand("src/docgen/2021/county.yaml").values();
        Map<String, Object> one = Reports.distinct2021();

        assertEquals(scaled(one.get("applications"), 7), sum.get("applications"));
        assertEquals(scaled(one.get("reviewsAndLawsuits"), 7), sum.get("reviewsAndLawsuits"));
        assertEquals(new BigDecimal("414660.7143"), ((Map<?, ?>) sum.get("proactive")).get("feesWanYuan"));
        assertEquals("示例县人民政府", sum.get("agency"), "its text and agency are its own");
        assertEquals("全县汇总。\n", sum.get("overview"));
    }

    @Test
    void theSumIsCheckedLikeAnyReport() {
        assertEquals(List.of(), KindChecks.findings(county()));
    }

    @Test
    void changingAMemberChangesTheRollUpsHashSoItIsRenderedAgain() throws Exception {
        county();
        String before = expand("src/docgen/2021/county.yaml").sha256();
        new TestProject(dir).file("src/docgen/towns/yutan.yaml", member("玉潭镇人民政府", 5));
        assertNotEquals(before, expand("src/docgen/2021/county.yaml").sha256());
    }

    @Test
    void changingAMemberRendersTheRollUpAgain() throws Exception {
        TestProject project = county();
        project.generate();
        String before = project.read("2021/county-1.0.html");
        assertTrue(before.contains(">100254<"), "一、本年新收 · 总计: 14322 times 7");

        project.file("src/docgen/towns/yutan.yaml", member("玉潭镇人民政府", 5)).generate();

        assertTrue(project.read("2021/county-1.0.html").contains(">114576<"), "14322 times 8");
    }

    @Test
    void aMemberOfAnotherYearIsAnErrorNamingIt() {
        TestProject project = county().file("src/docgen/towns/old.yaml", member("旧镇", 1).replace("year:               2021", "year:               2020"));
        List<String> findings = KindChecks.findings(project);
        assertTrue(findings.contains("src/docgen/2021/county.yaml:6:30: DATA rollup: member src/docgen/towns/old.yaml is for the year 2020, not 2021"),
                findings.toString());
    }

    @Test
    void aMembersOwnErrorIsReportedOnTheMember() {
        String wrong = member("示例县教育局", 1).replaceFirst("carriedOver: +\\[1, 2, 3, 4, 5, 6, 21\\]", "carriedOver:    [1, 2, 3, 4, 5, 6, 22]");
        List<String> findings = KindChecks.findings(county().file("src/docgen/2021/departments/education.yaml", wrong));
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("src/docgen/2021/departments/education.yaml:") && f.contains(" R2 ")),
                findings.toString());
    }

    @Test
    void aPatternMatchingNothingIsAnError() {
        TestProject project = new TestProject(dir).file("src/docgen/2021/county.yaml", ROLLUP.replace("../towns/*.yaml", "villages/*.yaml"))
                .file("src/docgen/2021/departments/education.yaml", member("示例县教育局", 1));
        assertEquals(List.of("src/docgen/2021/county.yaml:6:30: DATA rollup: 'villages/*.yaml' matches no data file"),
                KindChecks.findings(project));
    }
}
