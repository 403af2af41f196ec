package io.github.docgen.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.docgen.text.XmlSafeText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A value that needs no escaping is returned as it is, without the cleaning and escaping passes:
 * for any text, the result must be what those passes make of it.
 */
class WordTextEscapingTest {
    private static final String BREAK = "</w:t><w:br/><w:t xml:space=\"preserve\">";
    private static final String TAB = "</w:t><w:tab/><w:t xml:space=\"preserve\">";

    @Provide
    Arbitrary<String> values() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u007F'),
                Arbitraries.chars().range('\u0080', '\uFFFF'),
                Arbitraries.of('<', '>', '&', '"', '\'', '\n', '\r', '\t', '\u0000', '\u001F', '\u3000', '中', '\uD83D', '\uDE00',
                        '\uFFFE', '\uFFFF', '\uFFFD', '0', '9', '.'));
        return Arbitraries.oneOf(chars.list().ofMaxSize(30).map(l -> {
            StringBuilder s = new StringBuilder();
            l.forEach(s::append);
            return s.toString();
        }), Arbitraries.strings().numeric().ofMaxLength(12), Arbitraries.strings().withCharRange('\u4E00', '\u9FFF').ofMaxLength(40));
    }

    @Property(tries = 5000)
    void escapingIsWhatCleaningAndEscapingMake(@ForAll("values") String value) {
        assertEquals(reference(value), WordTextOutputFormat.INSTANCE.escapePlainText(value));
    }

    /** Cleaning, then escaping character by character, as the format always did. */
    private static String reference(String value) {
        String text = XmlSafeText.clean(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append(BREAK);
                case '\t' -> out.append(TAB);
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append(BREAK);
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
