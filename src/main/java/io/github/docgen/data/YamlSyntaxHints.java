package io.github.docgen.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.Mark;

import io.github.docgen.diagnostic.SourcePosition;

/**
 * What a clerk did when snakeyaml reports a syntax error with a usual cause, said with its fix at
 * the place of the cause: a tab where YAML allows only spaces ("Do not use \t(TAB) for
 * indentation", also for a tab after {@code licensing:}), and a full-width colon typed after a
 * key ({@code kind：}), which YAML reads as part of a text and reports a line or more later.
 */
final class YamlSyntaxHints {
    /** A key at the start of a line (or of a list item), then a full-width colon. */
    private static final Pattern KEY_THEN_FULL_WIDTH_COLON = Pattern.compile("^\\s*(?:-\\s+)?([\\p{L}\\p{N}_-]+)\\s*：");
    /** How many lines before the error a full-width colon is looked for when snakeyaml names no context. */
    private static final int LINES_BEFORE = 1;

    private YamlSyntaxHints() {
    }

    /** The error with its cause and fix, or null when it has none of the usual causes. */
    static DataFileException explain(String text, String file, Mark problem, Mark context) {
        if (problem == null) {
            return null;
        }
        DataFileException tab = tab(text, file, problem);
        return tab != null ? tab : fullWidthColon(text, file, problem.getLine(), context == null ? problem.getLine() - LINES_BEFORE : context.getLine());
    }

    private static DataFileException tab(String text, String file, Mark problem) {
        String line = line(text, problem.getLine());
        int at = charIndex(line, problem.getColumn());
        if (at < 0 || at >= line.length() || line.charAt(at) != '\t') {
            return null;
        }
        SourcePosition position = new SourcePosition(file, problem.getLine() + 1, problem.getColumn() + 1);
        String before = line.substring(0, at).strip();
        if (before.isEmpty()) {
            return new DataFileException(position, "a tab in the indentation: YAML indents with spaces only; replace the tab with spaces");
        }
        return new DataFileException(position, "a tab after '" + shortened(before)
                + "': YAML separates with spaces, not tabs; replace the tab with a space");
    }

    /** The first full-width colon after a key, going up from the line of the error to the line snakeyaml names as context. */
    private static DataFileException fullWidthColon(String text, String file, int lastLine, int firstLine) {
        for (int lineNo = lastLine; lineNo >= Math.max(0, firstLine); lineNo--) {
            String line = line(text, lineNo);
            Matcher key = KEY_THEN_FULL_WIDTH_COLON.matcher(line);
            if (key.find()) {
                int colon = key.end() - 1;
                SourcePosition position = new SourcePosition(file, lineNo + 1, line.codePointCount(0, colon) + 1);
                return new DataFileException(position, "a full-width colon '：' after '" + key.group(1)
                        + "': YAML needs an ASCII colon and a space, as in '" + key.group(1) + ": …'");
            }
        }
        return null;
    }

    /** Line {@code index} (from 0) of the text, without its line break; empty past the end. */
    private static String line(String text, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return "";
            }
        }
        int end = text.indexOf('\n', start);
        String line = end < 0 ? text.substring(start) : text.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The char index of code point {@code column} of the line, or -1 past its end. */
    private static int charIndex(String line, int column) {
        try {
            return line.offsetByCodePoints(0, column);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    private static String shortened(String text) {
        return text.length() <= 30 ? text : "…" + text.substring(text.length() - 29);
    }
}
