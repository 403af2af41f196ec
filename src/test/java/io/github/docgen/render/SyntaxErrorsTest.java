package io.github.docgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;

/** Every syntax error of a template in one build, each message whole, each at its own line and column. */
class SyntaxErrorsTest {

    @Test
    void anUnclosedInterpolationDoesNotHideTheMistakesAfterIt() {
        List<String> errors = errors("""
                <p>${agency</p>
                <p>${title?}</p>
                [#iff draft]Draft[/#iff]
                [/#if]
                <p>${year}</p>
                """);
        assertEquals(List.of(
                "templates/notes/notes.ftlh:1:13: TEMPLATE syntax: found \"/\" where one of a string, \"false\", \"true\", a number, \".\","
                        + " \"+\", \"-\", \"!\", \"[\", \"(\", \"{\", a name were expected (the \"${\" at line 1, column 4 is not closed)",
                "templates/notes/notes.ftlh:2:12: TEMPLATE syntax: found \"}\" where a name was expected",
                "templates/notes/notes.ftlh:3:2: TEMPLATE syntax: unknown directive #iff (did you mean \"if\"?)",
                "templates/notes/notes.ftlh:4:1: TEMPLATE syntax: \"[/#if]\" is not inside a block it can close or continue"), errors);
    }

    @Test
    void anUnclosedBlockIsReportedAtTheEndAfterTheMistakesBeforeIt() {
        List<String> errors = errors("[#if a]\n${b c}\n${d}\n");
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("templates/notes/notes.ftlh:2:5: TEMPLATE syntax: found \"c\" where one of"), errors.get(0));
        assertTrue(errors.get(1).contains("You have an unclosed #if"), errors.get(1));
    }

    @Test
    void theNumberOfErrorsIsCapped() {
        List<String> errors = errors("${a?}\n".repeat(50));
        assertEquals(SyntaxErrors.MAX_ERRORS + 1, errors.size());
        assertEquals("templates/notes/notes.ftlh:21:5: TEMPLATE syntax: more syntax errors follow; the first 20 are listed",
                errors.get(SyntaxErrors.MAX_ERRORS));
    }

    @Test
    void tabsCountAsFreemarkerCountsThem() {
        assertEquals(2, SyntaxErrors.offset("\tab", 1, 10)); // the tab reaches column 9
        assertEquals(1, SyntaxErrors.offset("\tab", 1, 9));
    }

    private static List<String> errors(String template) {
        ReportKind kind = new ReportKind("notes", "templates/notes", Map.of("notes.ftlh", template.getBytes(StandardCharsets.UTF_8)));
        KindTemplate file = KindTemplate.of("notes.ftlh").orElseThrow();
        DocgenException e = assertThrows(DocgenException.class,
                () -> new TextFormatCompiler(RenderLimits.DEFAULT).compile(kind, file, HardenedFreemarker.forKind(kind)));
        return e.findings().stream().map(Finding::toString).toList();
    }
}
