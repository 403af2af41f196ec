package io.github.docgen.docx;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.github.docgen.text.XmlSafeText;

/**
 * The document's properties ({@code docProps/core.xml}), written for each document from its
 * model: what File › Properties shows and what archives index. Title, author, version and dates
 * come from the data; anything else the template's own properties held (subject, keywords) is kept.
 */
final class CoreProperties {
    static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Map<String, String> PREFIXES = Map.of(CP, "cp", DC, "dc", DCTERMS, "dcterms");
    /** Written from the model; the template's values for these are dropped. */
    private static final Set<String> REPLACED = Set.of("title", "creator", "lastModifiedBy", "version", "revision",
            "created", "modified", "lastPrinted");

    private final String kept;
    private final String templateName;

    private CoreProperties(String kept, String templateName) {
        this.kept = kept;
        this.templateName = templateName;
    }

    /** {@code existing}: the template's core properties, or null when it has none. */
    static CoreProperties of(Document existing, String templateName) {
        StringBuilder kept = new StringBuilder();
        if (existing != null) {
            for (Node n = existing.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && PREFIXES.containsKey(e.getNamespaceURI()) && !REPLACED.contains(e.getLocalName())) {
                    String name = PREFIXES.get(e.getNamespaceURI()) + ":" + e.getLocalName();
                    String type = e.getAttributeNS(XSI, "type");
                    kept.append('<').append(name).append(type.isEmpty() ? "" : " xsi:type=\"" + xml(type) + "\"").append('>')
                            .append(xml(e.getTextContent())).append("</").append(name).append('>');
                }
            }
        }
        return new CoreProperties(kept.toString(), templateName);
    }

    byte[] render(Map<String, Object> model) {
        Map<?, ?> doc = map(model.get("doc"));
        Map<?, ?> project = map(model.get("project"));
        StringBuilder out = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n")
                .append("<cp:coreProperties xmlns:cp=\"").append(CP).append("\" xmlns:dc=\"").append(DC)
                .append("\" xmlns:dcterms=\"").append(DCTERMS).append("\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\"")
                .append(" xmlns:xsi=\"").append(XSI).append("\">");
        element(out, "dc:title", title(model, doc));
        String creator = text(model.get("agency"));
        element(out, "dc:creator", creator != null ? creator : text(model.get("author")));
        out.append(kept);
        element(out, "cp:version", text(project.get("version")));
        String time = text(doc.get("buildTime"));
        if (time != null) {
            String w3c = w3c(time);
            out.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(w3c).append("</dcterms:created>")
                    .append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(w3c).append("</dcterms:modified>");
        }
        out.append("</cp:coreProperties>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
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

    /** The data's {@code title}; else agency, year and kind; else the data file's name. */
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
        String source = text(doc.get("source"));
        if (source != null) {
            String file = source.substring(source.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }
        return templateName;
    }

    private static void element(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append('<').append(name).append('>').append(xml(value)).append("</").append(name).append('>');
        }
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
