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
