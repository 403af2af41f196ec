package io.github.docgen.docx;

import java.util.List;

import org.w3c.dom.Element;

/**
 * A paragraph after run normalisation: its visible text and, in order, the tags and the
 * non-blank literal text between them ({@code null} entries), which is what decides whether a
 * directive stands alone in its paragraph or at the edges of a table row. {@code hasObjects}: the
 * paragraph shows something besides text (a picture, a field, a note reference), so it is never
 * removed for the directive it holds.
 */
record ParagraphContent(Element paragraph, String text, List<PlacedTag> tokens, boolean hasObjects) {

    boolean hasTags() {
        return tokens.stream().anyMatch(t -> t != null);
    }
}
