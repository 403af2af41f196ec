package io.github.docgen.render;

/**
 * Where a directive of a Word template acts, for {@code inspect}: the paragraph it was typed in,
 * the tag as typed, and what it acts on (whole paragraphs, a table row, or text inside its paragraph).
 */
public record PlacedDirective(String where, String tag, String actsOn) {
}
