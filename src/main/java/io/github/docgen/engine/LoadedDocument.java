package io.github.docgen.engine;

import java.nio.file.Path;

import io.github.docgen.data.DataFile;
import io.github.docgen.kind.ReportKind;

/**
 * A data file that loaded and names a known kind; {@code file} is where it was read from. Between
 * checking and rendering, {@code data} is only its {@link DataFile#header() header}.
 */
record LoadedDocument(DataFile data, ReportKind kind, Path file) {
}
