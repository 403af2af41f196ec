package io.github.docgen.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.github.docgen.text.XmlSafeText;

/**
 * The document's custom properties ({@code docProps/custom.xml}): which version, commit, source
 * and kind made it, and whether it is a draft — stamped into every document so a file found on a
 * desk years later still says where it came from. The template's own custom properties are kept.
 */
final class CustomProperties {
    static final String NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    static final String VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    /** The format id Office uses for user-defined properties. */
    private static final String FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
    private static final String PREFIX = "docgen.";

    private final Map<String, String> kept;
    /** The properties of each stamp seen, as the text before and after the source's value (one entry for a build). */
    private final Map<Stamp, String[]> frames = new ConcurrentHashMap<>();

    private CustomProperties(Map<String, String> kept) {
        this.kept = kept;
    }

    /** {@code existing}: the template's custom properties, or null; its string-valued properties are kept. */
    static CustomProperties of(Document existing) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (existing != null) {
            for (Node n = existing.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element p && "property".equals(p.getLocalName()) && !p.getAttribute("name").startsWith(PREFIX)) {
                    kept.put(p.getAttribute("name"), p.getTextContent());
                }
            }
        }
        return new CustomProperties(kept);
    }

    byte[] render(Map<String, Object> model) {
        Map<?, ?> doc = model.get("doc") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> project = model.get("project") instanceof Map<?, ?> m ? m : Map.of();
        Stamp stamp = new Stamp(text(project.get("version")), text(project.get("commit")), doc.get("source") != null,
                text(doc.get("kind")), Boolean.TRUE.equals(doc.get("draft")));
        String[] frame = frames.computeIfAbsent(stamp, this::frame);
        String source = text(doc.get("source"));
        return (source == null ? frame[0] : frame[0] + xml(source) + frame[1]).getBytes(StandardCharsets.UTF_8);
    }

    /** What a document's properties depend on besides its source, which alone differs between the documents of a build. */
    private record Stamp(String version, String commit, boolean hasSource, String kind, boolean draft) {
    }

    private String[] frame(Stamp stamp) {
        Map<String, String> all = new LinkedHashMap<>(kept);
        put(all, PREFIX + "version", stamp.version());
        put(all, PREFIX + "commit", stamp.commit());
        put(all, PREFIX + "source", stamp.hasSource() ? "" : null);
        put(all, PREFIX + "kind", stamp.kind());
        all.put(PREFIX + "status", stamp.draft() ? "draft" : "final");
        StringBuilder out = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n")
                .append("<Properties xmlns=\"").append(NS).append("\" xmlns:vt=\"").append(VT).append("\">");
        String before = null;
        List<String> names = new ArrayList<>(all.keySet());
        for (int i = 0; i < names.size(); i++) {
            out.append("<property fmtid=\"").append(FMTID).append("\" pid=\"").append(i + 2).append("\" name=\"")
                    .append(xml(names.get(i))).append("\"><vt:lpwstr>");
            if (stamp.hasSource() && names.get(i).equals(PREFIX + "source")) {
                before = out.toString();
                out.setLength(0);
            }
            out.append(xml(all.get(names.get(i)))).append("</vt:lpwstr></property>");
        }
        out.append("</Properties>");
        return before == null ? new String[] {out.toString(), ""} : new String[] {before, out.toString()};
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void put(Map<String, String> all, String name, String value) {
        if (value != null) {
            all.put(name, value);
        }
    }

    private static String xml(String s) {
        return XmlSafeText.clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
