package io.github.docgen.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * ScalarTyping recognises numbers by hand; for any text it types exactly as the regular
 * expressions it replaced: {@code [-+]?(0|[1-9][0-9]*)} an integer, the same then
 * {@code \.[0-9]+} a decimal, anything else text (and the digit limit, overflow included).
 * A jqwik property named *Test, so that every build runs it (it takes a second).
 */
class ScalarTypingTest {
    private static final Pattern INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)\\.[0-9]+");

    @Property(tries = 5000)
    void typesAsTheRegularExpressionsDid(@ForAll("numberLike") String text) {
        assertEquals(reference(text, 18), typed(text, 18), text);
        assertEquals(reference(text, 25), typed(text, 25), text);
    }

    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> any = Arbitraries.strings().withChars("0123456789+-.e_x ~\u0661\uff11").ofMaxLength(24);
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMaxLength(22);
        Arbitrary<String> shaped = Combinators.combine(Arbitraries.of("", "-", "+", "+-", "."), digits, Arbitraries.of("", ".", "..", "e", "x"), digits)
                .as((sign, whole, point, fraction) -> sign + whole + point + fraction);
        return Arbitraries.oneOf(any, shaped);
    }

    private static String typed(String text, int maxDigits) {
        try {
            Object value = ScalarTyping.typePlain(text, maxDigits);
            return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
        } catch (IllegalArgumentException e) {
            return "refused:" + e.getMessage();
        }
    }

    /** typePlain as it was, with the regular expressions. */
    private static String reference(String text, int maxDigits) {
        try {
            Object value;
            if ("".equals(text) || "~".equals(text)) {
                value = null;
            } else if (INTEGER.matcher(text).matches()) {
                ScalarTyping.checkDigits(text, maxDigits);
                value = Long.valueOf(text.startsWith("+") ? text.substring(1) : text);
            } else if (DECIMAL.matcher(text).matches()) {
                ScalarTyping.checkDigits(text, maxDigits);
                value = new BigDecimal(text);
            } else {
                value = text;
            }
            return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
        } catch (IllegalArgumentException e) {
            return "refused:" + e.getMessage();
        }
    }
}
