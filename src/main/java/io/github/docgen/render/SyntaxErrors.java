package io.github.docgen.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.core.ParseException;
import freemarker.core._CoreAPI;
import io.github.docgen.text.ClosestNames;

/**
 * Every syntax error of a template in one build, not only the first. FreeMarker's parser stops at
 * the first error; so the text of the tag it stopped in is blanked (spaces, line breaks kept, so
 * that every later line and column stay where they were) and the template is parsed again, up to
 * {@link #MAX_ERRORS} times. An unclosed {@code ${} no longer hides the tags after it: only the
 * text up to the next tag is blanked. Each message is complete: the tokens FreeMarker expected are
 * named, not cut off after "one of these patterns:".
 */
public final class SyntaxErrors {
    /** After this many errors the rest of a template is not read: the first ones are the ones to fix. */
    public static final int MAX_ERRORS = 20;
    private static final Pattern OPENER = Pattern.compile("\\$\\{|#\\{|\\[/?[#@]|</?[#@]|\\[=");
    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"(.*)\", but was expecting (?:one of these patterns|pattern):\\s*$");
    private static final Pattern UNKNOWN_DIRECTIVE = Pattern.compile("^Unknown directive: #(\\w+)\\..*");
    private static final int MAX_NAMED_TOKENS = 12;

    private SyntaxErrors() {
    }

    /** Parses a source; throws at its first syntax error. */
    public interface Parser {
        void parse(String source) throws ParseException;
    }

    /** Where the text to blank after an error starts and ends in the source. */
    public interface Blanking {
        /** The span {@code [start, end)} of the tag the error is in, or null when nothing can be blanked. */
        int[] span(String source, int errorOffset, ParseException e);
    }

    /** One syntax error: its line and column in the source, and the complete message. */
    public record Error(int line, int column, String message) {
    }

    /** The errors of {@code source}, {@code first} (the error the build's own parse found) first. */
    public static List<Error> all(String source, ParseException first, Parser parser, Blanking blanking) {
        List<Error> errors = new ArrayList<>();
        ParseException e = first;
        String text = source;
        int lastOffset = -1;
        while (e != null && errors.size() < MAX_ERRORS) {
            int offset = offset(text, e.getLineNumber(), e.getColumnNumber());
            if (offset <= lastOffset) {
                break; // blanking did not get past it: the same error again
            }
            boolean atEnd = offset >= text.length() || String.valueOf(e.getEditorMessage()).startsWith("Unexpected end of file");
            int[] span = atEnd ? null : blanking.span(text, offset, e);
            errors.add(new Error(e.getLineNumber(), e.getColumnNumber(), message(e, span, text)));
            if (span == null || span[1] <= offset) {
                break; // the end of the template, or no way past this error
            }
            lastOffset = offset;
            text = blank(text, span[0], span[1]);
            Matcher unknown = UNKNOWN_DIRECTIVE.matcher(String.valueOf(e.getEditorMessage()));
            if (unknown.lookingAt()) { // its closing tag would be the next error, and say nothing new
                text = blankClosing(text, span[1], unknown.group(1));
            }
            e = parse(parser, text);
        }
        if (e != null && errors.size() == MAX_ERRORS) {
            errors.add(new Error(e.getLineNumber(), e.getColumnNumber(), "more syntax errors follow; the first "
                    + MAX_ERRORS + " are listed"));
        }
        return errors;
    }

    /** How text templates are blanked: the tag around the error, from its opening to its closing bracket or the next tag. */
    public static int[] tagSpan(String source, int errorOffset, ParseException e) {
        int start = -1;
        Matcher opener = OPENER.matcher(source);
        int from = Math.max(0, errorOffset - 4000);
        while (opener.find(from) && opener.start() <= errorOffset) {
            start = opener.start();
            from = opener.start() + 1;
        }
        if (start < 0) {
            return new int[] {errorOffset, errorOffset + 1};
        }
        char close = source.charAt(start) == '<' ? '>' : source.charAt(start) == '[' ? ']' : '}';
        int closing = source.indexOf(close, Math.max(errorOffset, start + 2));
        Matcher next = OPENER.matcher(source);
        int nextTag = next.find(start + 2) ? next.start() : source.length();
        int end = closing < 0 || nextTag <= closing ? nextTag : closing + 1;
        return new int[] {start, Math.max(end, errorOffset + 1)};
    }

    /** FreeMarker's message made whole: expected tokens named on the same line, the help link left out, a directive's near names. */
    static String message(ParseException e, int[] span, String source) {
        String editor = e.getEditorMessage() == null ? "syntax error" : e.getEditorMessage();
        String[] lines = editor.split("\\R");
        Matcher unknown = UNKNOWN_DIRECTIVE.matcher(lines[0]);
        if (unknown.matches()) {
            return "unknown directive #" + unknown.group(1) + ClosestNames.hint(unknown.group(1), _CoreAPI.ALL_BUILT_IN_DIRECTIVE_NAMES);
        }
        Matcher encountered = ENCOUNTERED.matcher(lines[0]);
        String out;
        if (encountered.matches()) {
            Set<String> expected = new LinkedHashSet<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    expected.add(token(lines[i].trim()));
                }
            }
            String found = encountered.group(1);
            if (expected.contains("the end of the template") || expected.size() > MAX_NAMED_TOKENS) {
                out = "\"" + found + "\" is not inside a block it can close or continue";
            } else {
                out = "found \"" + found + "\" where " + (expected.size() == 1 ? "" : "one of ") + String.join(", ", expected)
                        + (expected.size() == 1 ? " was" : " were") + " expected";
            }
        } else {
            out = String.join(" ", lines).replaceAll("\\s+", " ").trim();
        }
        if (span != null && span[0] < span[1] && span[1] <= source.length() && unclosed(source, span)) {
            int[] at = lineColumn(source, span[0]);
            String opener = source.substring(span[0], Math.min(span[1], span[0] + 2));
            out += " (the \"" + opener + "\" at line " + at[0] + ", column " + at[1] + " is not closed)";
        }
        return out;
    }

    private static boolean unclosed(String source, int[] span) {
        char first = source.charAt(span[0]);
        char close = first == '<' ? '>' : first == '[' ? ']' : '}';
        return first != ' ' && source.charAt(span[1] - 1) != close && OPENER.matcher(source).region(span[0], span[1]).lookingAt();
    }

    /** A token as FreeMarker's grammar names it, in words. */
    private static String token(String pattern) {
        return switch (pattern) {
            case "<STRING_LITERAL>", "<RAW_STRING>" -> "a string";
            case "<INTEGER>", "<DECIMAL>", "<HEX_INTEGER>" -> "a number";
            case "<ID>" -> "a name";
            case "<EOF>" -> "the end of the template";
            case "<TERMINATING_EXCLAM>" -> "\"!\"";
            case "<DOT_DOT_LESS>" -> "\"..<\"";
            case "<CLOSING_CURLY_BRACKET>" -> "\"}\"";
            default -> pattern.startsWith("<") && pattern.endsWith(">") ? pattern.substring(1, pattern.length() - 1).toLowerCase().replace('_', ' ')
                    : pattern;
        };
    }

    private static String blankClosing(String text, int from, String directive) {
        Matcher closing = Pattern.compile("[\\[<]/#" + Pattern.quote(directive) + "\\s*[\\]>]").matcher(text);
        return closing.find(from) ? blank(text, closing.start(), closing.end()) : text;
    }

    private static ParseException parse(Parser parser, String text) {
        try {
            parser.parse(text);
            return null;
        } catch (ParseException e) {
            return e;
        }
    }

    private static String blank(String text, int start, int end) {
        StringBuilder out = new StringBuilder(text);
        for (int i = start; i < end && i < out.length(); i++) {
            char c = out.charAt(i);
            if (c != '\n' && c != '\r') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** The offset of FreeMarker's 1-based line and column, which counts a tab as reaching the next multiple of 8. */
    static int offset(String text, int line, int column) {
        int i = 0;
        for (int l = 1; l < line && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                l++;
            }
        }
        int col = 1;
        while (i < text.length() && text.charAt(i) != '\n' && col < column) {
            col = text.charAt(i) == '\t' ? ((col - 1) / 8 + 1) * 8 + 1 : col + 1;
            i++;
        }
        return i;
    }

    private static int[] lineColumn(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column = text.charAt(i) == '\t' ? ((column - 1) / 8 + 1) * 8 + 1 : column + 1;
            }
        }
        return new int[] {line, column};
    }
}
