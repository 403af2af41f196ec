package io.github.docgen.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The documents the last generate wrote, as its {@code manifest.json} lists them (the file's
 * published form: path, source, kind per document). The site report reads it rather than
 * rendering again: a site shows what the build made.
 */
final class GeneratedDocuments {
    static final String MANIFEST = "manifest.json";

    /** One document: its path under the output folder, its data file (under the source folder) and kind. */
    record Entry(String path, String source, String kind) {
    }

    private GeneratedDocuments() {
    }

    /** The documents in the manifest's order; none when generate has not run. */
    static List<Entry> read(Path outputDir) throws IOException {
        Path manifest = outputDir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode document : new ObjectMapper().readTree(manifest.toFile()).path("documents")) {
            String path = document.path("path").asText(null);
            String source = document.path("source").asText(null);
            if (path != null && source != null) {
                entries.add(new Entry(path, source, document.path("kind").asText(null)));
            }
        }
        return entries;
    }
}
