package io.github.docgen.data;

import java.util.Map;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.BaseScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The schema the YAML composer resolves untagged scalars with. Data files type their scalars
 * themselves ({@link ScalarTyping}), so the composer's tag matters only to the check that every
 * node has a plain tag. snakeyaml's default JSON schema answers with up to four regular
 * expressions per scalar; the only non-plain tag it can give an untagged scalar is the
 * environment-variable tag, for a plain {@code ${NAME}}. This schema gives that same tag for
 * the same scalars (with snakeyaml's own pattern, tried only on a leading '$') and the plain
 * text tag for all others, so exactly the same files are refused, with the same message.
 */
final class DataSchema implements Schema {
    static final DataSchema INSTANCE = new DataSchema();

    private static final ScalarResolver RESOLVER = (value, implicit) ->
            implicit && value.startsWith("$") && BaseScalarResolver.ENV_FORMAT.matcher(value).matches() ? Tag.ENV_TAG : Tag.STR;

    private DataSchema() {
    }

    @Override
    public ScalarResolver getScalarResolver() {
        return RESOLVER;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return Map.of(); // nothing is ever constructed from a node
    }
}
