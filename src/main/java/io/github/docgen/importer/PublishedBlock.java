package io.github.docgen.importer;

import io.github.docgen.diagnostic.SourcePosition;

/** What a published report is made of, in reading order: paragraphs of text and tables. */
sealed interface PublishedBlock permits PublishedBlock.Paragraph, PublishedBlock.Table {

    /** A paragraph as a reader sees it: whitespace as the browser or Word shows it, trimmed. */
    record Paragraph(String text, SourcePosition at) implements PublishedBlock {
    }

    record Table(CellGrid grid) implements PublishedBlock {
    }
}
