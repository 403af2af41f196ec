package io.github.docgen.govinfo;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Writes one value as YAML the project's reader reads back as the same value: numbers as written,
 * text plain where the reader would take it as text, double-quoted otherwise.
 */
final class YamlScalar {
    /** What the reader would type as something other than text (see README, Data files). */
    private static final Pattern TYPED = Pattern.compile(
            "[-+]?[0-9][0-9._]*([eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+|0[xXoObB][0-9a-fA-F]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
                    + "|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|yes|no|on|off|Yes|No|On|Off|YES|NO|ON|OFF|y|n|Y|N");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlScalar() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        return isPlainSafe(text) ? text : quoted(text);
    }

    /** Whether {@code text} can go unquoted and comes back as this very text. */
    static boolean isPlainSafe(String text) {
        if (text.isEmpty() || TYPED.matcher(text).matches() || INDICATORS.indexOf(text.charAt(0)) >= 0
                || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
                || text.contains(": ") || text.contains(" #") || text.endsWith(":")) {
            return false;
        }
        return text.codePoints().allMatch(YamlScalar::isPlainChar);
    }

    /** Whether a text section can be a literal block: printable lines, none starting with a space. */
    static boolean isBlockSafe(String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && (Character.isWhitespace(line.charAt(0)) || Character.isWhitespace(line.charAt(line.length() - 1)))) {
                return false;
            }
            if (!line.codePoints().allMatch(c -> c == '\t' || isPlainChar(c))) {
                return false;
            }
        }
        return !text.isEmpty() && !text.startsWith("\n") && !text.endsWith("\n");
    }

    private static boolean isPlainChar(int c) {
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0x2028 && c != 0x2029 && c != 0xFEFF
                && !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF;
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isPlainChar(c)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append(String.format("\\u%04X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
