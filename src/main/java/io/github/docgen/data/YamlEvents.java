package io.github.docgen.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.BaseScalarResolver;

/**
 * A YAML text as snakeyaml's parser events, with what snakeyaml's Composer would make of them:
 * the node graph is the events themselves, a node is the index of its first event, and an alias
 * is the index of the node it stands for. Composing snakeyaml nodes cost a fifth of a read (a
 * comment collector, Optionals and a recursion set per node) for a graph that is read once.
 *
 * <p>What the Composer (snakeyaml-engine 2.9, comments not parsed) decides is decided here the
 * same way, with its own exceptions: an alias stands for the node most recently anchored with
 * its name before it, or is "found undefined alias"; aliases of collections are counted against
 * the limit; a second document is refused; a node's tag is its explicit tag ({@code !} excepted),
 * else what the resolver gives. The Composer ran after the whole text was parsed, so its first
 * error is kept and thrown only once the text has parsed without an error of the parser's or of
 * nesting depth, which come first as before.
 */
final class YamlEvents {
    private final List<Event> events;
    /** Per node: the index just past its events. */
    private final int[] after;
    /** Per alias: the node it stands for. */
    private final int[] target;
    /** The tags written on nodes (rare), by node; the others are resolved on demand. */
    private final Map<Integer, Tag> explicitTags;
    private final int root;

    private YamlEvents(List<Event> events, int[] after, int[] target, Map<Integer, Tag> explicitTags, int root) {
        this.events = events;
        this.after = after;
        this.target = target;
        this.explicitTags = explicitTags;
        this.root = root;
    }

    /**
     * Parses the whole text. Nesting deeper than the limit stops it (the first such error or
     * parser error in the text is reported), so that what reads the graph recursively is bounded.
     */
    static YamlEvents parse(LoadSettings settings, String text, int maxDepth, String displayPath) throws DataFileException {
        Builder builder = new Builder(settings.getMaxAliasesForCollections(), maxDepth, displayPath);
        for (Event event : new Parse(settings).parseString(text)) {
            builder.add(event);
        }
        return builder.build();
    }

    /** Takes the events one by one (a small method per event, which the JIT compiles early). */
    private static final class Builder {
        private final int maxCollectionAliases;
        private final int maxDepth;
        private final String displayPath;
        private final List<Event> events = new ArrayList<>(1024);
        private int[] after = new int[1024];
        private int[] target = new int[1024];
        private Map<Integer, Tag> explicitTags = Map.of();
        /** The collections open at each depth. */
        private final int[] open;
        private int depth;
        private int documents;
        private int root = -1;
        private final Map<Anchor, Integer> anchors = new HashMap<>();
        private int collectionAliases;
        /** The first error the Composer would have thrown. */
        private RuntimeException composerError;

        Builder(int maxCollectionAliases, int maxDepth, String displayPath) {
            this.maxCollectionAliases = maxCollectionAliases;
            this.maxDepth = maxDepth;
            this.displayPath = displayPath;
            this.open = new int[maxDepth + 1];
        }

        void add(Event event) throws DataFileException {
            int i = events.size();
            events.add(event);
            if (i == after.length) {
                after = Arrays.copyOf(after, 2 * i);
                target = Arrays.copyOf(target, 2 * i);
            }
            boolean composing = composerError == null && documents == 1;
            switch (event.getEventId()) {
                case DocumentStart -> {
                    if (++documents == 2 && composerError == null) {
                        composerError = new ComposerException("expected a single document in the stream",
                                root < 0 ? Optional.empty() : events.get(root).getStartMark(), "but found another document", event.getStartMark());
                    }
                }
                case MappingStart, SequenceStart -> {
                    if (++depth > maxDepth) {
                        throw new DataFileException(YamlDataReader.position(displayPath, event.getStartMark().orElse(null)),
                                "nested more than " + maxDepth + " levels deep");
                    }
                    open[depth - 1] = i;
                }
                case MappingEnd, SequenceEnd -> after[open[--depth]] = i + 1;
                default -> after[i] = i + 1;
            }
            if (composing && event instanceof NodeEvent node) {
                compose(node, i);
            }
        }

        /** What the Composer does with a node event of the first document. */
        private void compose(NodeEvent node, int i) {
            if (root < 0) {
                root = i;
            }
            if (node instanceof AliasEvent alias) {
                Integer anchored = anchors.get(alias.getAlias());
                if (anchored == null) {
                    composerError = new ComposerException("found undefined alias " + alias.getAlias(), node.getStartMark());
                    return;
                }
                target[i] = anchored;
                if (events.get(anchored).getEventId() != Event.ID.Scalar && ++collectionAliases > maxCollectionAliases) {
                    composerError = new YamlEngineException("Number of aliases for non-scalar nodes exceeds the specified max=" + maxCollectionAliases);
                }
                return;
            }
            Optional<String> tag = node instanceof ScalarEvent scalar ? scalar.getTag() : ((CollectionStartEvent) node).getTag();
            if (tag.isPresent() && !tag.get().equals("!")) {
                try {
                    if (explicitTags.isEmpty()) {
                        explicitTags = new HashMap<>();
                    }
                    explicitTags.put(i, new Tag(tag.get()));
                } catch (RuntimeException e) {
                    composerError = e; // the Composer would have thrown it (Tag refuses a blank tag)
                    return;
                }
            }
            Optional<Anchor> anchor = node.getAnchor();
            if (anchor.isPresent()) {
                anchors.put(anchor.get(), i); // a later node may take the name over
            }
        }

        YamlEvents build() {
            if (composerError != null) {
                throw composerError;
            }
            return new YamlEvents(events, after, target, explicitTags, root);
        }
    }

    /** The root node, or -1 when the text holds no document. */
    int root() {
        return root;
    }

    Event event(int node) {
        return events.get(node);
    }

    /** The node itself, or for an alias the node it stands for. */
    int resolve(int node) {
        return events.get(node).getEventId() == Event.ID.Alias ? target[node] : node;
    }

    /** The next sibling of a node, or the end event of its parent. */
    int next(int node) {
        return after[node];
    }

    /** The node's tag as the Composer gives it (for a node, not an alias). */
    Tag tag(int node) {
        Tag explicit = explicitTags.isEmpty() ? null : explicitTags.get(node);
        if (explicit != null) {
            return explicit;
        }
        Event event = events.get(node);
        if (event instanceof ScalarEvent scalar) {
            return untaggedScalar(scalar.getValue(), scalar.getImplicit().canOmitTagInPlainScalar());
        }
        return event.getEventId() == Event.ID.SequenceStart ? Tag.SEQ : Tag.MAP;
    }

    /**
     * The tag an untagged scalar gets, for the check that only plain tags occur (the data's typing
     * is {@link ScalarTyping}'s). snakeyaml's default JSON schema would try up to four regular
     * expressions per scalar; the only non-plain tag it can give is the environment-variable tag,
     * for a plain {@code ${NAME}}, which is tried here with snakeyaml's own pattern on a leading
     * '$' only. Every other scalar gets the text tag.
     */
    private static Tag untaggedScalar(String value, boolean implicit) {
        return implicit && value.startsWith("$") && BaseScalarResolver.ENV_FORMAT.matcher(value).matches() ? Tag.ENV_TAG : Tag.STR;
    }
}
