package io.github.docgen.docx;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * A tag found in a part, with the marker node that stands for it in the part's DOM and, once
 * placed, what it acts on: a whole table row, whole paragraphs, or the runs of its paragraph.
 */
final class PlacedTag {
    enum Placement { INLINE, PARAGRAPH, ROW }

    final TemplateTag tag;
    final ProcessingInstruction marker;
    /** The paragraph the maintainer typed the tag into. */
    final Element paragraph;
    Placement placement = Placement.INLINE;
    /** PARAGRAPH: the element holding the paragraph; ROW: the row; INLINE: the element holding the tag's run. */
    Node scope;

    /** Where the paragraph is, for messages; fixed before directives move paragraphs away. */
    final String where;

    PlacedTag(TemplateTag tag, ProcessingInstruction marker, Element paragraph, String where) {
        this.tag = tag;
        this.marker = marker;
        this.paragraph = paragraph;
        this.where = where;
    }
}
