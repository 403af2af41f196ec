package io.github.docgen.incremental;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * {@code target/docgen/manifest.json}: every output with its SHA-256, source, kind, format,
 * classifier and input fingerprint. People and tools see what was built; the next build reads it
 * back to skip documents whose inputs did not change. It holds no time stamp, so it is
 * reproducible too.
 */
final class Manifest {
    static final String FILE_NAME = "manifest.json";
    private static final JsonFactory JSON = new JsonFactory();

    private Manifest() {
    }

    /** The previous build's entries by output path; empty when there is none or it cannot be read. */
    static Map<String, WrittenOutput> read(Path outputDir) {
        Path file = outputDir.resolve(FILE_NAME);
        Map<String, WrittenOutput> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            Map<String, String> fields = new HashMap<>();
            String name = null;
            boolean inDocuments = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    name = parser.currentName();
                    inDocuments |= "documents".equals(name);
                } else if (inDocuments && token == JsonToken.VALUE_STRING) {
                    fields.put(name, parser.getText());
                } else if (inDocuments && token == JsonToken.END_OBJECT && fields.containsKey("path")) {
                    String path = fields.get("path");
                    entries.put(path, new WrittenOutput(outputDir.resolve(path), path, fields.get("source"), fields.get("kind"),
                            fields.get("format"), fields.get("classifier"), fields.get("sha256"), fields.get("inputs"), false));
                    fields.clear();
                }
            }
        } catch (IOException e) {
            entries.clear(); // an unreadable manifest only means everything is rendered again
        }
        return entries;
    }

    /** {@code project}: the coordinates {@code group:artifact:version}; {@code commit}: the Git commit, or null. */
    static void write(String project, String commit, List<WrittenOutput> outputs, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                    new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(printer);
            json.writeStartObject();
            json.writeStringField("project", project);
            if (commit != null) {
                json.writeStringField("commit", commit);
            }
            json.writeArrayFieldStart("documents");
            for (WrittenOutput o : outputs.stream().sorted(Comparator.comparing(WrittenOutput::relativePath)).toList()) {
                json.writeStartObject();
                json.writeStringField("path", o.relativePath());
                json.writeStringField("sha256", o.sha256());
                json.writeStringField("source", o.source());
                json.writeStringField("kind", o.kind());
                json.writeStringField("format", o.format());
                json.writeStringField("classifier", o.classifier());
                json.writeStringField("inputs", o.inputs());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
