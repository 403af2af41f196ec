package io.github.docgen.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.github.docgen.text.XmlSafeText;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.engine.TestProject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any string in a data field — control characters, surrogates, markup, FreeMarker syntax —
 * the HTML output parses, holds exactly one paragraph, and shows the value literally (with the
 * characters XML forbids replaced by U+FFFD).
 */
class AnyTextRendersSafelyProperties {

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> markup = Arbitraries.of("<script>", "</p>", "${7*7}", "[#list 1..3 as i]", "&amp;", "]]>", "\"", "'",
                "[=x]", "<#assign y=1>", "\u0000", "\uD800", "\uFFFE");
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(10).list().ofMaxSize(4).map(l -> String.join("", l)),
                markup.list().ofMaxSize(6).map(l -> String.join("x", l)));
    }

    @Property(tries = 200)
    void anyStringIsPrintedLiterally(@ForAll("anyText") String value) throws Exception {
        Path dir = Files.createTempDirectory("prop");
        try {
            // JSON carries any string (escaped as \\uXXXX), so the property covers every character.
            StringBuilder json = new StringBuilder("{\"kind\": \"memo\", \"title\": \"");
            value.chars().forEach(c -> json.append(String.format("\\u%04x", c)));
            json.append("\"}");
            TestProject project = new TestProject(dir).file("src/docgen/kinds/memo/page.ftlh",
                    "<!DOCTYPE html><html><body><p id=\"v\">${title}</p></body></html>").file("src/docgen/a.json", json.toString());
            try {
                project.generate();
            } catch (DocgenException e) {
                throw new AssertionError(e.getMessage(), e);
            }
            Document html = Jsoup.parse(project.read("a-1.0.html"));
            assertEquals(1, html.select("p").size());
            assertEquals(0, html.select("script").size());
            String expected = XmlSafeText.clean(value).replace("\r\n", "\n").replace('\r', '\n');
            assertEquals(expected, html.getElementById("v").wholeText().replace("\r\n", "\n").replace('\r', '\n'));
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
