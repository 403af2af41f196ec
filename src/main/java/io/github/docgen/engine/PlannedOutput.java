package io.github.docgen.engine;

import io.github.docgen.kind.KindTemplate;

/**
 * One document to make: from which data file, with which template, to which path under the
 * output folder, and under which Maven classifier it is attached.
 */
record PlannedOutput(LoadedDocument document, KindTemplate template, String relativePath, String classifier) {
}
