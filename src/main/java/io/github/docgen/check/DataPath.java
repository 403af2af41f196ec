package io.github.docgen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.docgen.data.DataNode;

/**
 * A path into a data file as rules name it: keys joined by dots, list items by index
 * ({@code applications.results.total[6]}), {@code *} for any one key or item and {@code **} for
 * any one or more levels. Deliberately nothing more: paths select values, they compute nothing.
 */
final class DataPath {
    public static final String ANY = "*";
    public static final String ANY_DEPTH = "**";
    /** A key is letters (any script), digits, _ and -; so a path can never be mistaken for an expression. */
    private static final Pattern SEGMENT = Pattern.compile("([\\p{L}\\p{N}_-]+|\\*\\*|\\*)|\\[(\\d+|\\*)]");

    private final String text;
    private final List<String> segments;

    private DataPath(String text, List<String> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    /** Parses a path; throws IllegalArgumentException saying what is wrong with it. */
    public static DataPath parse(String text) {
        if (text == null || text.isBlank() || text.endsWith(".")) {
            throw new IllegalArgumentException("'" + text + "' is not a path (write keys.with.dots and [index])");
        }
        List<String> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(text);
        int at = 0;
        while (at < text.length()) {
            boolean dotted = !segments.isEmpty() && text.charAt(at) == '.';
            if (dotted) {
                at++;
            }
            // After the first segment a key needs its dot; an [index] follows directly.
            boolean found = m.find(at) && m.start() == at;
            boolean isKey = found && m.group(1) != null;
            if (!found || (!segments.isEmpty() && isKey != dotted)) {
                throw new IllegalArgumentException("'" + text + "' is not a path (write keys.with.dots and [index])");
            }
            segments.add(isKey ? m.group(1) : m.group(2));
            at = m.end();
        }
        return new DataPath(text, segments);
    }

    public List<String> segments() {
        return segments;
    }

    public boolean hasWildcard() {
        return segments.stream().anyMatch(s -> s.equals(ANY) || s.equals(ANY_DEPTH));
    }

    /** This path without its first segment (used for {@code previous.…}), or null when it has only one. */
    public DataPath withoutFirst() {
        if (segments.size() < 2) {
            return null;
        }
        List<String> rest = segments.subList(1, segments.size());
        return new DataPath(String.join(".", rest), rest);
    }

    /** Every value the path selects, in document order, each with its concrete path. */
    public List<Selected> select(DataNode root) {
        List<Selected> out = new ArrayList<>();
        select(new Selected("", root), 0, out);
        return out;
    }

    private void select(Selected at, int i, List<Selected> out) {
        if (i == segments.size()) {
            out.add(at);
            return;
        }
        String segment = segments.get(i);
        DataNode node = at.node();
        if (segment.equals(ANY_DEPTH)) {
            for (Selected child : children(at)) {
                select(child, i + 1, out);
                select(child, i, out);
            }
        } else if (segment.equals(ANY)) {
            for (Selected child : children(at)) {
                select(child, i + 1, out);
            }
        } else if (node instanceof DataNode.MapNode map && map.get(segment) != null) {
            select(at.entry(segment, map.get(segment)), i + 1, out);
        } else if (node instanceof DataNode.ListNode list && segment.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(segment);
            if (index < list.items().size()) {
                select(at.item(index, list.items().get(index)), i + 1, out);
            }
        }
    }

    /** Whether a concrete path (as {@link Selected#path()} gives it) is one this pattern selects. */
    public boolean matches(String concretePath) {
        return matches(split(concretePath), 0, 0);
    }

    /**
     * The segments of a concrete path. Lenient, unlike {@link #parse}: data keys may hold any
     * character, and a label lookup must never fail because of one.
     */
    static List<String> split(String concretePath) {
        List<String> segments = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < concretePath.length(); i++) {
            char c = concretePath.charAt(i);
            int close = c == '[' ? concretePath.indexOf(']', i) : -1;
            if (c == '.') {
                flush(key, segments);
            } else if (close > i + 1 && concretePath.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                flush(key, segments);
                segments.add(concretePath.substring(i + 1, close));
                i = close;
            } else {
                key.append(c);
            }
        }
        flush(key, segments);
        return segments;
    }

    private static void flush(StringBuilder key, List<String> segments) {
        if (key.length() > 0) {
            segments.add(key.toString());
            key.setLength(0);
        }
    }

    /** The deepest value this path reaches before it names something missing: where to say it is missing. */
    public DataNode nearest(DataNode root) {
        DataNode node = root;
        for (String segment : segments) {
            DataNode next = null;
            if (node instanceof DataNode.MapNode map) {
                next = map.get(segment);
            } else if (node instanceof DataNode.ListNode list && segment.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(segment) < list.items().size()) {
                next = list.items().get(Integer.parseInt(segment));
            }
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }

    private boolean matches(List<String> concrete, int p, int c) {
        if (p == segments.size()) {
            return c == concrete.size();
        }
        if (c == concrete.size()) {
            return false;
        }
        String segment = segments.get(p);
        if (segment.equals(ANY_DEPTH)) {
            return matches(concrete, p + 1, c + 1) || matches(concrete, p, c + 1);
        }
        return (segment.equals(ANY) || segment.equals(concrete.get(c))) && matches(concrete, p + 1, c + 1);
    }

    private static List<Selected> children(Selected at) {
        List<Selected> children = new ArrayList<>();
        if (at.node() instanceof DataNode.MapNode map) {
            map.entries().forEach((key, value) -> children.add(at.entry(key, value)));
        } else if (at.node() instanceof DataNode.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                children.add(at.item(i, list.items().get(i)));
            }
        }
        return children;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * A selected value and the concrete path that reaches it, spelled out only when a message
     * names it: a check reads hundreds of values per file and almost never reports one.
     */
    public static final class Selected {
        private final Selected parent;
        /** With a parent: the key under it, or null when {@link #index} is the step. */
        private final String key;
        private final int index;
        private final DataNode node;
        private String path;

        public Selected(String path, DataNode node) {
            this(null, null, -1, node);
            this.path = path;
        }

        private Selected(Selected parent, String key, int index, DataNode node) {
            this.parent = parent;
            this.key = key;
            this.index = index;
            this.node = node;
        }

        /** The value under {@code key} of this (map) value. */
        Selected entry(String key, DataNode value) {
            return new Selected(this, key, -1, value);
        }

        /** Item {@code index} of this (list) value. */
        Selected item(int index, DataNode value) {
            return new Selected(this, null, index, value);
        }

        /** Where the path to this value starts: the data file's root, or the value a path was re-rooted at. */
        Selected root() {
            return parent == null ? this : parent.root();
        }

        public String path() {
            if (path == null) {
                path = key != null ? join(parent.path(), key) : parent.path() + "[" + index + "]";
            }
            return path;
        }

        public DataNode node() {
            return node;
        }
    }
}
