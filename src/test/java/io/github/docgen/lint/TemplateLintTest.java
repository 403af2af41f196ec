package io.github.docgen.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.KindCatalog;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;

/**
 * A template is checked against its kind's schema in every branch, taken or not: each test is a
 * template a maintainer might write and the messages the build prints for it.
 */
class TemplateLintTest {
    private static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "kind": {"const": "notes"},
                "title": {"type": "string"},
                "note": {"type": "string"},
                "changes": {"type": "array", "items": {"$ref": "#/$defs/change"}},
                "totals": {"type": "object", "additionalProperties": {"type": "integer"}},
                "applications": {
                  "allOf": [
                    {"properties": {"results": {"type": "object", "properties": {"total": {"type": "array"}, "disclosed": {}}}}},
                    {"properties": {"received": {}}}
                  ]
                },
                "free": {"description": "anything goes below"}
              },
              "$defs": {
                "change": {"type": "object", "properties": {"name": {"type": "string"}, "issues": {"type": "array", "items": {"type": "integer"}}}}
              }
            }
            """;

    @Test
    void aMisspeltValueInABranchTheDataDoesNotTakeIsAnErrorAtItsLineWithTheClosestKey() throws Exception {
        List<Finding> findings = check("notes.ftlh", """
                <h1>${title}</h1>
                [#if doc.draft!false]
                <p>${titel}</p>
                [/#if]
                """);
        assertEquals(List.of("templates/notes/notes.ftlh:3:6: TEMPLATE titel: schema.json has no \"titel\" at the top level,"
                + " and the template defines no such name (did you mean \"title\"?)"), texts(findings));
    }

    @Test
    void nestedKeysExistenceTestsAndDefaultsAreAllChecked() throws Exception {
        List<Finding> findings = check("notes.ftlh", """
                ${applications.result.total[0]}
                [#if applications.results.totl??]x[/#if]
                ${(applications.recieved)!"-"}
                ${applications.results.disclosed}
                """);
        assertEquals(List.of(
                "templates/notes/notes.ftlh:1:3: TEMPLATE applications.result: schema.json has no \"result\" in applications (did you mean \"results\"?)",
                "templates/notes/notes.ftlh:2:6: TEMPLATE applications.results.totl: schema.json has no \"totl\" in applications.results (did you mean \"total\"?)",
                "templates/notes/notes.ftlh:3:4: TEMPLATE applications.recieved: schema.json has no \"recieved\" in applications (did you mean \"received\"?)"),
                texts(findings));
    }

    @Test
    void aLoopVariableTakesTheSchemaOfTheListsItems() throws Exception {
        List<Finding> findings = check("notes.ftlh", """
                [#list changes as c]
                  ${c.name} [#list c.issues as i]#${i}[#sep], [/#list]
                  ${c.nme}
                [/#list]
                [#list changes?filter(x -> x.isues?has_content) as d]${d.name}[/#list]
                [#list changes]<ul>[#items as it]<li>${it.titel}</li>[/#items]</ul>[/#list]
                """);
        assertEquals(List.of(
                "templates/notes/notes.ftlh:3:5: TEMPLATE c.nme: schema.json has no \"nme\" in changes[] (did you mean \"name\"?)",
                "templates/notes/notes.ftlh:5:28: TEMPLATE x.isues: schema.json has no \"isues\" in changes[] (did you mean \"issues\"?)",
                "templates/notes/notes.ftlh:6:40: TEMPLATE it.titel: schema.json has no \"titel\" in changes[] (it has name, issues)"),
                texts(findings));
    }

    @Test
    void aNameAssignedOnceFromADataPathIsFollowed() throws Exception {
        List<Finding> findings = check("notes.ftlh", """
                [#assign results = applications.results]
                ${results.total[6]} ${results.totals[6]}
                """);
        assertEquals(List.of("templates/notes/notes.ftlh:2:23: TEMPLATE results.totals: schema.json has no \"totals\" in"
                + " applications.results (did you mean \"total\"?)"), texts(findings));
    }

    @Test
    void whatTheTemplateDefinesAndTheModelAddsIsNotData() throws Exception {
        List<Finding> findings = check("notes.ftlh", """
                [#assign heading = title + "!"]
                [#macro row label cells][#list cells as n]${label}${n}[/#list][/#macro]
                [#function twice x][#return x * 2][/#function]
                ${heading} ${twice(2)} [@row "a" applications.results.total /]
                ${project.version} ${doc.source} ${.now?string.iso}
                [#list totals as key, value]${key}=${value}[/#list]
                ${free.any.thing.below} ${totals.anyKey}
                [#assign counter = 0][#assign counter = counter + 1]${counter}
                """);
        assertEquals(List.of(), texts(findings));
    }

    @Test
    void includedTemplatesAreReadInPlaceAndReportedAtTheirOwnLines() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("notes.ftlh", "[#list changes as c][#include \"parts/change.ftlh\"][/#list]\n");
        files.put("parts/change.ftlh", "<li>${c.name}</li>\n<li>${c.nam}</li>\n");
        assertEquals(List.of("templates/notes/parts/change.ftlh:2:7: TEMPLATE c.nam: schema.json has no \"nam\" in changes[] (did you mean \"name\"?)"),
                texts(check(files)));
    }

    @Test
    void aKindWithoutASchemaIsNotCheckedThisWay() throws Exception {
        ReportKind kind = kind(Map.of("notes.ftlh", "${anything.at.all}"));
        assertEquals(List.of(), TemplateLint.check(kind, compiled(kind), null));
    }

    @Test
    void theBuiltInKindsTemplatesPass() throws Exception {
        KindCatalog catalog = KindCatalog.load(null, java.nio.file.Path.of("."));
        Map<String, String> expectedPaths = Map.of("gov-info-annual-2019", "proactive.fees.lastYear", "gov-info-annual-2021", "proactive.feesWanYuan");
        for (String id : expectedPaths.keySet()) {
            ReportKind kind = catalog.find(id).orElseThrow();
            JsonNode schema = new ObjectMapper().readTree(kind.file("schema.json").orElseThrow());
            List<CompiledTemplate> templates = compiled(kind);
            assertEquals(3, templates.size(), id); // report.ftlh, report.docx and the print template report.pdf.ftlh
            assertEquals(List.of(), texts(TemplateLint.check(kind, templates, schema)), id);
            for (CompiledTemplate template : templates) {
                List<String> paths = TemplateLint.reads(kind, template, schema).stream().map(DataRead::path).toList();
                assertTrue(paths.contains(expectedPaths.get(id)) && paths.contains("applications.results.total"), id);
            }
        }
    }

    static List<Finding> check(String name, String template) throws Exception {
        return check(Map.of(name, template));
    }

    static List<Finding> check(Map<String, String> templates) throws Exception {
        ReportKind kind = kind(templates);
        return TemplateLint.check(kind, compiled(kind), new ObjectMapper().readTree(SCHEMA));
    }

    static ReportKind kind(Map<String, String> templates) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        templates.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return new ReportKind("notes", "templates/notes", files);
    }

    static List<CompiledTemplate> compiled(ReportKind kind) throws DocgenException {
        return new ArrayList<>(CompiledTemplates.of(kind).values());
    }

    static List<String> texts(List<Finding> findings) {
        return findings.stream().map(Finding::toString).toList();
    }
}
