package io.github.docgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import io.github.docgen.diagnostic.Finding;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The check reads the page as UTF-8 bytes and searches with the regular expression only when
 * "script" or "data:" is there: it must find exactly what the regular expression finds in the
 * page's text, with the same message, for any page.
 */
class ScriptUrlsTest {

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> parts = Arbitraries.of("href", "HREF", "src", "SrC", "action", "formaction", "xlink:href", "=", " = ", "\"",
                "'", " ", "\n", "\t", "javascript", "JavaScript", "JAVASCRIPT", "vbscript", "VBScript", "data:text/html", "DATA:Text/HTML",
                "data:", "script", "scrİpt", "ſcript", "java\u017Fcript", "javascrıpt", "x", "中", "é", ":", "<a ", ">", "_",
                "\uD83D\uDE00", "\uD800", "\uDC00", "\u3000", "&#106;");
        return parts.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void bytesFindWhatTheTextFinds(@ForAll("pages") String page) {
        // The page as text, lone surrogates and all (its bytes have '?' for them).
        byte[] bytes = ("  " + page).getBytes(StandardCharsets.UTF_8);
        byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 7); // bytes past the length are not the page
        padded[bytes.length] = 's';
        Finding expected = ScriptUrls.find("  " + page, "t.ftlh");
        Finding got = ScriptUrls.find(padded, bytes.length, "t.ftlh");
        assertEquals(expected == null ? null : expected.toString(), got == null ? null : got.toString());
    }

    @Example
    void theWordsAreFoundInAnyAsciiCaseAnywhere() {
        assertNotNull(find("<a href=\"JaVaScRiPt:alert(1)\">"));
        assertNotNull(find("<p>\n<a\nhref = ' vbscript'>"));
        assertNotNull(find("中文<img src=DATA:TEXT/HTML,x>"));
        assertEquals("UNSAFE-URL", find("\n\n<a href=javascript:x>").rule());
        assertNull(find("<p>script data: but no link</p>"));
        assertNull(find("<a href=\"https://example.org/\">"));
    }

    private static Finding find(String page) {
        byte[] b = page.getBytes(StandardCharsets.UTF_8);
        return ScriptUrls.find(b, b.length, "t.ftlh");
    }
}
