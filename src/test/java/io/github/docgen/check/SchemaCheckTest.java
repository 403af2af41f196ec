package io.github.docgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.engine.TestProject;

/**
 * The kind's schema.json, with every error at the value it is about: the offending value itself,
 * an unknown key's value, or for a missing key the map that lacks it; named by its data path.
 */
class SchemaCheckTest {
    private static final String FILE = "src/docgen/2024/a.yaml";

    @TempDir
    Path dir;

    private static SampleReport sample() {
        return SampleReport.of(SampleReport.SAMPLE_2021);
    }

    @Test
    void aMissingKeyIsReportedAtTheMapThatLacksIt() {
        // Line 49 (needsCreation) removed: （四）无法提供 starts on line 46, its map on line 47.
        String yaml = sample().text().replaceFirst("      needsCreation:.*\n", "");
        assertEquals(List.of(FILE + ":47:7: SCHEMA applications.results.unableToProvide: required property 'needsCreation' not found"),
                Checks.findings(dir, FILE, yaml));
    }

    @Test
    void aRowWithTooFewCellsIsReportedAtTheRow() {
        List<String> findings = Checks.findings(dir, FILE, sample().replace(65, "[0, 0, 0, 0, 0]", "[0, 0, 0, 0]").text());
        assertEquals(List.of(FILE + ":65:23: SCHEMA reviewsAndLawsuits.review: must have at least 5 items but found 4"), findings);
    }

    @Test
    void aMisspelledKeyIsReportedAtItsValue() {
        String yaml = sample().replace(33, "carriedOver:", "carriedOvr: ").text();
        // A map's position is where its first key starts: applications' is line 32, under its comment.
        assertEquals(List.of(
                FILE + ":32:3: SCHEMA applications: required property 'carriedOver' not found",
                FILE + ":33:17: SCHEMA applications.carriedOvr: property 'carriedOvr' is not defined in the schema and the schema does not allow additional properties"),
                Checks.findings(dir, FILE, yaml));
    }

    @Test
    void aValueOfTheWrongTypeNamesWhatWasExpected() {
        assertEquals(List.of(FILE + ":7:7: SCHEMA year: string found, integer expected"),
                Checks.findings(dir, FILE, sample().replace(7, "year: 2021", "year: 二〇二一").text()));
        assertEquals(List.of(FILE + ":6:9: SCHEMA agency: must be at least 1 characters long"),
                Checks.findings(dir, FILE, sample().replace(6, "玉潭镇人民政府", "''").text()));
    }

    @Test
    void theFormatFitsTheYear() {
        assertEquals(List.of(FILE + ":7:7: SCHEMA year: must have a minimum value of 2021"),
                Checks.findings(dir, FILE, sample().replace(7, "year: 2021", "year: 2020").text()));
    }

    @Test
    void aCellHoldsOneNumberNotAListOrAMap() {
        String expected = ": expected one number, found a list or a map of keys (a cell holds one value: write the number alone, without brackets)";
        assertEquals(List.of(FILE + ":25:14: SCHEMA proactive.licensing" + expected),
                Checks.findings(dir, FILE, sample().replace(25, "licensing: 0", "licensing: [1]").text()));
        assertEquals(List.of(FILE + ":23:32: SCHEMA proactive.rules.issued" + expected),
                Checks.findings(dir, FILE, sample().replace(23, "issued: 0", "issued: {}").text()));
        // The 2019 format: every cell of its table 二.
        String yaml2019 = SampleReport.of(SampleReport.SAMPLE_2019).replace(28, "decisions: 2841", "decisions: []").text();
        assertEquals(List.of(FILE + ":28:62: SCHEMA proactive.licensing.decisions" + expected), Checks.findings(dir, FILE, yaml2019));
    }

    @Test
    void aDateMustBeADayThatExists() {
        String expected = ": expected a date that exists, written YYYY-MM-DD, such as 2022-01-20";
        for (String date : List.of("2022-02-30", "2022-13-01", "0000-00-00", "2021-02-29")) {
            assertEquals(List.of(FILE + ":76:7: SCHEMA date" + expected), Checks.findings(dir.resolve(date), FILE, sample().append("date: " + date).text()), date);
        }
        assertEquals(List.of(FILE + ":76:7: SCHEMA date: expected a date from 1900 to 2199, written YYYY-MM-DD, such as 2022-01-20"),
                Checks.findings(dir.resolve("year 1"), FILE, sample().append("date: 0001-01-01").text()), "the template's calendar would print 0001年1月3日");
        assertEquals(List.of(), Checks.findings(dir.resolve("leap"), FILE, sample().append("date: 2024-02-29").text()));
    }

    /** The format keyword is asserted in a kind of the user's own too, with the validator's own message. */
    @Test
    void formatIsCheckedInEveryKindsSchema() {
        TestProject project = new TestProject(dir)
                .file("src/docgen/kinds/memo/memo.ftlh", "<p>${due?date.iso}</p>")
                .file("src/docgen/kinds/memo/schema.json", "{\"properties\": {\"due\": {\"type\": \"string\", \"format\": \"date\"}}}")
                .file("src/docgen/a.yaml", "kind: memo\ndue: 2022-02-30\n");
        assertEquals(List.of("src/docgen/a.yaml:2:6: SCHEMA due: does not match the date pattern must be a valid RFC 3339 full-date"),
                Checks.findings(project));
    }

    @Test
    void positionsInJsonDataFilesAreTheirOwn() {
        String json = """
                {
                  "kind": "gov-info-annual-2021",
                  "agency": "某局",
                  "year": "2024"
                }
                """;
        List<String> findings = Checks.findings(dir, "src/docgen/2024/a.json", json);
        assertTrue(findings.contains("src/docgen/2024/a.json:1:1: SCHEMA (top level): required property 'proactive' not found"), String.join("\n", findings));
        assertTrue(findings.contains("src/docgen/2024/a.json:4:11: SCHEMA year: string found, integer expected"), String.join("\n", findings));
    }

    @Test
    void aKindWithoutSchemaIsNotSchemaChecked() {
        TestProject project = new TestProject(dir)
                .file("src/docgen/kinds/memo/memo.ftlh", "<p>${title}</p>")
                .file("src/docgen/a.yaml", "kind: memo\ntitle: T\n");
        assertEquals(List.of("DATA", "KIND"), Checks.run(project).files().get(0).rules());
    }

    @Test
    void aSchemaThatWouldFetchFromOutsideIsRefused() {
        TestProject project = new TestProject(dir)
                .file("src/docgen/kinds/memo/memo.ftlh", "<p>${title}</p>")
                .file("src/docgen/kinds/memo/schema.json", "{\"$ref\": \"https://example.org/schema.json\"}")
                .file("src/docgen/a.yaml", "kind: memo\ntitle: T\n");
        List<String> findings = Checks.findings(project);
        assertEquals(1, findings.size(), String.join("\n", findings));
        assertTrue(findings.get(0).startsWith("src/docgen/kinds/memo/schema.json: SCHEMA cannot use the schema: "), findings.get(0));
    }
}
