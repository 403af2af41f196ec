package io.github.docgen.data;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Reads YAML into {@link DataNode}s through snakeyaml-engine's composer, so that every value keeps
 * its line and column and no Java object is ever constructed from a tag.
 */
final class YamlDataReader {
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    private final DataLimits limits;
    /**
     * One for all files: settings are immutable. Their label names the input in snakeyaml's own
     * messages, which are never shown (only line and column are taken from its marks).
     */
    private final LoadSettings settings;

    YamlDataReader(DataLimits limits) {
        this.limits = limits;
        this.settings = LoadSettings.builder()
                .setLabel("data file")
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                .setSchema(DataSchema.INSTANCE)
                .build();
    }

    DataNode read(String text, String displayPath) throws DataFileException {
        try {
            List<Event> events = checkDepth(text, displayPath);
            Optional<Node> root = new Composer(settings, new ReplayedEvents(events)).getSingleNode();
            if (root.isEmpty()) {
                throw new DataFileException(new SourcePosition(displayPath, 1, 1), "the file holds no data");
            }
            return convert(root.get(), displayPath, 0, new IdentityHashMap<>(), new int[1]);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw new DataFileException(position(displayPath, mark), "YAML syntax: " + oneLine(e.getProblem()));
        } catch (YamlEngineException e) {
            throw new DataFileException(SourcePosition.ofFile(displayPath), "YAML: " + oneLine(e.getMessage()));
        }
    }

    /**
     * The composer recurses per level; walk the events first so that deep nesting cannot overflow
     * the stack. The events are kept and composed from, so the text is parsed once, not twice.
     */
    private List<Event> checkDepth(String text, String displayPath) throws DataFileException {
        int depth = 0;
        List<Event> events = new ArrayList<>(1024);
        for (Event event : new Parse(settings).parseString(text)) {
            events.add(event);
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > limits.maxDepth()) {
                        throw new DataFileException(position(displayPath, event.getStartMark().orElse(null)),
                                "nested more than " + limits.maxDepth() + " levels deep");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> { }
            }
        }
        return events;
    }

    /** The parser's events, played back to the composer. */
    private static final class ReplayedEvents implements Parser {
        private final List<Event> events;
        private int next;

        ReplayedEvents(List<Event> events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return next < events.size() && events.get(next).getEventId() == choice;
        }

        @Override
        public Event peekEvent() {
            if (next >= events.size()) {
                throw new NoSuchElementException("no more events");
            }
            return events.get(next);
        }

        @Override
        public Event next() {
            Event event = peekEvent();
            next++;
            return event;
        }

        @Override
        public boolean hasNext() {
            return next < events.size();
        }
    }

    /**
     * {@code count} counts values as aliases expand them, so "billion laughs" stops early.
     * {@code open} holds the anchored collections being converted: a node can only be reached
     * again through an alias to its anchor, so a cycle always comes back to one of them first.
     */
    private DataNode convert(Node node, String file, int depth, Map<Node, Boolean> open, int[] count) throws DataFileException {
        SourcePosition pos = position(file, node.getStartMark().orElse(null));
        if (++count[0] > limits.maxValues()) {
            throw new DataFileException(pos, "more than " + limits.maxValues() + " values once aliases are expanded (alias limit)");
        }
        if (depth > limits.maxDepth() || open.containsKey(node)) {
            throw new DataFileException(pos, "nested more than " + limits.maxDepth() + " levels deep, or an alias refers to itself");
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            throw new DataFileException(pos, "the tag " + node.getTag().getValue()
                    + " is not allowed: data files hold plain maps, lists, text and numbers");
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, pos);
        }
        boolean anchored = node.getAnchor().isPresent();
        if (anchored) {
            open.put(node, Boolean.TRUE);
        }
        try {
            if (node instanceof SequenceNode seq) {
                List<Node> values = seq.getValue();
                List<DataNode> items = new ArrayList<>(values.size());
                for (Node item : values) {
                    items.add(convert(item, file, depth + 1, open, count));
                }
                return new DataNode.ListNode(items, pos);
            }
            return map((MappingNode) node, file, depth, open, count, pos);
        } finally {
            if (anchored) {
                open.remove(node);
            }
        }
    }

    private DataNode map(MappingNode mapping, String file, int depth, Map<Node, Boolean> open, int[] count, SourcePosition pos)
            throws DataFileException {
        List<NodeTuple> tuples = mapping.getValue();
        Map<String, DataNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : tuples) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new DataFileException(keyPosition(file, tuple), "a key must be plain text, not a list or map");
            }
            String key = XmlSafeText.clean(keyNode.getValue());
            if ("<<".equals(key) && keyNode.getScalarStyle() == ScalarStyle.PLAIN) {
                throw new DataFileException(keyPosition(file, tuple), "merge keys (<<) are not supported: write the keys out");
            }
            if (entries.containsKey(key)) {
                throw new DataFileException(keyPosition(file, tuple),
                        "duplicate key '" + key + "' (first defined at line " + firstLine(file, tuples, key) + ")");
            }
            entries.put(key, convert(tuple.getValueNode(), file, depth + 1, open, count));
        }
        return new DataNode.MapNode(entries, pos);
    }

    /** A key's position is only needed for a message, so it is made only then. */
    private static SourcePosition keyPosition(String file, NodeTuple tuple) {
        return position(file, tuple.getKeyNode().getStartMark().orElse(null));
    }

    /** The line of the first key that reads {@code key} (every key before the duplicate is a scalar). */
    private static int firstLine(String file, List<NodeTuple> tuples, String key) {
        for (NodeTuple tuple : tuples) {
            if (key.equals(XmlSafeText.clean(((ScalarNode) tuple.getKeyNode()).getValue()))) {
                return keyPosition(file, tuple).line();
            }
        }
        throw new IllegalStateException("no first '" + key + "'");
    }

    private DataNode scalar(ScalarNode scalar, SourcePosition pos) throws DataFileException {
        String text = XmlSafeText.clean(scalar.getValue());
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
            return new DataNode.ScalarNode(text, text, pos);
        }
        try {
            return new DataNode.ScalarNode(ScalarTyping.typePlain(text, limits.maxNumberDigits()), text, pos);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(pos, e.getMessage());
        }
    }

    private static SourcePosition position(String file, Mark mark) {
        return mark == null ? SourcePosition.ofFile(file) : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String text) {
        return text == null ? "unreadable" : text.replaceAll("\\s+", " ").trim();
    }
}
