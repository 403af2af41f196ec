package io.github.docgen.govinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;

class ReportYamlTest {
    @TempDir
    Path dir;

    static Map<String, Object> read(Path file) throws Exception {
        return new DataFileReader(DataLimits.DEFAULT).read(file, file.getFileName().toString(), file.toString()).values();
    }

    static Map<String, Object> parse(String yaml) throws Exception {
        return new DataFileReader(DataLimits.DEFAULT).parse(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml", "x.yaml").values();
    }

    @ParameterizedTest
    @EnumSource(GovInfoFormat.class)
    void theSampleWrittenAgainReadsBackAsTheSameValuesAndChecksClean(GovInfoFormat format) throws Exception {
        Map<String, Object> sample = read(Path.of("templates/" + format.kind() + "/sample.yaml"));
        String yaml = new ReportYaml(format).write(List.of("written by a test"), sample, Map.of());

        assertEquals(sample, parse(yaml));
        assertEquals(List.of(), KindChecks.findings(dir, "src/docgen/a.yaml", yaml));
        assertEquals(yaml, new ReportYaml(format).write(List.of("written by a test"), parse(yaml), Map.of()), "byte-stable");
    }

    @Test
    void rowsAreOneLineEachWithTheirOfficialLabel() throws Exception {
        Map<String, Object> sample = read(Path.of("templates/gov-info-annual-2021/sample.yaml"));
        String yaml = new ReportYaml(GovInfoFormat.F2021).write(List.of(), sample, Map.of());

        assertTrue(yaml.contains("\n    unableToProvide:  # （四）无法提供\n      notHeld:       [1, 0, 0, 0, 0, 0, 1]   # 1.本机关不掌握相关政府信息\n"), yaml);
        assertTrue(yaml.contains("\n  rules:              {issued: 0, repealed: 0, inForce: 0}   # 第二十条第（一）项 规章\n"), yaml);
        assertTrue(yaml.contains("\noverview:           |         # 一、总体情况\n  2021年，我镇"), yaml);
    }

    @Test
    void missingCellsAreWrittenAsNullAndMissingTextIsLeftOut() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", "gov-info-annual-2021");
        values.put("agency", "某局");
        values.put("year", 2022L);
        values.put("applications", Map.of("received", List.of(1L, 2L)));
        Map<String, Object> back = parse(new ReportYaml(GovInfoFormat.F2021).write(List.of(), values, Map.of()));

        assertEquals(java.util.Arrays.asList(1L, 2L, null, null, null, null, null), ((Map<?, ?>) back.get("applications")).get("received"));
        assertEquals(false, back.containsKey("overview"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "012", "1.10", "~", "- x", "a: b", "a #b", "#x", "\"q\"", " lead", "tail ", "x\ty", "line\u2028sep",
            "控制\u0001字符", "2024-01-01", "[1]", "{a}", "'", "@x", "NO", "null", "", "多段\n\n文字", " 多段\n\n文字", "末尾\n", "\n开头", "a\\b"})
    void anyTextComesBackAsItself(String text) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", "gov-info-annual-2021");
        values.put("agency", text);
        values.put("overview", text);
        Map<String, Object> back = parse(new ReportYaml(GovInfoFormat.F2021).write(List.of("comment\nwith a break"), values, Map.of()));

        String expected = text.replace('\u0001', '\uFFFD');
        assertEquals(expected, back.get("agency"));
        assertEquals(expected, back.get("overview"));
    }
}
