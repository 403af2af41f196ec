package io.github.docgen.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Decides what each directive acts on, checks that every block can be placed, and only then
 * moves the directives in the part's DOM:
 * <ul>
 * <li>a block opened at the very start of a table row's text and closed at its very end acts on
 *     the whole {@code w:tr} (a repeated or conditional row);</li>
 * <li>directives alone in their paragraph act on whole paragraphs, and that paragraph goes;</li>
 * <li>any other directive acts inside its paragraph's runs.</li>
 * </ul>
 * A block whose tags act on different things (opened in one cell, closed in another row) could
 * only produce broken XML, so it is refused before anything is rendered.
 */
final class DirectivePlacement {
    private static final Set<String> BLOCK_CONTAINERS = Set.of("tc", "hdr", "ftr", "footnote", "endnote", "txbxContent", "comment");

    private DirectivePlacement() {
    }

    /** Places the tags of the part's paragraphs; problems go to {@code ctx.findings} and leave the DOM as it was. */
    static void place(List<ParagraphContent> paragraphs, PartContext ctx) {
        placeRows(paragraphs, ctx);
        placeParagraphs(paragraphs, ctx);
        List<PlacedTag> ordered = new ArrayList<>();
        for (ParagraphContent pc : paragraphs) {
            for (PlacedTag t : pc.tokens()) {
                if (t != null) {
                    if (t.placement == PlacedTag.Placement.INLINE) {
                        t.scope = t.marker.getParentNode().getParentNode().getParentNode();
                    }
                    ordered.add(t);
                }
            }
        }
        checkBalance(ordered, ctx);
        if (ctx.findings.isEmpty()) {
            hoist(paragraphs, ordered, ctx);
        }
    }

    private static void placeRows(List<ParagraphContent> paragraphs, PartContext ctx) {
        Map<Node, List<ParagraphContent>> byRow = new IdentityHashMap<>();
        for (ParagraphContent pc : paragraphs) {
            for (Node n = pc.paragraph().getParentNode(); n != null; n = n.getParentNode()) {
                if (WordXml.is(n, "tr")) {
                    byRow.computeIfAbsent(n, r -> new ArrayList<>()).add(pc);
                }
            }
        }
        for (Element row : WordXml.all(ctx.document, "tr")) {
            List<PlacedTag> items = new ArrayList<>();
            for (ParagraphContent pc : byRow.getOrDefault(row, List.of())) {
                for (PlacedTag t : pc.tokens()) {
                    if (t == null || t.placement == PlacedTag.Placement.INLINE) {
                        items.add(t);
                    }
                }
            }
            while (items.size() >= 2 && items.get(0) != null && items.get(0).tag.kind() == TemplateTag.Kind.OPEN) {
                int match = matchingClose(items);
                PlacedTag open = items.get(0);
                PlacedTag close = match < 0 ? null : items.get(match);
                if (match != items.size() - 1 || !close.tag.name().equals(open.tag.name()) || ownLinesInOneCell(open, close, paragraphs)) {
                    break;
                }
                open.placement = PlacedTag.Placement.ROW;
                close.placement = PlacedTag.Placement.ROW;
                open.scope = row;
                close.scope = row;
                items = new ArrayList<>(items.subList(1, items.size() - 1));
            }
        }
    }

    /**
     * {@code [#list]} ¶ ... ¶ {@code [/#list]} on lines of their own inside one cell repeat
     * paragraphs of that cell, as they would anywhere else, even when they are the row's only text.
     */
    private static boolean ownLinesInOneCell(PlacedTag open, PlacedTag close, List<ParagraphContent> paragraphs) {
        Element cell = WordXml.ancestor(open.paragraph, "tc");
        return cell == WordXml.ancestor(close.paragraph, "tc") && open.paragraph != close.paragraph
                && onlyDirectives(open.paragraph, paragraphs) && onlyDirectives(close.paragraph, paragraphs);
    }

    private static boolean onlyDirectives(Element paragraph, List<ParagraphContent> paragraphs) {
        for (ParagraphContent pc : paragraphs) {
            if (pc.paragraph() == paragraph) {
                return !pc.hasObjects() && pc.tokens().stream().allMatch(t -> t != null && t.tag.isDirective());
            }
        }
        return false;
    }

    private static int matchingClose(List<PlacedTag> items) {
        int depth = 0;
        for (int i = 0; i < items.size(); i++) {
            PlacedTag t = items.get(i);
            if (t == null) {
                continue;
            }
            if (t.tag.kind() == TemplateTag.Kind.OPEN) {
                depth++;
            } else if (t.tag.kind() == TemplateTag.Kind.CLOSE && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void placeParagraphs(List<ParagraphContent> paragraphs, PartContext ctx) {
        for (ParagraphContent pc : paragraphs) {
            List<PlacedTag> rest = pc.tokens().stream()
                    .filter(t -> t == null || t.placement != PlacedTag.Placement.ROW).toList();
            boolean onlyDirectives = !rest.isEmpty() && rest.stream().allMatch(t -> t != null && t.tag.isDirective());
            if (!onlyDirectives || pc.hasObjects()) {
                continue;
            }
            for (PlacedTag t : rest) {
                t.placement = PlacedTag.Placement.PARAGRAPH;
                t.scope = pc.paragraph().getParentNode();
            }
            if (!WordXml.all(pc.paragraph(), "sectPr").isEmpty()) {
                ctx.error(pc.paragraph(), rest.get(0).tag.label() + " alone in its paragraph removes that paragraph,"
                        + " but this paragraph ends a section of the document; put the directive in a paragraph of its own before it");
            }
        }
    }

    private static void checkBalance(List<PlacedTag> ordered, PartContext ctx) {
        Deque<PlacedTag> open = new ArrayDeque<>();
        for (PlacedTag t : ordered) {
            if (TemplateTag.REFUSED.contains(t.tag.name())) {
                if (t.tag.kind() != TemplateTag.Kind.CLOSE) { // one message per block
                    ctx.error(t.paragraph, t.tag.label() + " is not allowed in a Word template: values are always escaped");
                }
                continue;
            }
            if (t.tag.source().replace(" ", "").contains("?no_esc")) {
                ctx.error(t.paragraph, "?no_esc is not allowed in a Word template: values are always escaped");
                continue;
            }
            switch (t.tag.kind()) {
                case OPEN -> open.push(t);
                case MIDDLE -> {
                    PlacedTag block = open.peek();
                    if (block == null || !t.tag.splits(block.tag)) {
                        ctx.error(t.paragraph, t.tag.label() + " is not inside a block it belongs to");
                    } else if (!samePlace(block, t)) {
                        ctx.error(t.paragraph, t.tag.label() + " must be placed like its " + block.tag.label()
                                + " (" + ctx.where(block.paragraph) + "), but " + difference(block, t, ctx));
                    }
                }
                case CLOSE -> {
                    PlacedTag block = open.poll();
                    if (block == null) {
                        ctx.error(t.paragraph, t.tag.label() + " closes nothing: there is no " + "[#" + t.tag.name() + "] before it");
                    } else if (!block.tag.name().equals(t.tag.name())) {
                        ctx.error(t.paragraph, t.tag.label() + " does not match " + block.tag.label() + " opened in "
                                + ctx.where(block.paragraph));
                    } else if (!samePlace(block, t)) {
                        ctx.error(block.paragraph, block.tag.label() + " opened here is closed " + difference(block, t, ctx));
                    }
                }
                default -> {
                    // interpolations and single directives act where they stand
                }
            }
        }
        for (PlacedTag t : open) {
            ctx.error(t.paragraph, t.tag.label() + " opened here is never closed (" + "[/#" + t.tag.name() + "] is missing)");
        }
    }

    private static boolean samePlace(PlacedTag a, PlacedTag b) {
        return a.placement == b.placement && a.scope == b.scope
                && (a.placement != PlacedTag.Placement.INLINE || a.paragraph == b.paragraph);
    }

    /** How the place of {@code other} differs from that of {@code open}, in words a maintainer can act on. */
    private static String difference(PlacedTag open, PlacedTag other, PartContext ctx) {
        Element openCell = WordXml.ancestor(open.paragraph, "tc");
        Element otherCell = WordXml.ancestor(other.paragraph, "tc");
        String at = " (" + ctx.where(other.paragraph) + ")";
        if (open.placement == PlacedTag.Placement.ROW) {
            return "the block acts on the whole table row, so nothing inside the row may split it" + at;
        }
        if (openCell != otherCell) {
            if (openCell != null && otherCell != null) {
                return (WordXml.ancestor(openCell, "tr") == WordXml.ancestor(otherCell, "tr")
                        ? "in another table cell" : "in another table row") + at;
            }
            return (openCell != null ? "outside its table cell" : "inside a table cell") + at;
        }
        Element openControl = WordXml.ancestor(open.paragraph, "sdt");
        Element otherControl = WordXml.ancestor(other.paragraph, "sdt");
        if (openControl != otherControl) {
            String side = otherControl != null && (openControl == null || WordXml.isDescendant(otherControl, openControl))
                    ? "inside a content control"
                    : openControl != null && (otherControl == null || WordXml.isDescendant(openControl, otherControl))
                    ? "outside its content control" : "in another content control";
            return side + at
                    + ", so the block crosses the content control's edge; put both directives inside the content control or both outside it";
        }
        if (open.paragraph != other.paragraph) {
            return open.placement == PlacedTag.Placement.INLINE
                    ? "in another paragraph" + at + "; a block that spans paragraphs needs each of its directives alone in its own paragraph"
                    : "inside the text of another paragraph" + at + "; put it alone in its own paragraph";
        }
        return "in a different hyperlink, field or content control of the paragraph; put both in the same one";
    }

    private static void hoist(List<ParagraphContent> paragraphs, List<PlacedTag> ordered, PartContext ctx) {
        Map<Node, Node> afterRow = new IdentityHashMap<>();
        for (PlacedTag t : ordered) {
            if (t.placement == PlacedTag.Placement.ROW) {
                Element row = (Element) t.scope;
                detach(t);
                if (t.tag.kind() == TemplateTag.Kind.OPEN) {
                    row.getParentNode().insertBefore(t.marker, row);
                } else {
                    Node after = afterRow.computeIfAbsent(row, r -> r.getNextSibling());
                    row.getParentNode().insertBefore(t.marker, after);
                }
            }
        }
        List<Node> containers = new ArrayList<>();
        for (ParagraphContent pc : paragraphs) {
            List<PlacedTag> own = pc.tokens().stream().filter(t -> t != null && t.placement == PlacedTag.Placement.PARAGRAPH).toList();
            if (own.isEmpty()) {
                continue;
            }
            Element p = pc.paragraph();
            Node parent = p.getParentNode();
            for (PlacedTag t : own) {
                detach(t);
                parent.insertBefore(t.marker, p);
            }
            parent.removeChild(p);
            if (!containers.contains(parent)) {
                containers.add(parent);
            }
        }
        for (Node container : containers) {
            keepOneParagraph(container, ctx);
        }
    }

    private static void detach(PlacedTag t) {
        Node text = t.marker.getParentNode();
        text.removeChild(t.marker);
        if (text.getFirstChild() == null && text instanceof Element e) {
            RunNormaliser.removeEmptyText(e);
        }
    }

    /**
     * A table cell, header, footer or note must hold at least one paragraph, or Word calls the file
     * damaged. When every paragraph of one sits inside conditional or repeated blocks, the template
     * writes an empty paragraph in the case none was written.
     */
    private static void keepOneParagraph(Node container, PartContext ctx) {
        if (!(container instanceof Element e) || !WordXml.W.equals(e.getNamespaceURI()) || !BLOCK_CONTAINERS.contains(e.getLocalName())) {
            return;
        }
        int depth = 0;
        List<Node> guarded = new ArrayList<>();
        for (Node c = container.getFirstChild(); c != null; c = c.getNextSibling()) {
            PlacedTag t = ctx.tags.get(c);
            if (t != null) {
                depth += t.tag.kind() == TemplateTag.Kind.OPEN ? 1 : t.tag.kind() == TemplateTag.Kind.CLOSE ? -1 : 0;
            } else if (WordXml.is(c, "p") || WordXml.is(c, "tbl")) {
                if (depth == 0) {
                    return;
                }
                guarded.add(c);
            }
        }
        String flag = "docgen_wrote" + ctx.nextGuard();
        Node first = container.getFirstChild();
        container.insertBefore(ctx.document.createProcessingInstruction(PartContext.FTL, "[#assign " + flag + " = false]"), first);
        for (Node block : guarded) {
            container.insertBefore(ctx.document.createProcessingInstruction(PartContext.FTL, "[#assign " + flag + " = true]"), block);
        }
        container.appendChild(ctx.document.createProcessingInstruction(PartContext.FTL, "[#if !" + flag + "]<w:p/>[/#if]"));
    }
}
