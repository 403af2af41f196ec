package io.github.docgen.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds FreeMarker tags in the visible text of one paragraph, the way the maintainer reads it in
 * Word: strings may hold brackets and braces, and Word's typographic quotes count as quotes.
 * Inside a tag, quotes are straightened and no-break spaces become spaces, so that
 * {@code ${x?string(“a”,“b”)}} means what it looks like.
 */
final class TagScanner {

    /** A tag at {@code [start, end)} of the paragraph text. */
    record Span(int start, int end, TemplateTag tag) {
    }

    /** What the scan found: the tags, or why the text cannot be read. */
    record Result(List<Span> spans, String error) {
    }

    private TagScanner() {
    }

    static Result scan(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = nextTagStart(text, i);
            if (start < 0) {
                break;
            }
            int end = text.startsWith("[#--", start) ? commentEnd(text, start) : tagEnd(text, start);
            if (end < 0) {
                String opener = text.startsWith("${", start) ? "${" : text.startsWith("[#--", start) ? "[#--" : "[#";
                return new Result(spans, "\"" + opener + "\" is not closed in the same paragraph"
                        + (opener.equals("${") ? " (a '}' is missing)" : opener.equals("[#--") ? " (a '--]' is missing)" : " (a ']' is missing)"));
            }
            spans.add(new Span(start, end, TemplateTag.of(straighten(text.substring(start, end)))));
            i = end;
        }
        return new Result(spans, null);
    }

    /** The start of the next {@code ${}, {@code [#x} or {@code [/#x}; anything else is text. */
    static int nextTagStart(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '$' && text.charAt(i + 1) == '{') {
                return i;
            }
            if (c == '[' && isDirectiveAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDirectiveAt(String text, int i) {
        int hash = text.startsWith("[/#", i) ? i + 3 : text.startsWith("[#", i) ? i + 2 : -1;
        if (hash < 0 || hash >= text.length()) {
            return false;
        }
        return Character.isLetter(text.charAt(hash)) || text.startsWith("--", hash) && hash == i + 2;
    }

    /** The end (exclusive) of the tag at {@code start}, skipping strings and nested brackets; -1 when unclosed. */
    private static int tagEnd(String text, int start) {
        boolean interpolation = text.charAt(start) == '$';
        char open = interpolation ? '{' : '[';
        char close = interpolation ? '}' : ']';
        int depth = 0;
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = straighten(text.charAt(i));
            if (quote != 0) {
                if (c == '\\' && i + 1 < text.length()) {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int commentEnd(String text, int start) {
        int end = text.indexOf("--]", start + 4);
        return end < 0 ? -1 : end + 3;
    }

    static String straighten(String tag) {
        StringBuilder out = new StringBuilder(tag.length());
        for (int i = 0; i < tag.length(); i++) {
            out.append(straighten(tag.charAt(i)));
        }
        return out.toString();
    }

    private static char straighten(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> c;
        };
    }
}
