package io.github.docgen.docx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds, once the directives are placed, what a repeated block would write more than once that a
 * document must hold once: a picture's {@code wp:docPr} id, and a footnote or endnote reference.
 * Their ids become calls of the document's {@link DocumentNumbering}; the notes referenced are
 * recorded, so that the notes part writes a copy per reference ({@link NoteCopies}).
 */
final class RepeatedObjects {
    /** {@code [#list xs as x]} repeats its body; {@code [#list xs]} repeats only its {@code [#items]}. */
    private static final Pattern LIST_WITH_VARIABLE = Pattern.compile("\\sas\\s");

    private RepeatedObjects() {
    }

    /** {@code repeatedNotes}: "footnote" and "endnote" to the ids of notes referenced from a repeated block, filled here. */
    static void renumber(PartContext ctx, Map<String, Set<String>> repeatedNotes) {
        Deque<Boolean> blocks = new ArrayDeque<>(); // per open block: whether its body runs more than once
        walk(ctx.document.getDocumentElement(), ctx, blocks, repeatedNotes);
    }

    private static void walk(Node node, PartContext ctx, Deque<Boolean> blocks, Map<String, Set<String>> repeatedNotes) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            PlacedTag tag = ctx.tags.get(c);
            if (tag != null) {
                follow(tag.tag, blocks);
            } else if (c instanceof Element e) {
                if (blocks.contains(Boolean.TRUE)) {
                    renumber(e, ctx, repeatedNotes);
                }
                walk(e, ctx, blocks, repeatedNotes);
            }
        }
    }

    private static void follow(TemplateTag tag, Deque<Boolean> blocks) {
        switch (tag.kind()) {
            case OPEN -> blocks.push(repeats(tag));
            case CLOSE -> blocks.poll();
            case MIDDLE -> {
                if (tag.name().equals("else") && !blocks.isEmpty()) { // a list's [#else] runs once, when there is nothing to list
                    blocks.pop();
                    blocks.push(false);
                }
            }
            default -> {
                // interpolations and single directives neither open nor close
            }
        }
    }

    private static boolean repeats(TemplateTag open) {
        return switch (open.name()) {
            case "items", "macro", "function" -> true;
            case "list" -> LIST_WITH_VARIABLE.matcher(open.source()).find();
            default -> false;
        };
    }

    private static void renumber(Element e, PartContext ctx, Map<String, Set<String>> repeatedNotes) {
        if (DocumentNumbering.WP.equals(e.getNamespaceURI()) && "docPr".equals(e.getLocalName())) {
            Attr id = e.getAttributeNode("id");
            if (id != null) {
                ctx.attributeTags.put(id, "${" + DocumentNumbering.DRAWING_ID + "()}");
            }
        } else if (WordXml.is(e, "footnoteReference") || WordXml.is(e, "endnoteReference")) {
            String kind = WordXml.is(e, "footnoteReference") ? "footnote" : "endnote";
            Attr id = e.getAttributeNodeNS(WordXml.W, "id");
            if (id != null && id.getValue().matches("-?\\d+")) {
                ctx.attributeTags.put(id, "${" + DocumentNumbering.NOTE_ID + "(\"" + kind + "\", \"" + id.getValue() + "\")}");
                repeatedNotes.computeIfAbsent(kind, k -> new java.util.TreeSet<>()).add(id.getValue());
            }
        }
    }
}
