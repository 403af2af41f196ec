package io.github.docgen.engine;

import io.github.docgen.data.DataFile;
import io.github.docgen.kind.ReportKind;

/** A data file that loaded and names a known kind. */
record LoadedDocument(DataFile data, ReportKind kind) {
}
