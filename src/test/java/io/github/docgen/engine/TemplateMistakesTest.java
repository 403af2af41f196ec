package io.github.docgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.check.RuleCheck;
import io.github.docgen.check.SchemaCheck;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

/** A kind's templates are checked against its schema in {@code check}, so a branch the data does not take fails the build today. */
class TemplateMistakesTest {
    private static final String SCHEMA = """
            {"type": "object", "additionalProperties": false, "properties": {
              "kind": {}, "title": {"type": "string"}, "note": {"type": "string"}}}
            """;

    @Test
    void aMisspeltValueInABranchTheDataDoesNotTakeFailsTheCheckAtTheTemplatesLine(@TempDir Path dir) throws Exception {
        TestProject project = new TestProject(dir)
                .file("src/docgen/kinds/memo/schema.json", SCHEMA)
                .file("src/docgen/kinds/memo/memo.ftlh", "<h1>${title}</h1>\n[#if note??]<p>${nte}</p>[/#if]\n")
                .file("src/docgen/a.yaml", "kind: memo\ntitle: Hello\n");
        Docgen docgen = project.builder("1.0").checks(List.of(new SchemaCheck(), new RuleCheck())).build();
        DocgenException e = assertThrows(DocgenException.class, docgen::check);
        assertEquals(List.of("src/docgen/kinds/memo/memo.ftlh:2:18: TEMPLATE nte: schema.json has no \"nte\" at the top level,"
                + " and the template defines no such name (did you mean \"note\"?)"), e.findings().stream().map(Finding::toString).toList());
        assertThrows(DocgenException.class, () -> docgen.generate(ProgressListener.NONE));
        assertFalse(Files.exists(dir.resolve("target/docgen/a-1.0.html")), "nothing is rendered");

        project.file("src/docgen/kinds/memo/memo.ftlh", "<h1>${title}</h1>\n[#if note??]<p>${note}</p>[/#if]\n");
        assertEquals(1, project.builder("1.0").checks(List.of(new SchemaCheck(), new RuleCheck())).build()
                .generate(ProgressListener.NONE).rendered());
    }

    @Test
    void theSyntaxErrorsOfEveryTemplateOfAKindFailTheCheckInOneBuild(@TempDir Path dir) throws Exception {
        TestProject project = new TestProject(dir)
                .file("src/docgen/kinds/memo/memo.ftlh", "<h1>${title?}</h1>\n[#iff x]y\n<p>${title</p>\n${ok}\n")
                .file("src/docgen/kinds/memo/memo.txt.ftl", "${title +}\n")
                .file("src/docgen/a.yaml", "kind: memo\ntitle: Hello\n");
        DocgenException e = assertThrows(DocgenException.class, () -> project.builder("1.0").build().check());
        List<String> messages = e.findings().stream().map(Finding::toString).toList();
        assertEquals(List.of(
                "src/docgen/kinds/memo/memo.ftlh:1:13: TEMPLATE syntax: found \"}\" where a name was expected",
                "src/docgen/kinds/memo/memo.ftlh:2:2: TEMPLATE syntax: unknown directive #iff (did you mean \"if\"?)",
                "src/docgen/kinds/memo/memo.ftlh:3:12: TEMPLATE syntax: found \"/\" where one of a string, \"false\", \"true\", a number,"
                        + " \".\", \"+\", \"-\", \"!\", \"[\", \"(\", \"{\", a name were expected (the \"${\" at line 3, column 4 is not closed)",
                "src/docgen/kinds/memo/memo.txt.ftl:1:10: TEMPLATE syntax: found \"}\" where one of a string, \"false\", \"true\", a number,"
                        + " \".\", \"+\", \"-\", \"!\", \"[\", \"(\", \"{\", a name were expected"), messages);
    }
}
