package io.github.docgen.govinfo;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a data file of a built-in annual report kind, key by key in the order of the sample
 * files, with the official label of each: the YAML writer lays a file out by it, and the importer
 * finds a published row by the label it declares.
 */
public final class ReportLayout {

    /** One key of the data file. */
    public sealed interface Entry permits Group, Row, Cells, Value, Text, Note {
        String key();
    }

    /** A map of further entries ({@code applications:}, {@code results:}). */
    public record Group(String key, String label, List<Entry> entries) implements Entry {
        public Group {
            entries = List.copyOf(entries);
        }
    }

    /** A row of {@code width} numbers written as one list ({@code received: [1, 0, 0, 0, 0, 0, 1]}). */
    public record Row(String key, String label, int width) implements Entry {
    }

    /** A row of named numbers written as one map ({@code rules: {issued: 0, repealed: 0, inForce: 0}}). */
    public record Cells(String key, String label, List<String> columns) implements Entry {
        public Cells {
            columns = List.copyOf(columns);
        }
    }

    /** One number or short text ({@code licensing: 0}, {@code agency: 某局}). */
    public record Value(String key, String label) implements Entry {
    }

    /** A text section, paragraphs separated by a blank line ({@code overview: |}). */
    public record Text(String key, String label) implements Entry {
    }

    /** A comment line, not a key (the column labels of a table). */
    public record Note(String text) implements Entry {
        @Override
        public String key() {
            return null;
        }
    }

    /** A row of numbers with its path in the data file and the labels of the groups it is in. */
    public record TableRow(String path, List<String> labels) {
        /** The row's own label, the last one. */
        public String label() {
            return labels.get(labels.size() - 1);
        }
    }

    private ReportLayout() {
    }

    /**
     * Every {@link Row} under {@code group}, depth first, with its path from the group on and the
     * labels of the groups between (not the group's own).
     */
    public static List<TableRow> rows(Group group) {
        List<TableRow> rows = new ArrayList<>();
        collect(group, group.key(), List.of(), rows);
        return rows;
    }

    private static void collect(Group group, String path, List<String> labels, List<TableRow> out) {
        for (Entry entry : group.entries()) {
            if (entry instanceof Row row) {
                out.add(new TableRow(path + "." + row.key(), plus(labels, row.label())));
            } else if (entry instanceof Group sub) {
                collect(sub, path + "." + sub.key(), plus(labels, sub.label()), out);
            }
        }
    }

    private static List<String> plus(List<String> labels, String label) {
        List<String> more = new ArrayList<>(labels);
        more.add(label);
        return List.copyOf(more);
    }
}
