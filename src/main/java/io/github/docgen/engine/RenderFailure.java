package io.github.docgen.engine;

import java.util.List;
import java.util.regex.Pattern;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataNode;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

/**
 * A template failed on one data file: the message names that file, and when the expression the
 * template blames reads a value of the file, the line of that value (or of the map that lacks it).
 */
final class RenderFailure {
    /** A plain data path as templates write it: {@code a.b[0].c}. Loop variables and built-ins are not followed. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+])*");
    private static final Pattern STEP = Pattern.compile("\\.|(?=\\[)");

    private RenderFailure() {
    }

    static DocgenException naming(DataFile data, DocgenException e) {
        String where = "rendering " + data.displayPath() + read(data, e.blamedExpression());
        List<Finding> named = e.findings().stream()
                .map(f -> new Finding(f.severity(), f.position(), f.rule(), f.message() + " (" + where + ")")).toList();
        return new DocgenException(named, e.check());
    }

    /** Where the file holds the value the expression reads, or the map that lacks it; empty when it is not a path of the file. */
    private static String read(DataFile data, String expression) {
        if (expression == null || !PATH.matcher(expression).matches()) {
            return "";
        }
        DataNode node = data.root();
        boolean first = true;
        for (String step : STEP.split(expression)) {
            DataNode next = step(node, step);
            if (next == null) {
                // A first name the file lacks is a loop variable or an assignment of the template: nothing to point at.
                return first ? "" : "; " + step + " is missing from the value at " + node.position();
            }
            node = next;
            first = false;
        }
        return "; the value " + expression + " is at " + node.position();
    }

    private static DataNode step(DataNode node, String step) {
        if (step.startsWith("[")) {
            int index = Integer.parseInt(step.substring(1, step.length() - 1));
            return node instanceof DataNode.ListNode list && index < list.items().size() ? list.items().get(index) : null;
        }
        return node instanceof DataNode.MapNode map ? map.get(step) : null;
    }
}
