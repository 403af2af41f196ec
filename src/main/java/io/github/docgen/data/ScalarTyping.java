package io.github.docgen.data;

import java.math.BigDecimal;

/**
 * How an unquoted YAML scalar becomes a value. Deliberately narrower than YAML 1.1 so that a clerk
 * gets what the file shows: {@code NO}, {@code on}, {@code yes} stay text; {@code 012} stays the
 * text "012" (a leading zero is a code, not octal); {@code 1.10} is the decimal 1.10 with its
 * trailing zero; {@code 2024-01-01} stays the ISO text (templates format it with {@code ?date.iso}).
 * Only {@code true}/{@code false}, {@code null}/{@code ~}/empty, and plain integers and decimals
 * are typed.
 */
final class ScalarTyping {
    /** What {@link #shape} finds: not a number, an integer {@code [-+]?(0|[1-9][0-9]*)}, or a decimal (the same, then {@code \.[0-9]+}). */
    private static final int TEXT = 0;
    private static final int INTEGER = 1;
    private static final int DECIMAL = 2;

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
        switch (shape(text)) {
            case INTEGER:
                checkDigits(text, maxDigits);
                return Long.valueOf(text.startsWith("+") ? text.substring(1) : text);
            case DECIMAL:
                checkDigits(text, maxDigits);
                return new BigDecimal(text);
            default:
                return text;
        }
    }

    /** The two patterns above matched by hand: a regex costs a Matcher per scalar, and most scalars are numbers or text. */
    private static int shape(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (i == n || !isAsciiDigit(text.charAt(i))) {
            return TEXT;
        }
        if (text.charAt(i++) != '0') {
            while (i < n && isAsciiDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i == n) {
            return INTEGER;
        }
        if (text.charAt(i++) != '.' || i == n) {
            return TEXT;
        }
        while (i < n && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i == n ? DECIMAL : TEXT;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static void checkDigits(String text, int maxDigits) {
        long digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) { // any Unicode digit, as before; numbers only hold ASCII ones
                digits++;
            }
        }
        if (digits > maxDigits) {
            throw new IllegalArgumentException("number has " + digits + " digits; at most " + maxDigits + " are allowed");
        }
    }
}
