package io.github.docgen.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.docgen.kind.KindCatalog;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;

/** What {@code inspect} shows a maintainer of the built-in kinds and of a small kind of their own. */
class KindInspectionTest {

    @Test
    void theBuiltInKindsTemplatesAreListedWithTheirPathsAndDirectives() throws Exception {
        for (String id : List.of("gov-info-annual-2019", "gov-info-annual-2021")) {
            KindInspection inspection = inspect(KindCatalog.load(null, Path.of(".")).find(id).orElseThrow());
            String text = inspection.text();
            assertTrue(text.startsWith("kind " + id + " (templates/" + id + ")\n  report.docx\n    reads:\n"), text);
            assertTrue(Pattern.compile("(?m)^ {6}applications\\.results\\.total\\[] +word/document\\.xml paragraphs \\d+ \\(table 2, row \\d+, cell 3\\),")
                    .matcher(text).find(), text);
            assertTrue(Pattern.compile("(?m)^ {6}applications\\.results\\.total +\\d+:\\d+$").matcher(text).find(), text); // passed to a macro
            assertTrue(text.contains(": [#if date??] acts on whole paragraphs\n"), text);
            assertTrue(!text.contains("not in schema.json"), text);
            assertEquals(List.of("kind", "rollup", "previous"), inspection.unread(), id); // checked, never printed
        }
    }

    @Test
    void aKindsOwnTemplateShowsWhatItReadsWhereAndWhatTheSchemaHasThatNothingReads() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("notes.ftlh", """
                <h1>${title}</h1>
                [#list changes as c]
                <li>${c.name}: ${c.nme}</li>
                [/#list]
                <p>${title}</p>
                """.getBytes(StandardCharsets.UTF_8));
        files.put("schema.json", """
                {"type": "object", "properties": {"title": {}, "note": {},
                 "changes": {"type": "array", "items": {"properties": {"name": {}, "issues": {"type": "array"}}}}}}
                """.getBytes(StandardCharsets.UTF_8));
        KindInspection inspection = inspect(new ReportKind("notes", "src/docgen/kinds/notes", files));
        assertEquals("""
                kind notes (src/docgen/kinds/notes)
                  notes.ftlh
                    reads:
                      changes         2:8
                      changes[].name  3:7
                      changes[].nme   3:18  (not in schema.json)
                      title           1:7, 5:6
                  schema paths no template reads:
                    note
                    changes[].issues
                """, inspection.text());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        KindInspection.writeJson(List.of(inspection), json);
        JsonNode tree = new ObjectMapper().readTree(json.toByteArray());
        assertEquals("changes[].nme", tree.at("/0/templates/0/reads/2/path").asText());
        assertEquals(false, tree.at("/0/templates/0/reads/2/inSchema").asBoolean());
        assertEquals("3:18", tree.at("/0/templates/0/reads/2/places/0").asText());
        assertEquals("note", tree.at("/0/unreadSchemaPaths/0").asText());
    }

    private static KindInspection inspect(ReportKind kind) throws Exception {
        Map<String, CompiledTemplate> templates = CompiledTemplates.of(kind);
        JsonNode schema = kind.file("schema.json").isPresent() ? new ObjectMapper().readTree(kind.file("schema.json").get()) : null;
        return KindInspection.of(kind, templates, schema);
    }
}
