package io.github.docgen.govinfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.docgen.govinfo.ReportLayout.Cells;
import io.github.docgen.govinfo.ReportLayout.Entry;
import io.github.docgen.govinfo.ReportLayout.Group;
import io.github.docgen.govinfo.ReportLayout.Note;
import io.github.docgen.govinfo.ReportLayout.Row;
import io.github.docgen.govinfo.ReportLayout.Text;
import io.github.docgen.govinfo.ReportLayout.Value;

/**
 * Writes the data file of an annual report laid out as the kind's sample is: keys in the official
 * order, a row of numbers per line, each key followed by its official label as a comment. The same
 * values always give the same bytes, whatever order they were collected in.
 */
public final class ReportYaml {
    private static final int INDENT = 2;
    private static final String ROLLUP = "rollup";
    /** Longer lines (a long agency name, a one-line text) get their comment right after them, not a column for all. */
    private static final int LONGEST_ALIGNED = 60;

    private final GovInfoFormat format;

    public ReportYaml(GovInfoFormat format) {
        this.format = format;
    }

    /**
     * @param header comment lines for the top of the file (where the data came from)
     * @param values the data, as maps, lists and plain values under the layout's keys; a row or
     *               cell that is missing is written as null, a text or value that is missing is left out
     * @param guides comment lines to put above a key (such as last year's text of a section)
     */
    public String write(List<String> header, Map<String, Object> values, Map<String, List<String>> guides) {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(comment(line)).append('\n'));
        writeEntries(out, format.layout(), values, guides, 0);
        return out.toString();
    }

    private void writeEntries(StringBuilder out, List<Entry> entries, Map<String, Object> values,
            Map<String, List<String>> guides, int depth) {
        String indent = " ".repeat(depth * INDENT);
        int keyWidth = entries.stream().filter(e -> e.key() != null).mapToInt(e -> e.key().length()).max().orElse(0) + 2;
        List<String[]> lines = new ArrayList<>(); // [text without comment, comment or null]
        for (Entry entry : entries) {
            if (entry instanceof Note note) {
                lines.add(new String[] {indent + comment(note.text()), null});
                continue;
            }
            Object value = values == null ? null : values.get(entry.key());
            if ((entry instanceof Value || entry instanceof Text) && (values == null || !values.containsKey(entry.key()))) {
                continue;
            }
            for (String guide : guides.getOrDefault(entry.key(), List.of())) {
                lines.add(new String[] {indent + comment(guide), null});
            }
            String key = pad(indent + entry.key() + ":", indent.length() + keyWidth);
            if (entry instanceof Group && values != null && values.containsKey(ROLLUP) && !values.containsKey(entry.key())) {
                continue; // a roll-up's tables are its members' sums
            }
            if (entry instanceof Value v) {
                lines.add(new String[] {key + (value instanceof List<?> list ? flow(list) : YamlScalar.of(value)), v.label()});
            } else if (entry instanceof Row r) {
                lines.add(new String[] {key + row(value, r.width()), r.label()});
            } else if (entry instanceof Cells c) {
                lines.add(new String[] {key + cells(value, c.columns()), c.label()});
            } else if (entry instanceof Text t) {
                text(lines, indent, key, value, t.label());
            } else if (entry instanceof Group g) {
                flush(out, lines);
                out.append(indent).append(g.key()).append(':').append(g.label() == null ? "" : "  " + comment(g.label())).append('\n');
                writeEntries(out, g.entries(), asMap(value), guides, depth + 1);
            }
        }
        flush(out, lines);
    }

    private static void text(List<String[]> lines, String indent, String key, Object value, String label) {
        String text = value == null ? null : value.toString();
        // "|" keeps one final line break, "|-" none: either way the text reads back as it was.
        String body = text != null && text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (body == null || !text.contains("\n") || !YamlScalar.isBlockSafe(body)) {
            lines.add(new String[] {key + YamlScalar.of(text), label});
            return;
        }
        lines.add(new String[] {key + (body.length() < text.length() ? "|" : "|-"), label});
        for (String line : body.split("\n", -1)) {
            lines.add(new String[] {line.isEmpty() ? "" : indent + " ".repeat(INDENT) + line, null});
        }
    }

    /** Writes lines with their comments aligned one column after the longest line that has one. */
    private static void flush(StringBuilder out, List<String[]> lines) {
        int column = lines.stream().filter(l -> l[1] != null && l[0].length() <= LONGEST_ALIGNED)
                .mapToInt(l -> l[0].length()).max().orElse(0) + 3;
        for (String[] line : lines) {
            out.append(align(line[0], line[1], column)).append('\n');
        }
        lines.clear();
    }

    private static String align(String text, String label, int column) {
        return label == null ? text : pad(text, column) + comment(label);
    }

    private static String flow(List<?> items) {
        List<String> written = new ArrayList<>(items.size());
        items.forEach(item -> written.add(YamlScalar.of(item)));
        return "[" + String.join(", ", written) + "]";
    }

    private static String row(Object value, int width) {
        List<?> cells = value instanceof List<?> list ? list : List.of();
        List<String> written = new ArrayList<>(width);
        for (int i = 0; i < Math.max(width, cells.size()); i++) {
            written.add(YamlScalar.of(i < cells.size() ? cells.get(i) : null));
        }
        return "[" + String.join(", ", written) + "]";
    }

    private static String cells(Object value, List<String> columns) {
        Map<String, Object> map = asMap(value);
        List<String> written = new ArrayList<>(columns.size());
        for (String column : columns) {
            written.add(column + ": " + YamlScalar.of(map == null ? null : map.get(column)));
        }
        return "{" + String.join(", ", written) + "}";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** A comment line; a line break inside would end the comment, so every kind of one becomes a space. */
    private static String comment(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ");
        return oneLine.isEmpty() ? "#" : "# " + oneLine;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + "   " : text + " ".repeat(width - text.length());
    }
}
