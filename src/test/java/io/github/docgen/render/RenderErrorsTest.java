package io.github.docgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;

/** A render names every value the document misses, each with what the data holds there and the data file. */
class RenderErrorsTest {
    private static final Map<String, Object> MODEL = Map.of(
            "doc", Map.of("source", "2024/a.yaml"),
            "title", "Notes",
            "totals", Map.of("received", 1, "answered", 2));

    @Test
    void everyMissingValueOfADocumentIsNamedInOneRenderWithTheClosestKey() throws Exception {
        List<String> errors = errors("""
                <h1>${titel}</h1>
                <td>${totals.recieved}</td><td>${totals.answerd}</td><td>${totals.open}</td>
                """);
        assertEquals(List.of(
                "templates/notes/notes.ftlh:1:7: TEMPLATE The following has evaluated to null or missing: in titel"
                        + " [in template \"notes.ftlh\" at line 1, column 7]: the data has no \"titel\" here (did you mean \"title\"?)",
                "templates/notes/notes.ftlh:2:7: TEMPLATE The following has evaluated to null or missing: in totals.recieved"
                        + " [in template \"notes.ftlh\" at line 2, column 7]: the data has no \"recieved\" here (did you mean \"received\"?)",
                "templates/notes/notes.ftlh:2:34: TEMPLATE The following has evaluated to null or missing: in totals.answerd"
                        + " [in template \"notes.ftlh\" at line 2, column 34]: the data has no \"answerd\" here (did you mean \"answered\"?)",
                "templates/notes/notes.ftlh:2:60: TEMPLATE The following has evaluated to null or missing: in totals.open"
                        + " [in template \"notes.ftlh\" at line 2, column 60]: the data has no \"open\" here (it has answered, received)"),
                errors);
    }

    @Test
    void anotherKindOfErrorStopsTheRenderAsBefore() throws Exception {
        List<String> errors = errors("${titel}${title + 1 > 2}${totals.x}");
        assertEquals(2, errors.size(), errors.toString());
    }

    @Test
    void attemptStillRecovers() throws Exception {
        ReportKind kind = kind("[#attempt]${titel}[#recover]fallback[/#attempt]");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        compile(kind).render(MODEL, out);
        assertEquals("fallback", out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> errors(String template) throws DocgenException {
        CompiledTemplate compiled = compile(kind(template));
        DocgenException e = assertThrows(DocgenException.class, () -> compiled.render(MODEL, new ByteArrayOutputStream()));
        return e.findings().stream().map(Finding::toString).toList();
    }

    private static CompiledTemplate compile(ReportKind kind) throws DocgenException {
        return new TextFormatCompiler(RenderLimits.DEFAULT).compile(kind, KindTemplate.of("notes.ftlh").orElseThrow(), HardenedFreemarker.forKind(kind));
    }

    private static ReportKind kind(String template) {
        return new ReportKind("notes", "templates/notes", Map.of("notes.ftlh", template.getBytes(StandardCharsets.UTF_8)));
    }
}
