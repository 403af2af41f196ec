package io.github.docgen.importer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Reads the number in a published table cell: full-width digits, thousands separators and a sign
 * are fine; anything else (a blank, "/", "—", "减4") is not a number, and the importer says so and
 * leaves the cell null rather than guess.
 */
final class CellNumber {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]{1,18}\\.[0-9]{1,18}");
    private static final Pattern GROUPED = Pattern.compile("[-+]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

    private CellNumber() {
    }

    /** The number as published (a Long, or a BigDecimal keeping its digits), or null when there is none. */
    static Object read(String text) {
        String t = Normalizer.normalize(VisibleText.trim(text), Normalizer.Form.NFKC).replace(" ", "");
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (INTEGER.matcher(t).matches()) {
            return Long.parseLong(t);
        }
        if (DECIMAL.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        return null;
    }

    /** Why a cell holds no number, for a message. */
    static String why(String text) {
        String t = VisibleText.trim(text);
        return t.isEmpty() ? "the cell is blank" : "'" + t.replace("\n", " ") + "' is not a number";
    }
}
