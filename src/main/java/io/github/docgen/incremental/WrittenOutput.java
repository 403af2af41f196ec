package io.github.docgen.incremental;

import java.nio.file.Path;

/**
 * One document the run produced. {@code changed} is false when the file on disk already held
 * these bytes (found up to date, or rendered to identical bytes), so it was not rewritten.
 */
public record WrittenOutput(Path file, String relativePath, String source, String kind, String format, String classifier,
                            String sha256, String inputs, boolean changed) {
}
