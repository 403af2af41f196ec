package io.github.docgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.TestProject;

/**
 * What {@code check} passes, {@code generate} renders: a built-in kind's sample with one value
 * changed either fails the checks with an error on the changed line of the data file, or renders
 * into every format (HTML and Word) without a template error. Each number cell (one per table row)
 * gets what a clerk might type in its place, and the date every kind of wrong date.
 */
class CheckedDataRendersTest {
    /** In place of a number: a list, a map, empty ones, a boolean, a blank, a slash, a quoted number. */
    private static final List<String> IN_A_CELL = List.of("[1]", "[]", "{a: 1}", "{}", "true", "", "/", "'1'");
    /** In place of the date: days that do not exist, other spellings, and days the template's calendar would print wrong. */
    private static final List<String> AS_THE_DATE = List.of("2022-02-30", "2022-13-01", "0000-00-00", "2021-02-29", "2022-1-2",
            "20220120", "2022/01/20", "2022-01-20T10:00", "[2022-01-20]", "0000-01-01", "1582-10-10", "2022-01-20", "2024-02-29");

    /** A line of a table: an indented key whose value is a number, a row [..] or a map {..}. */
    private static final Pattern TABLE_LINE = Pattern.compile("^ +[A-Za-z]+: *[-0-9\\[{]");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"templates/gov-info-annual-2021/sample.yaml", "templates/gov-info-annual-2019/sample.yaml"})
    void whatTheChecksPassRendersAndWhatWouldNotRenderIsAnErrorOnItsLine(String samplePath) throws Exception {
        Map<String, Variant> variants = variants(SampleReport.of(Path.of(samplePath)));
        TestProject all = new TestProject(dir.resolve("all"));
        variants.forEach((file, variant) -> all.file(file, variant.yaml()));
        Map<String, List<Finding>> errors = Checks.run(all).findings().stream().filter(Finding::isError)
                .collect(Collectors.groupingBy(f -> f.position().file()));

        List<String> wrong = new ArrayList<>();
        int rendered = 0;
        for (Map.Entry<String, Variant> entry : variants.entrySet()) {
            Variant variant = entry.getValue();
            List<Finding> found = errors.get(entry.getKey());
            if (found != null) {
                if (found.stream().noneMatch(f -> f.position().line() == variant.line())) {
                    wrong.add(variant + ": errors, none on line " + variant.line() + ": " + found);
                }
                continue;
            }
            rendered++;
            TestProject one = new TestProject(dir.resolve("one-" + rendered)).file("src/docgen/a.yaml", variant.yaml());
            try {
                one.generate(Checks.all());
            } catch (DocgenException e) {
                wrong.add(variant + ": passed the checks, then failed to render: " + e.findings());
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
        assertTrue(rendered >= 2, "the two valid dates render: " + rendered);
    }

    private record Variant(int line, String change, String yaml) {
        @Override
        public String toString() {
            return "line " + line + " " + change;
        }
    }

    private static Map<String, Variant> variants(SampleReport sample) {
        List<Variant> variants = new ArrayList<>();
        int lastLine = -1;
        for (int[] place : sample.numberPlaces()) {
            String line = sample.text().lines().skip(place[0] - 1).findFirst().orElseThrow();
            if (!TABLE_LINE.matcher(line).find() || (line.contains("[") && place[0] == lastLine)) {
                continue; // not a table's (a comment, a text, the year); one cell of each table row stands for the row
            }
            lastLine = place[0];
            for (String value : IN_A_CELL) {
                variants.add(new Variant(place[0], "number " + place[1] + " -> " + value, sample.number(place[0], place[1], value).text()));
            }
        }
        String text = sample.text();
        int dateLine = (int) text.lines().takeWhile(l -> !l.startsWith("date:")).count() + 1;
        boolean hasDate = dateLine <= text.lines().count();
        for (String date : AS_THE_DATE) {
            String yaml = hasDate ? text.replaceFirst("(?m)^date: [0-9-]+", "date: " + date) : text + "date: " + date + "\n";
            variants.add(new Variant(dateLine, "date: " + date, yaml));
        }
        Map<String, Variant> byFile = new LinkedHashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            byFile.put(String.format("src/docgen/v%03d.yaml", i), variants.get(i));
        }
        return byFile;
    }
}
