package io.github.docgen.data;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How an unquoted YAML scalar becomes a value. Deliberately narrower than YAML 1.1 so that a clerk
 * gets what the file shows: {@code NO}, {@code on}, {@code yes} stay text; {@code 012} stays the
 * text "012" (a leading zero is a code, not octal); {@code 1.10} is the decimal 1.10 with its
 * trailing zero; {@code 2024-01-01} stays the ISO text (templates format it with {@code ?date.iso}).
 * Only {@code true}/{@code false}, {@code null}/{@code ~}/empty, and plain integers and decimals
 * are typed.
 */
final class ScalarTyping {
    private static final Pattern INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)\\.[0-9]+");

    private ScalarTyping() {
    }

    /** The typed value of a plain scalar, or throws with the reason when it is out of bounds. */
    static Object typePlain(String text, int maxDigits) throws IllegalArgumentException {
        switch (text) {
            case "", "~", "null", "Null", "NULL":
                return null;
            case "true", "True", "TRUE":
                return Boolean.TRUE;
            case "false", "False", "FALSE":
                return Boolean.FALSE;
            default:
                break;
        }
        if (INTEGER.matcher(text).matches()) {
            checkDigits(text, maxDigits);
            return Long.valueOf(text.startsWith("+") ? text.substring(1) : text);
        }
        if (DECIMAL.matcher(text).matches()) {
            checkDigits(text, maxDigits);
            return new BigDecimal(text);
        }
        return text;
    }

    static void checkDigits(String text, int maxDigits) {
        long digits = text.chars().filter(Character::isDigit).count();
        if (digits > maxDigits) {
            throw new IllegalArgumentException("number has " + digits + " digits; at most " + maxDigits + " are allowed");
        }
    }
}
