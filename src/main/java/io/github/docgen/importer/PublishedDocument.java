package io.github.docgen.importer;

import java.util.List;

/**
 * A published report read from HTML or Word, before anything is made of it.
 *
 * @param file       how messages name the source
 * @param pageTitle  the HTML page's {@code <title>}, or null (Word files have none worth reading)
 */
record PublishedDocument(String file, String pageTitle, List<PublishedBlock> blocks) {
    PublishedDocument {
        blocks = List.copyOf(blocks);
    }
}
