package io.github.docgen.data;

import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.Severity;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.text.XmlSafeText;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads YAML into {@link DataNode}s from snakeyaml-engine's parser events ({@link YamlEvents}),
 * so that every value keeps its line and column and no Java object is ever constructed from a tag.
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
                .build();
    }

    /** The file's values; what deserves a warning (a comment that may have cut a text short) is added to {@code warnings}. */
    DataNode read(String text, String displayPath, List<Finding> warnings) throws DataFileException {
        try {
            YamlEvents yaml = YamlEvents.parse(settings, text, limits.maxDepth(), displayPath);
            if (yaml.root() < 0) {
                throw new DataFileException(new SourcePosition(displayPath, 1, 1), "the file holds no data");
            }
            return new Conversion(yaml, displayPath, CommentAfterText.in(text), warnings).convert(yaml.root(), 0);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            DataFileException explained = YamlSyntaxHints.explain(text, displayPath, mark, e.getContextMark().orElse(null));
            throw explained != null ? explained : new DataFileException(position(displayPath, mark), "YAML syntax: " + oneLine(e.getProblem()));
        } catch (YamlEngineException e) {
            throw new DataFileException(SourcePosition.ofFile(displayPath), "YAML: " + oneLine(e.getMessage()));
        }
    }

    /** One document's nodes into DataNodes, aliases expanded. */
    private final class Conversion {
        private final YamlEvents yaml;
        private final String file;
        /** The collections being converted: an alias to one of them refers to itself. */
        private final BitSet open = new BitSet();
        /** Values so far as aliases expand them, so "billion laughs" stops early. */
        private final ValueCount values = new ValueCount(limits.maxValues());
        /** Finds comments right after text values; null when the file has no '#'. */
        private final CommentAfterText comments;
        private final List<Finding> warnings;
        /** The scalars warned about, so that an alias does not repeat a warning. */
        private final BitSet warned = new BitSet();

        Conversion(YamlEvents yaml, String file, CommentAfterText comments, List<Finding> warnings) {
            this.yaml = yaml;
            this.file = file;
            this.comments = comments;
            this.warnings = warnings;
        }

        DataNode convert(int reference, int depth) throws DataFileException {
            int node = yaml.resolve(reference);
            Event event = yaml.event(node);
            SourcePosition pos = position(file, event.getStartMark().orElse(null));
            if (node != reference) {
                values.expandingAlias();
            }
            values.add(pos);
            if (depth > limits.maxDepth() || open.get(node)) {
                throw new DataFileException(pos, "nested more than " + limits.maxDepth() + " levels deep, or an alias refers to itself");
            }
            Tag tag = yaml.tag(node);
            if (!PLAIN_TAGS.contains(tag)) {
                throw new DataFileException(pos, "the tag " + tag.getValue()
                        + " is not allowed: data files hold plain maps, lists, text and numbers");
            }
            if (event instanceof ScalarEvent scalar) {
                DataNode.ScalarNode value = scalar(scalar, pos);
                if (comments != null && value.value() instanceof String text && !value.quoted() && !warned.get(node)) {
                    warnIfCutByComment(scalar, text, pos, node);
                }
                return value;
            }
            open.set(node);
            try {
                return event.getEventId() == Event.ID.SequenceStart ? list(node, depth, pos) : map(node, depth, pos);
            } finally {
                open.clear(node);
            }
        }

        private DataNode list(int node, int depth, SourcePosition pos) throws DataFileException {
            List<DataNode> items = new ArrayList<>();
            for (int item = node + 1; yaml.event(item).getEventId() != Event.ID.SequenceEnd; item = yaml.next(item)) {
                items.add(convert(item, depth + 1));
            }
            return new DataNode.ListNode(items, pos);
        }

        private DataNode map(int node, int depth, SourcePosition pos) throws DataFileException {
            Map<String, DataNode> entries = new LinkedHashMap<>();
            for (int key = node + 1; yaml.event(key).getEventId() != Event.ID.MappingEnd; key = yaml.next(yaml.next(key))) {
                int keyNode = yaml.resolve(key);
                if (!(yaml.event(keyNode) instanceof ScalarEvent keyEvent)) {
                    throw new DataFileException(keyPosition(keyNode), "a key must be plain text, not a list or map");
                }
                String name = XmlSafeText.clean(keyEvent.getValue());
                if ("<<".equals(name) && keyEvent.getScalarStyle() == ScalarStyle.PLAIN) {
                    throw new DataFileException(keyPosition(keyNode), "merge keys (<<) are not supported: write the keys out");
                }
                if (entries.containsKey(name)) {
                    throw new DataFileException(keyPosition(keyNode),
                            "duplicate key '" + name + "' (first defined at line " + firstLine(node, name) + ")");
                }
                entries.put(name, convert(yaml.next(key), depth + 1));
            }
            return new DataNode.MapNode(entries, pos);
        }

        /** {@code intro: 第1号 #2 文件} is the text "第1号" and a comment: a warning, with the fix. */
        private void warnIfCutByComment(ScalarEvent scalar, String text, SourcePosition pos, int node) {
            Mark end = scalar.getEndMark().orElse(null);
            String comment = end == null ? null : comments.closeComment(end.getIndex());
            if (comment != null) {
                warned.set(node);
                String quoted = "'" + (text + " " + comment).replace("'", "''") + "'"; // YAML doubles a quote inside single quotes
                warnings.add(new Finding(Severity.WARNING, pos, "DATA", "the text '" + text + "' ends where '" + comment
                        + "' begins, which YAML reads as a comment: quote the text if # belongs to it (" + quoted + ")"));
            }
        }

        /** A key's position is only needed for a message, so it is made only then. */
        private SourcePosition keyPosition(int keyNode) {
            return position(file, yaml.event(keyNode).getStartMark().orElse(null));
        }

        /** The line of the map's first key that reads {@code name} (every key before the duplicate is text). */
        private int firstLine(int map, String name) {
            for (int key = map + 1; ; key = yaml.next(yaml.next(key))) {
                int keyNode = yaml.resolve(key);
                if (name.equals(XmlSafeText.clean(((ScalarEvent) yaml.event(keyNode)).getValue()))) {
                    return keyPosition(keyNode).line();
                }
            }
        }
    }

    private DataNode.ScalarNode scalar(ScalarEvent scalar, SourcePosition pos) throws DataFileException {
        String text = XmlSafeText.clean(scalar.getValue());
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
            boolean quoted = scalar.getScalarStyle() == ScalarStyle.SINGLE_QUOTED || scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED;
            return new DataNode.ScalarNode(text, text, pos, quoted);
        }
        try {
            return new DataNode.ScalarNode(ScalarTyping.typePlain(text, limits.maxNumberDigits()), text, pos);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(pos, e.getMessage());
        }
    }

    static SourcePosition position(String file, Mark mark) {
        return mark == null ? SourcePosition.ofFile(file) : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String text) {
        return text == null ? "unreadable" : text.replaceAll("\\s+", " ").trim();
    }
}
