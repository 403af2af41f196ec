package io.github.docgen.importer;

/**
 * Turns the characters of a paragraph as written in HTML into the text a reader sees, the way
 * browsers lay it out (CSS Text 3): white space collapses to one space, a line break in the source
 * between two Chinese characters disappears (Word wraps its HTML every 80 columns, mid-sentence),
 * a no-break space is a space, and the paragraph is trimmed, full-width spaces included.
 */
final class VisibleText {
    private VisibleText() {
    }

    static String of(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (isCollapsible(c)) {
                int end = i;
                boolean lineBreak = false;
                while (end < raw.length() && isCollapsible(raw.charAt(end))) {
                    lineBreak |= raw.charAt(end) == '\n' || raw.charAt(end) == '\r';
                    end++;
                }
                char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                char after = end < raw.length() ? raw.charAt(end) : ' ';
                if (!(lineBreak && isWide(before) && isWide(after)) && before != ' ') {
                    out.append(' ');
                }
                i = end;
            } else {
                out.append(c == '\u00A0' ? ' ' : c);
                i++;
            }
        }
        return trim(out.toString());
    }

    /** Trims spaces of every kind a page indents with: ASCII, no-break, full-width (U+3000). */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    private static boolean isCollapsible(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Chinese characters and full-width punctuation: a source line break between two of them shows as nothing. */
    private static boolean isWide(char c) {
        return (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFF60')
                || (c >= '\uFE30' && c <= '\uFE4F') || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
                || c == '\u2014' || c == '\u2026' || Character.isHighSurrogate(c) || Character.isLowSurrogate(c);
    }
}
