package io.github.docgen.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Attr;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * Writes a prepared part DOM as FreeMarker source: the markers become the tags they stand for,
 * and everything else is XML in which nothing can act as FreeMarker — a {@code ${} or {@code [#}
 * that was not found as a tag (in a field code, an attribute, text the scanner left alone) is
 * written so that it prints itself. The tags are therefore exactly the ones placement checked.
 */
final class PartTemplateSource {

    /** Where a tag landed in the source, to point FreeMarker's errors back at the paragraph. */
    record TagAt(int start, int end, String where, String source) {
    }

    final StringBuilder out = new StringBuilder();
    final List<TagAt> tagPositions = new ArrayList<>();
    /**
     * The same template with each static stretch (the XML between two tags) replaced by a call
     * that writes "stretch n" ({@link SegmentDirective}), and the stretches' XML, in order.
     */
    final StringBuilder segmented = new StringBuilder();
    final List<String> segments = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private final Map<org.w3c.dom.Node, PlacedTag> tags;
    private final Map<Attr, String> attributeTags;

    private PartTemplateSource(Map<Node, PlacedTag> tags, Map<Attr, String> attributeTags) {
        this.tags = tags;
        this.attributeTags = attributeTags;
    }

    static PartTemplateSource write(Document document, Map<Node, PlacedTag> tags, Map<Attr, String> attributeTags) {
        PartTemplateSource source = new PartTemplateSource(tags, attributeTags);
        source.xml("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        for (Node n = document.getFirstChild(); n != null; n = n.getNextSibling()) {
            source.node(n);
        }
        source.endSegment();
        return source;
    }

    private void node(Node n) {
        switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> element((Element) n);
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> literal(((CharacterData) n).getData(), false);
            case Node.COMMENT_NODE -> {
                xml("<!--");
                literal(((Comment) n).getData().replace("--", "- -"), false);
                xml("-->");
            }
            case Node.PROCESSING_INSTRUCTION_NODE -> instruction((ProcessingInstruction) n);
            default -> {
                // no DOCTYPE or entity reference survives the secure parse
            }
        }
    }

    private void element(Element e) {
        xml("<").xml(e.getNodeName());
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            xml(" ").xml(a.getNodeName()).xml("=\"");
            String computed = attributeTags.get(a);
            if (computed != null) {
                ftl(computed);
            } else {
                literal(a.getValue(), true);
            }
            xml("\"");
        }
        if (e.getFirstChild() == null) {
            xml("/>");
            return;
        }
        xml(">");
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            node(c);
        }
        xml("</").xml(e.getNodeName()).xml(">");
    }

    private void instruction(ProcessingInstruction pi) {
        if (PartContext.FTL.equals(pi.getTarget())) {
            int start = out.length();
            ftl(pi.getData());
            PlacedTag tag = tags.get(pi);
            if (tag != null) {
                tagPositions.add(new TagAt(start, out.length(), tag.where, tag.tag.source()));
            }
            return;
        }
        xml("<?").xml(pi.getTarget()).xml(" ");
        literal(pi.getData(), false);
        xml("?>");
    }

    /** FreeMarker, into both templates; it ends the static stretch before it. */
    private void ftl(String source) {
        endSegment();
        segmented.append(source);
        out.append(source);
    }

    /** XML-escapes {@code s} and keeps FreeMarker from reading anything in it. */
    private void literal(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            switch (c) {
                case '&' -> xml("&amp;");
                case '<' -> xml("&lt;");
                case '>' -> xml("&gt;");
                case '"' -> xml(attribute ? "&quot;" : "\"");
                case '\r' -> xml("&#13;");
                case '\n' -> xml(attribute ? "&#10;" : "\n");
                case '\t' -> xml(attribute ? "&#9;" : "\t");
                case '$' -> {
                    out.append(next == '{' ? "${'$'}" : "$");
                    pending.append('$');
                }
                case '[' -> {
                    out.append(next == '#' || next == '@' || next == '/' ? "${'['}" : "[");
                    pending.append('[');
                }
                default -> {
                    out.append(c);
                    pending.append(c);
                }
            }
        }
    }

    /** Static XML: into the template as it is, and into the current stretch. */
    private PartTemplateSource xml(String s) {
        out.append(s);
        pending.append(s);
        return this;
    }

    /** Closes the static stretch before a tag (or at the end) and puts its call into the segmented source. */
    private void endSegment() {
        if (pending.length() == 0) {
            return;
        }
        segmented.append(SegmentDirective.CALL);
        segments.add(pending.toString());
        pending.setLength(0);
    }
}
