package io.github.docgen.engine;

import java.nio.file.Path;

/** One document the run produced; {@code changed} is false when an identical file was already there. */
public record WrittenOutput(Path file, String relativePath, String source, String kind, String format, boolean changed) {
}
