package io.github.docgen.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.DisallowSchemaLoader;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataNode;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.check.DocumentCheck;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.ReportKind;

/**
 * Validates each data file against its kind's {@code schema.json} (JSON Schema, draft 2020-12 unless
 * the schema names another) and points every error at the value it is about: the offending value,
 * or for a missing property the map that lacks it. Kinds without a schema are not checked here.
 */
public final class SchemaCheck implements DocumentCheck {
    public static final String SCHEMA_FILE = "schema.json";
    public static final String RULE = "SCHEMA";

    @Override
    public CompiledCheck compile(ReportKind kind) {
        if (kind.file(SCHEMA_FILE).isEmpty()) {
            return CompiledCheck.NONE;
        }
        Object schema = load(kind);
        return schema instanceof JsonSchema compiled ? new Compiled(compiled) : CompiledCheck.broken((Finding) schema);
    }

    /** A kind's schema, compiled. */
    private record Compiled(JsonSchema schema) implements CompiledCheck {
        @Override
        public List<String> ruleIds() {
            return List.of(RULE);
        }

        @Override
        public List<Finding> check(DataFile file, DataFileLoader loader) {
            List<Finding> findings = new ArrayList<>();
            for (ValidationMessage message : schema.validate(JsonTree.toJson(file.root()))) {
                findings.add(finding(file, message));
            }
            findings.sort(Comparator.comparingInt((Finding f) -> f.position().line()).thenComparingInt(f -> f.position().column()));
            return findings;
        }
    }

    /** The compiled schema, or the finding that says why the kind's schema.json cannot be used. */
    private static Object load(ReportKind kind) {
        String text = new String(kind.file(SCHEMA_FILE).orElseThrow(), StandardCharsets.UTF_8);
        // Messages in English whatever the machine's locale, and no $ref may fetch anything:
        // a build must not reach the network or files outside the kind because a schema says so.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .locale(Locale.ENGLISH).pathType(PathType.JSON_POINTER).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.add(DisallowSchemaLoader.getInstance())));
        try {
            JsonSchema schema = factory.getSchema(text, config);
            schema.initializeValidators();
            return schema;
        } catch (RuntimeException e) {
            return Finding.error(SourcePosition.ofFile(kind.displayName(SCHEMA_FILE)), RULE,
                    "cannot use the schema: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
    }

    private static Finding finding(DataFile file, ValidationMessage message) {
        List<Object> location = new ArrayList<>();
        JsonNodePath instance = message.getInstanceLocation();
        for (int i = 0; i < instance.getNameCount(); i++) {
            location.add(instance.getElement(i));
        }
        List<DataNode> trail = JsonTree.walk(file.root(), location);
        DataNode at = trail.get(trail.size() - 1);
        String property = message.getProperty();
        if (property != null && "additionalProperties".equals(message.getType()) && at instanceof DataNode.MapNode map
                && map.get(property) != null) {
            // An unknown key: point at its value, and name it in the path.
            at = map.get(property);
            location.add(property);
        }
        return Finding.error(at.position(), RULE, JsonTree.display(location) + ": " + message.getError());
    }
}
