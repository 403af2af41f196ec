package io.github.docgen.docx;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * Makes each tag of a paragraph sit in one {@code w:t}: Word splits what the maintainer typed
 * over runs (spell-check marks, revision ids, a bold letter, a bookmark), so the paragraph's
 * visible text is read across all its runs, each tag is moved whole into the text element where
 * it starts, and is replaced there by a marker node. What the tag covered in later runs is
 * removed; runs left without text are dropped.
 */
final class RunNormaliser {

    private RunNormaliser() {
    }

    static ParagraphContent normalise(Element paragraph, PartContext ctx) {
        List<Element> texts = ownTexts(paragraph);
        StringBuilder all = new StringBuilder();
        int[] starts = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            starts[i] = all.length();
            all.append(texts.get(i).getTextContent());
        }
        String text = all.toString();
        ctx.text(paragraph, text);
        TagScanner.Result scan = TagScanner.scan(text);
        if (scan.error() != null) {
            ctx.error(paragraph, scan.error());
            return new ParagraphContent(paragraph, text, List.of(), false);
        }
        if (scan.spans().isEmpty()) {
            List<PlacedTag> literal = new ArrayList<>();
            if (!text.isBlank()) {
                literal.add(null); // text that keeps a row-level directive from reaching past it
            }
            return new ParagraphContent(paragraph, text, literal, false);
        }
        for (TagScanner.Span span : scan.spans()) {
            String crossed = crossedEdge(texts, starts, span, paragraph);
            if (crossed != null) {
                ctx.error(paragraph, "\"" + span.tag().source() + "\" " + crossed);
                return new ParagraphContent(paragraph, text, List.of(), false);
            }
        }
        List<PlacedTag> tags = new ArrayList<>();
        for (TagScanner.Span span : scan.spans()) {
            ProcessingInstruction marker = ctx.document.createProcessingInstruction(PartContext.FTL, span.tag().source());
            PlacedTag placed = new PlacedTag(span.tag(), marker, paragraph, ctx.where(paragraph));
            ctx.tags.put(marker, placed);
            tags.add(placed);
        }
        for (int i = 0; i < texts.size(); i++) {
            rebuild(texts.get(i), starts[i], starts[i] + texts.get(i).getTextContent().length(), text, scan.spans(), tags);
        }
        return new ParagraphContent(paragraph, text, tokens(text, scan.spans(), tags), hasObjects(paragraph));
    }

    /** Elements inside a paragraph that a tag may not reach into from outside: moving the tag whole would empty or break them. */
    private static final java.util.Map<String, String> EDGES = java.util.Map.of("hyperlink", "hyperlink", "fldSimple", "field",
            "sdt", "content control");

    /**
     * Why a tag cannot be moved whole into the text where it starts, or null when it can: it starts
     * outside a hyperlink (field, content control) and ends inside it, or the other way round. Moved,
     * it would take the link's text with it and leave an empty link, which Word drops.
     */
    private static String crossedEdge(List<Element> texts, int[] starts, TagScanner.Span span, Element paragraph) {
        Element first = null;
        boolean seen = false;
        for (int i = 0; i < texts.size(); i++) {
            int from = starts[i];
            int to = from + texts.get(i).getTextContent().length();
            if (to <= span.start() || from >= span.end() || from == to) {
                continue;
            }
            Element edge = edge(texts.get(i), paragraph);
            if (!seen) {
                first = edge;
                seen = true;
            } else if (edge != first) {
                String what = EDGES.get((first != null ? first : edge).getLocalName());
                String how = first == null ? "starts outside a " + what + " and ends inside it"
                        : edge == null ? "starts inside a " + what + " and ends outside it"
                        : "starts in one " + what + " and ends in another";
                return how + "; Word would lose the " + what + ": type the whole tag inside the " + what + " or outside it";
            }
        }
        return null;
    }

    /** The innermost hyperlink, simple field or content control around {@code t} within its paragraph, or null. */
    private static Element edge(Element t, Element paragraph) {
        for (Node n = t.getParentNode(); n != null && n != paragraph; n = n.getParentNode()) {
            if (n instanceof Element e && WordXml.W.equals(e.getNamespaceURI()) && EDGES.containsKey(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** Replaces the children of one {@code w:t} covering {@code [from, to)} of the paragraph text. */
    private static void rebuild(Element t, int from, int to, String text, List<TagScanner.Span> spans, List<PlacedTag> tags) {
        List<Node> children = new ArrayList<>();
        int pos = from;
        for (int k = 0; k < spans.size(); k++) {
            TagScanner.Span span = spans.get(k);
            if (span.end() <= pos || span.start() >= to) {
                continue;
            }
            if (span.start() >= pos) {
                if (span.start() > pos) {
                    children.add(t.getOwnerDocument().createTextNode(text.substring(pos, span.start())));
                }
                children.add(tags.get(k).marker);
            }
            pos = Math.max(pos, span.end());
        }
        if (pos < to) {
            children.add(t.getOwnerDocument().createTextNode(text.substring(pos, to)));
        }
        while (t.getFirstChild() != null) {
            t.removeChild(t.getFirstChild());
        }
        children.forEach(t::appendChild);
        if (children.isEmpty()) {
            removeEmptyText(t);
        } else {
            t.setAttributeNS(WordXml.XML_NS, "xml:space", "preserve");
        }
    }

    /** A {@code w:t} emptied by moving a tag away goes, and its run too when nothing else is left in it. */
    static void removeEmptyText(Element t) {
        Node run = t.getParentNode();
        run.removeChild(t);
        if (WordXml.is(run, "r")) {
            for (Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element && !WordXml.is(c, "rPr")) {
                    return;
                }
            }
            run.getParentNode().removeChild(run);
        }
    }

    private static List<PlacedTag> tokens(String text, List<TagScanner.Span> spans, List<PlacedTag> tags) {
        List<PlacedTag> tokens = new ArrayList<>();
        int pos = 0;
        for (int k = 0; k < spans.size(); k++) {
            if (!text.substring(pos, spans.get(k).start()).isBlank()) {
                tokens.add(null);
            }
            tokens.add(tags.get(k));
            pos = spans.get(k).end();
        }
        if (!text.substring(pos).isBlank()) {
            tokens.add(null);
        }
        return tokens;
    }

    private static final java.util.Set<String> OBJECTS = java.util.Set.of("drawing", "pict", "object", "fldSimple",
            "fldChar", "footnoteReference", "endnoteReference", "sym", "txbxContent");

    /** Whether something besides text shows in the paragraph; nested paragraphs (text boxes) count as objects. */
    private static boolean hasObjects(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                boolean wordml = WordXml.W.equals(e.getNamespaceURI());
                if (wordml && OBJECTS.contains(e.getLocalName()) || !(wordml && "p".equals(e.getLocalName())) && hasObjects(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The {@code w:t} of this paragraph, not of paragraphs nested in it (text boxes). */
    static List<Element> ownTexts(Element paragraph) {
        List<Element> out = new ArrayList<>();
        collectTexts(paragraph, out);
        return out;
    }

    private static void collectTexts(Node node, List<Element> out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (WordXml.is(c, "t")) {
                out.add((Element) c);
            } else if (c instanceof Element && !WordXml.is(c, "p")) {
                collectTexts(c, out);
            }
        }
    }
}
