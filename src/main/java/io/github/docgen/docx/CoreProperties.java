package io.github.docgen.docx;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import io.github.docgen.text.XmlSafeText;

/**
 * The document's properties ({@code docProps/core.xml}), written for each document: what
 * File › Properties shows and what archives index. The data sets the title, the author, and the
 * version and dates; every other property of the template (subject, keywords, last modified by,
 * revision, last printed …) is kept as the template has it, and so is any of those five that the
 * data leaves unset.
 */
final class CoreProperties {
    static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Map<String, String> PREFIXES = Map.of(CP, "cp", DC, "dc", DCTERMS, "dcterms");
    private static final String W3CDTF = "dcterms:W3CDTF";

    /** A property of the template's core.xml: its prefixed name, its xsi:type (or ""), and its text. */
    private record Property(String name, String type, String value) {
    }

    /** The template's properties, in its order. */
    private final List<Property> template;
    private final String templateName;

    private CoreProperties(List<Property> template, String templateName) {
        this.template = template;
        this.templateName = templateName;
    }

    /** {@code existing}: the template's core properties, or null when it has none. */
    static CoreProperties of(Document existing, String templateName) {
        List<Property> template = new ArrayList<>();
        if (existing != null) {
            for (Node n = existing.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && PREFIXES.containsKey(e.getNamespaceURI())) {
                    template.add(new Property(PREFIXES.get(e.getNamespaceURI()) + ":" + e.getLocalName(), e.getAttributeNS(XSI, "type"),
                            e.getTextContent()));
                }
            }
        }
        return new CoreProperties(List.copyOf(template), templateName);
    }

    /**
     * The properties the data sets for one document, by prefixed name ({@code dc:title}); a property
     * the data leaves unset is not among them.
     */
    Map<String, String> fromModel(Map<String, Object> model) {
        Map<?, ?> doc = map(model.get("doc"));
        Map<?, ?> project = map(model.get("project"));
        Map<String, String> set = new LinkedHashMap<>();
        put(set, "dc:title", title(model, doc));
        String creator = text(model.get("agency"));
        put(set, "dc:creator", creator != null ? creator : text(model.get("author")));
        put(set, "cp:version", text(project.get("version")));
        String time = text(doc.get("buildTime"));
        if (time != null) {
            String w3c = w3c(time);
            set.put("dcterms:created", w3c);
            set.put("dcterms:modified", w3c);
        }
        return set;
    }

    /**
     * Of the properties the data sets, those whose text differs from the template's, by local name
     * ({@code title}): a content control bound to one of them must show the new text.
     */
    TemplateHashModel changed(Map<String, String> set) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : set.entrySet()) {
            if (!e.getValue().equals(templateValue(e.getKey()))) {
                changed.put(e.getKey().substring(e.getKey().indexOf(':') + 1), e.getValue());
            }
        }
        return new TemplateHashModel() {
            @Override
            public SimpleScalar get(String key) {
                String value = changed.get(key);
                return value == null ? null : new SimpleScalar(value);
            }

            @Override
            public boolean isEmpty() {
                return changed.isEmpty();
            }
        };
    }

    byte[] render(Map<String, String> set) {
        Map<String, String> pending = new LinkedHashMap<>(set);
        StringBuilder out = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n")
                .append("<cp:coreProperties xmlns:cp=\"").append(CP).append("\" xmlns:dc=\"").append(DC)
                .append("\" xmlns:dcterms=\"").append(DCTERMS).append("\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\"")
                .append(" xmlns:xsi=\"").append(XSI).append("\">");
        for (Property p : template) {
            String value = pending.remove(p.name());
            element(out, p.name(), value == null ? p.type() : typeOf(p.name()), value == null ? p.value() : value);
        }
        // What the data sets and the template lacked, in the order Word writes them.
        for (String name : List.of("dc:title", "dc:creator", "cp:version", "dcterms:created", "dcterms:modified")) {
            String value = pending.get(name);
            if (value != null) {
                element(out, name, typeOf(name), value);
            }
        }
        out.append("</cp:coreProperties>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String templateValue(String name) {
        for (Property p : template) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    private static String typeOf(String name) {
        return name.startsWith("dcterms:") ? W3CDTF : "";
    }

    /** A build time as written in the model, and as the dates of core.xml write it. */
    private record Created(String time, String w3c) {
    }

    /** The last build time seen: every document of a build has the same one, parsed once here. */
    private volatile Created lastCreated;

    private String w3c(String time) {
        Created last = lastCreated;
        if (last != null && last.time().equals(time)) {
            return last.w3c();
        }
        String w3c = Instant.parse(time).truncatedTo(ChronoUnit.SECONDS).toString(); // throws for a malformed time, as always
        lastCreated = new Created(time, w3c);
        return w3c;
    }

    /**
     * The data's {@code title}; else agency, year and kind; else null, which keeps the template's
     * title; when the template has none, the data file's name, else the template's.
     */
    private String title(Map<String, Object> model, Map<?, ?> doc) {
        String title = text(model.get("title"));
        if (title != null) {
            return title;
        }
        String agency = text(model.get("agency"));
        if (agency != null) {
            StringBuilder t = new StringBuilder(agency);
            String year = text(model.get("year"));
            String kind = text(doc.get("kind"));
            t.append(year == null ? "" : " " + year).append(kind == null ? "" : " " + kind);
            return t.toString();
        }
        String own = templateValue("dc:title");
        if (own != null && !own.isBlank()) {
            return null;
        }
        String source = text(doc.get("source"));
        if (source != null) {
            String file = source.substring(source.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }
        return templateName;
    }

    private static void put(Map<String, String> set, String name, String value) {
        if (value != null) {
            set.put(name, value);
        }
    }

    private static void element(StringBuilder out, String name, String type, String value) {
        out.append('<').append(name).append(type.isEmpty() ? "" : " xsi:type=\"" + xml(type) + "\"").append('>')
                .append(xml(value)).append("</").append(name).append('>');
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> m ? m : Map.of();
    }

    /** A scalar as the document shows it; null for absent values and for maps and lists. */
    private static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value == null || value instanceof Map || value instanceof Iterable) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    private static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : XmlSafeText.clean(s).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
