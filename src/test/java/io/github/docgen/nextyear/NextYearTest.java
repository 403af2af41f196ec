package io.github.docgen.nextyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.engine.TestProject;
import io.github.docgen.govinfo.KindChecks;

/** Next year's file starts from last year's and checks clean, cross-year checks included. */
class NextYearTest {
    @TempDir
    Path dir;

    private TestProject project;

    private Path copySample(String kind, String to) throws Exception {
        String sample = Files.readString(Path.of("templates/" + kind + "/sample.yaml"), StandardCharsets.UTF_8);
        project = new TestProject(dir).file(to, sample);
        return dir.resolve(to);
    }

    private Path next(Path from) throws DocgenException {
        return new NextYear(dir.resolve("src/docgen"), p -> dir.relativize(p).toString()).run(from, null, false);
    }

    private static Map<String, Object> read(Path file) throws Exception {
        return new DataFileReader(DataLimits.DEFAULT).read(file, "x.yaml", "x.yaml").values();
    }

    @Test
    void theYearIsReplacedInThePathAndWhatCarriesOverIsCarried() throws Exception {
        Path last = copySample("gov-info-annual-2021", "src/docgen/2021/yutan-2021.yaml");
        String edited = Files.readString(last).replace("carriedForward: [0, 0, 0, 0, 0, 0, 0]", "carriedForward: [2, 1, 0, 0, 0, 0, 3]")
                .replace("received:     [1, 0, 0, 0, 0, 0, 1]", "received:     [3, 1, 0, 0, 0, 0, 4]")
                .replace("rules:              {issued: 0, repealed: 0, inForce: 0}", "rules:              {issued: 2, repealed: 1, inForce: 7}");
        Files.writeString(last, edited);
        assertEquals(List.of(), KindChecks.findings(project), "last year's file is clean");

        Path next = next(last);

        assertEquals(dir.resolve("src/docgen/2022/yutan-2022.yaml"), next);
        Map<String, Object> values = read(next);
        assertEquals("gov-info-annual-2021", values.get("kind"));
        assertEquals("玉潭镇人民政府", values.get("agency"));
        assertEquals(2022L, values.get("year"));
        assertEquals("../2021/yutan-2021.yaml", values.get("previous"));
        Map<?, ?> applications = (Map<?, ?>) values.get("applications");
        assertEquals(List.of(2L, 1L, 0L, 0L, 0L, 0L, 3L), applications.get("carriedOver"));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L), applications.get("received"));
        assertEquals(Map.of("issued", 0L, "repealed", 0L, "inForce", 7L), ((Map<?, ?>) values.get("proactive")).get("rules"));
        assertEquals("", values.get("overview"));
        String yaml = Files.readString(next);
        assertTrue(yaml.contains("\n# 一、总体情况 as of 2021, a guide (write this year's text in overview below):\n#   2021年，我镇深入学习"), yaml);
        assertEquals(List.of(), KindChecks.findings(project), "next year's file checks clean, R6 and R7 included");
    }

    @Test
    void the2019FormatCarriesItsTotalsAndItemCounts() throws Exception {
        Path last = copySample("gov-info-annual-2019", "src/docgen/2019/sample.yaml");

        Map<String, Object> values = read(new NextYear(dir.resolve("src/docgen"), Path::toString)
                .run(last, dir.resolve("src/docgen/2020/sample.yaml"), false));

        assertEquals("gov-info-annual-2019", values.get("kind"));
        Map<?, ?> proactive = (Map<?, ?>) values.get("proactive");
        assertEquals(Map.of("created", 0L, "published", 0L, "total", 48L), proactive.get("normativeDocuments"));
        assertEquals(Map.of("lastYear", 307L, "change", 0L, "decisions", 0L), proactive.get("licensing"));
        assertEquals(List.of(), KindChecks.findings(project));
    }

    @Test
    void after2020TheReportIsInThe2021Format() throws Exception {
        Path last = copySample("gov-info-annual-2019", "src/docgen/2020/sample-2020.yaml");
        Files.writeString(last, Files.readString(last).replace("year: 2019 ", "year: 2020 "));

        Map<String, Object> values = read(next(last));

        assertEquals("gov-info-annual-2021", values.get("kind"));
        assertEquals(2021L, values.get("year"));
        assertEquals(List.of(3L, 1L, 0L, 0L, 0L, 0L, 4L), ((Map<?, ?>) values.get("applications")).get("carriedOver"));
        assertEquals(List.of(), KindChecks.findings(project));
    }

    @Test
    void aRollUpStaysARollUpOfTheSamePatterns() throws Exception {
        project = new TestProject(dir).file("src/docgen/2021/county.yaml", """
                kind: gov-info-annual-2021
                agency: 示例县人民政府
                year: 2021
                overview: 全县汇总。
                rollup: [departments/*.yaml]
                """);

        Path next = next(dir.resolve("src/docgen/2021/county.yaml"));

        Map<String, Object> values = read(next);
        assertEquals(List.of("departments/*.yaml"), values.get("rollup"));
        assertEquals(false, values.containsKey("applications"));
        assertTrue(Files.readString(next).contains("\n#   全县汇总。\n"));
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path last = copySample("gov-info-annual-2021", "src/docgen/2021/yutan-2021.yaml");
        project.file("src/docgen/2022/yutan-2022.yaml", "kept");

        DocgenException e = assertThrows(DocgenException.class, () -> next(last));

        assertEquals("src/docgen/2022/yutan-2022.yaml: NEXT exists already; -Ddocgen.force=true overwrites it", e.getMessage());
        assertEquals("kept", Files.readString(dir.resolve("src/docgen/2022/yutan-2022.yaml")));
        new NextYear(dir.resolve("src/docgen"), Path::toString).run(last, null, true);
        assertTrue(Files.readString(dir.resolve("src/docgen/2022/yutan-2022.yaml")).contains("year:"));
    }

    @Test
    void onlyTheBuiltInAnnualReportKindsHaveANextYear() {
        project = new TestProject(dir).file("src/docgen/2024/notes.yaml", "kind: release-notes\nyear: 2024\n");
        DocgenException e = assertThrows(DocgenException.class, () -> next(dir.resolve("src/docgen/2024/notes.yaml")));
        assertTrue(e.getMessage().startsWith("src/docgen/2024/notes.yaml:1:7: NEXT docgen:next starts next year's report of the built-in kinds"),
                e.getMessage());
    }
}
