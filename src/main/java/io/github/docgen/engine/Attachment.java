package io.github.docgen.engine;

import java.nio.file.Path;

/** One document as a build tool attaches it to the project: the file, its type (its extension) and its classifier. */
public record Attachment(Path file, String type, String classifier) {
}
