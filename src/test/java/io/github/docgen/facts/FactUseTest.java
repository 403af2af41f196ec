package io.github.docgen.facts;

import static io.github.docgen.wordml.Wml.paragraph;
import static io.github.docgen.wordml.Wml.run;
import static io.github.docgen.wordml.Xml.el;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.docgen.wordml.DocxPackage;
import io.github.docgen.wordml.Wml;

class FactUseTest {
    private static final Set<String> NAMES = Set.of("git", "tests", "dependencies");

    @Test
    void aNameCountsInsideFreemarkerCode() {
        assertEquals(Set.of("git"), used("notes.ftlh", "[#list git.features as c]${c.description}[/#list]"));
        assertEquals(Set.of("tests"), used("notes.ftlh", "<p>${tests.passed} passed</p>"));
        assertEquals(Set.of("dependencies"), used("notes.txt.ftl", "<#if dependencies?has_content>x</#if>"));
        assertEquals(Set.of("git"), used("notes.ftlh", "[#if git??]tagged ${git.tag!}[/#if]"));
    }

    @Test
    void textCommentsAndOtherKeysDoNotCount() {
        assertEquals(Set.of(), used("notes.ftlh", "<p>All tests passed; see git history.</p>"));
        assertEquals(Set.of(), used("notes.ftlh", "[#-- uses ${git.commits} one day --]${project.tests}${gitlab}${my_tests}"));
        assertEquals(Set.of(), used("schema.json", "{\"properties\": {\"tests\": {}}} ${tests}"), "not a template");
    }

    @Test
    void includesCount() {
        assertEquals(Set.of("tests"), used("parts/summary.ftlh", "${tests.tests}"));
    }

    @Test
    void aWordTemplateIsReadAsTheTextWordShowsEvenWhenATagIsSplitOverRuns() {
        DocxPackage docx = new DocxPackage("t");
        byte[] bytes = docx.toBytes(Wml.root("w:document").add(el("w:body").add(
                paragraph("Normal", run("Tested: ${te"), run("sts.passed} of &lt;all&gt;")))).document());
        assertEquals(Set.of("tests"), FactUse.namesUsed(Map.of("notes.docx", bytes), NAMES));
        assertEquals(Set.of(), FactUse.namesUsed(Map.of("notes.docx", "not a zip".getBytes(StandardCharsets.UTF_8)), NAMES));
    }

    private static Set<String> used(String file, String text) {
        return FactUse.namesUsed(Map.of(file, text.getBytes(StandardCharsets.UTF_8)), NAMES);
    }
}
