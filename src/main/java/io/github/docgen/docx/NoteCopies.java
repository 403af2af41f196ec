package io.github.docgen.docx;

import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * In a notes part, writes each note that a repeated block references once per reference, each
 * copy under the id its reference got ({@link DocumentNumbering}).
 */
final class NoteCopies {

    private NoteCopies() {
    }

    /** {@code kind}: "footnote" or "endnote"; {@code ids}: the notes to copy. Returns whether any note was wrapped. */
    static boolean wrap(PartContext ctx, String kind, Set<String> ids) {
        boolean wrapped = false;
        for (Element note : WordXml.all(ctx.document, kind)) {
            Attr id = note.getAttributeNodeNS(WordXml.W, "id");
            if (id == null || !ids.contains(id.getValue())) {
                continue;
            }
            String copies = DocumentNumbering.NOTE_COPIES + "(\"" + kind + "\", \"" + id.getValue() + "\")";
            note.getParentNode().insertBefore(ctx.document.createProcessingInstruction(PartContext.FTL,
                    "[#list " + copies + " as " + DocumentNumbering.NOTE_COPY + "]"), note);
            note.getParentNode().insertBefore(ctx.document.createProcessingInstruction(PartContext.FTL, "[/#list]"), note.getNextSibling());
            ctx.attributeTags.put(id, "${" + DocumentNumbering.NOTE_COPY + "}");
            wrapped = true;
        }
        return wrapped;
    }
}
