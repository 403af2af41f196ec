package io.github.docgen.engine;

import io.github.docgen.diagnostic.Finding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.docgen.data.DataNode;
import io.github.docgen.diagnostic.SourcePosition;

/**
 * What a template sees: the data file's values at the top level, plus {@code project} and
 * {@code doc}. Those two names are reserved; a data file that uses them is refused.
 */
final class DocumentModel {
    static final Set<String> RESERVED = Set.of("project", "doc");

    private DocumentModel() {
    }

    static Finding reservedKey(LoadedDocument document) {
        for (String key : RESERVED) {
            DataNode node = document.data().root().get(key);
            if (node != null) {
                SourcePosition at = node.position();
                return Finding.error(at, "DATA", "the top-level key '" + key + "' is reserved for what the plugin provides; rename it");
            }
        }
        return null;
    }

    /** {@code values}: the document's data as plain values ({@code document.data().values()}), shared by its formats. */
    /** {@code buildTime}: the build time as ISO-8601 text (the same for every document of a build), or null. */
    /** {@code facts}: the build's facts the kind's templates use; a data file's own key of the same name wins. */
    static Map<String, Object> of(LoadedDocument document, Map<String, Object> values, ProjectInfo project, String buildTime,
                                  String format, Map<String, Object> facts) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", document.data().relativePath());
        doc.put("kind", document.kind().id());
        doc.put("format", format);
        doc.put("draft", project.isDraft());
        if (buildTime != null) {
            doc.put("buildTime", buildTime);
        }
        Map<String, Object> model = new HashMap<>(values);
        model.put("project", project.toTemplateModel());
        model.put("doc", doc);
        facts.forEach(model::putIfAbsent);
        return model;
    }
}
