package io.github.docgen.check;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

import io.github.docgen.data.DataNode;

/**
 * One value of a table that must hold a number, read the way a clerk writes it. A blank, "/" or
 * "减4" is not 0: each is a problem named as such, so the clerk learns what to type.
 *
 * @param value   the number, or null when the cell holds none
 * @param problem what is wrong, phrased to follow "expected …, found ", or null when it is a number
 */
record NumberCell(DataNode node, BigDecimal value, String problem) {
    private static final Pattern LOOKS_LIKE_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9].*");
    /** 1,234 or 1,234,567.5: digits grouped by thousands. */
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

    /** What a cell must be: a count of things, or an amount of money. */
    public enum Expect {
        COUNT("a count (a whole number, 0 or more)"),
        AMOUNT("an amount (a number, 0 or more)"),
        INTEGER("a whole number"),
        NUMBER("a number");

        final String description;

        Expect(String description) {
            this.description = description;
        }
    }

    /** Reads a cell; {@code expect} decides whether a negative or a fraction is a problem. */
    public static NumberCell read(DataNode node, Expect expect) {
        BigDecimal value = numberIn(node);
        if (value == null) {
            return new NumberCell(node, null, found(node));
        }
        if ((expect == Expect.COUNT || expect == Expect.AMOUNT) && value.signum() < 0) {
            return new NumberCell(node, value, text(node) + ", below 0");
        }
        if ((expect == Expect.COUNT || expect == Expect.INTEGER) && !(scalar(node) instanceof Long)) {
            return new NumberCell(node, value, text(node) + ", not a whole number");
        }
        return new NumberCell(node, value, null);
    }

    /** The number a value holds when it is one (an integer or a decimal as written), else null. */
    public static BigDecimal numberIn(DataNode node) {
        Object value = scalar(node);
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        return value instanceof BigDecimal d ? d : null;
    }

    public boolean ok() {
        return problem == null;
    }

    /** "expected a count (…), found a blank cell (…)", the message body of a bad cell. */
    public String message(Expect expect) {
        return "expected " + expect.description + ", found " + problem;
    }

    private static String found(DataNode node) {
        if (node instanceof DataNode.MapNode) {
            return "a map of keys";
        }
        if (node instanceof DataNode.ListNode) {
            return "a list";
        }
        DataNode.ScalarNode scalar = (DataNode.ScalarNode) node;
        Object value = scalar.value();
        if (value == null) {
            return "a blank cell (a blank is not 0: write 0 when there were none)";
        }
        if ("/".equals(String.valueOf(value).strip())) {
            return "'/' (a slash is not 0: write 0 when there were none)";
        }
        if (value instanceof String s) {
            String why = whyText(s, scalar.quoted());
            return "the text '" + s + "'" + (why == null ? "" : " (" + why + ")");
        }
        return "'" + scalar.text() + "'";
    }

    /**
     * What made a number text, and the number to write instead, or null when the text is no
     * number at all: quotes, a full-width space or digits, a leading zero, a thousands separator.
     */
    private static String whyText(String text, boolean quoted) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (THOUSANDS.matcher(plain).matches()) {
            plain = plain.replace(",", "");
        }
        if (!LOOKS_LIKE_NUMBER.matcher(plain).matches()) {
            return null;
        }
        String number = new BigDecimal(plain).toPlainString();
        if (quoted) {
            return text.equals(number) ? "a number in quotes is text: remove the quotes" : "a number in quotes is text: write " + number + " without quotes";
        }
        if (text.indexOf('\u3000') >= 0) {
            return "a full-width space makes it text: write " + number;
        }
        if (!text.strip().equals(Normalizer.normalize(text, Normalizer.Form.NFKC).strip())) {
            return "full-width characters make it text: write " + number;
        }
        if (!text.strip().equals(text)) {
            return "a space around it makes it text: write " + number;
        }
        if (plain.contains(",") || text.contains(",")) {
            return "a thousands separator makes it text: write " + number;
        }
        if (LEADING_ZERO.matcher(text).matches()) {
            return "a leading zero makes it text (a code, not a number): write " + number;
        }
        return null;
    }

    private static Object scalar(DataNode node) {
        return node instanceof DataNode.ScalarNode s ? s.value() : null;
    }

    private static String text(DataNode node) {
        return ((DataNode.ScalarNode) node).text();
    }
}
