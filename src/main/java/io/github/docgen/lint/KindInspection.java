package io.github.docgen.lint;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.PlacedDirective;

/**
 * What the templates of a kind read, at a glance: per template, every data path with the lines
 * (Word: paragraphs) it is read at, where each Word directive acts, and the schema's paths that no
 * template reads. What {@code mvn docgen:inspect} prints, as text or JSON.
 */
public final class KindInspection {
    /** Places listed per path before "and N more". */
    private static final int MAX_PLACES = 6;

    /** One data path a template reads, where, and whether the schema lacks it. */
    public record PathUse(String path, List<String> places, boolean unknown) {
    }

    /** One template's reads and directives. */
    public record TemplateUse(String template, List<PathUse> paths, List<PlacedDirective> directives) {
    }

    private final String kind;
    private final String origin;
    private final boolean hasSchema;
    private final List<TemplateUse> templates;
    private final List<String> unread;

    private KindInspection(String kind, String origin, boolean hasSchema, List<TemplateUse> templates, List<String> unread) {
        this.kind = kind;
        this.origin = origin;
        this.hasSchema = hasSchema;
        this.templates = templates;
        this.unread = unread;
    }

    /** {@code templates}: the kind's compiled templates by file name, in the kind's order; {@code schema} null when it has none. */
    public static KindInspection of(ReportKind kind, Map<String, CompiledTemplate> templates, JsonNode schema) {
        List<TemplateUse> uses = new ArrayList<>();
        List<DataRead> all = new ArrayList<>();
        for (Map.Entry<String, CompiledTemplate> template : templates.entrySet()) {
            List<DataRead> reads = TemplateLint.reads(kind, template.getValue(), schema);
            all.addAll(reads);
            uses.add(new TemplateUse(template.getKey(), paths(reads), template.getValue().directives()));
        }
        List<String> unread = schema == null ? List.of() : unread(SchemaView.root(schema), all);
        return new KindInspection(kind.id(), kind.origin(), schema != null, List.copyOf(uses), unread);
    }

    public List<TemplateUse> templates() {
        return templates;
    }

    /** The schema's leaf paths ({@code []}: any item) that no template reads, itself or through a value read whole. */
    public List<String> unread() {
        return unread;
    }

    private static List<PathUse> paths(List<DataRead> reads) {
        Map<String, Set<String>> places = new LinkedHashMap<>();
        Map<String, Boolean> unknown = new LinkedHashMap<>();
        for (DataRead read : reads) {
            if (read.use() == DataRead.Use.STEP) {
                continue; // applications of applications.results: listed under the longer path
            }
            places.computeIfAbsent(read.path(), p -> new LinkedHashSet<>()).add(read.place());
            unknown.merge(read.path(), read.unknown(), Boolean::logicalOr);
        }
        List<PathUse> out = new ArrayList<>();
        places.keySet().stream().sorted().forEach(path -> out.add(new PathUse(path, List.copyOf(places.get(path)), unknown.get(path))));
        return out;
    }

    private static List<String> unread(SchemaView root, List<DataRead> reads) {
        List<String> leaves = new ArrayList<>();
        leaves(root, leaves, 0);
        List<String> out = new ArrayList<>();
        for (String leaf : leaves) {
            if (reads.stream().noneMatch(r -> covers(r, leaf))) {
                out.add(leaf);
            }
        }
        return out;
    }

    private static boolean covers(DataRead read, String leaf) {
        String path = read.path();
        return path.equals(leaf) || below(path, leaf) || read.use() == DataRead.Use.VALUE && below(leaf, path);
    }

    /** Whether {@code path} is a key or item below {@code parent}. */
    private static boolean below(String path, String parent) {
        return path.startsWith(parent) && path.length() > parent.length()
                && (path.charAt(parent.length()) == '.' || path.charAt(parent.length()) == '[');
    }

    private static void leaves(SchemaView view, List<String> out, int depth) {
        List<SchemaView> children = new ArrayList<>(view.declared());
        if (view.isList()) {
            children.addAll(view.item().declared()); // a list of plain values is a leaf itself
        }
        if (children.isEmpty() || depth > 16) {
            if (!view.path().isEmpty()) {
                out.add(view.path());
            }
            return;
        }
        for (SchemaView child : children) {
            leaves(child, out, depth + 1);
        }
    }

    /** The listing {@code inspect} prints. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("kind ").append(kind).append(" (").append(origin).append(")\n");
        for (TemplateUse template : templates) {
            out.append("  ").append(template.template()).append('\n');
            out.append("    reads:\n");
            int width = template.paths().stream().mapToInt(p -> p.path().length()).max().orElse(0);
            for (PathUse path : template.paths()) {
                out.append("      ").append(path.path()).append(" ".repeat(width - path.path().length() + 2))
                        .append(places(path.places())).append(path.unknown() ? "  (not in schema.json)" : "").append('\n');
            }
            if (!template.directives().isEmpty()) {
                out.append("    directives:\n");
                for (PlacedDirective d : template.directives()) {
                    out.append("      ").append(d.where()).append(": ").append(d.tag()).append(" acts on ").append(d.actsOn()).append('\n');
                }
            }
        }
        if (!hasSchema) {
            out.append("  (no schema.json: paths are not checked)\n");
        } else if (unread.isEmpty()) {
            out.append("  every path of schema.json is read by a template\n");
        } else {
            out.append("  schema paths no template reads:\n");
            unread.forEach(path -> out.append("    ").append(path).append('\n'));
        }
        return out.toString();
    }

    /** {@code 3:7, 5:6}, or {@code word/document.xml paragraphs 3, 9} with the part named once. */
    private static String places(List<String> places) {
        String part = places.get(0).contains(" ") ? places.get(0).substring(0, places.get(0).indexOf(' ') + 1) : "";
        String paragraph = part + "paragraph ";
        if (!part.isEmpty() && places.stream().allMatch(p -> p.startsWith(paragraph))) {
            return part + "paragraphs " + listed(places.stream().map(p -> p.substring(paragraph.length())).toList());
        }
        return listed(places);
    }

    private static String listed(List<String> places) {
        String listed = String.join(", ", places.subList(0, Math.min(MAX_PLACES, places.size())));
        return places.size() > MAX_PLACES ? listed + " and " + (places.size() - MAX_PLACES) + " more" : listed;
    }

    /** The same as JSON, for tools: one object per kind. */
    public void writeJson(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", kind);
        json.writeStringField("origin", origin);
        json.writeBooleanField("schema", hasSchema);
        json.writeArrayFieldStart("templates");
        for (TemplateUse template : templates) {
            json.writeStartObject();
            json.writeStringField("template", template.template());
            json.writeArrayFieldStart("reads");
            for (PathUse path : template.paths()) {
                json.writeStartObject();
                json.writeStringField("path", path.path());
                json.writeBooleanField("inSchema", !path.unknown());
                json.writeArrayFieldStart("places");
                for (String place : path.places()) {
                    json.writeString(place);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("directives");
            for (PlacedDirective d : template.directives()) {
                json.writeStartObject();
                json.writeStringField("where", d.where());
                json.writeStringField("tag", d.tag());
                json.writeStringField("actsOn", d.actsOn());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("unreadSchemaPaths");
        for (String path : unread) {
            json.writeString(path);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Several kinds as one JSON array. */
    public static void writeJson(List<KindInspection> kinds, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (KindInspection kind : kinds) {
                kind.writeJson(json);
            }
            json.writeEndArray();
        }
    }
}
