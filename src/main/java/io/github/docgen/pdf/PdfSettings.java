package io.github.docgen.pdf;

import java.nio.file.Path;
import java.util.List;

/**
 * How a build finds the fonts of its PDFs.
 *
 * @param fontDirectories folders searched for the official fonts before the system's font folders
 * @param requireFonts    whether a missing official font fails the build instead of falling back to a shipped one
 * @param systemFonts     whether the system's font folders are searched (tests turn it off to get the shipped fonts on any machine)
 */
public record PdfSettings(List<Path> fontDirectories, boolean requireFonts, boolean systemFonts) {
    /** Configured directories none, system folders searched, fallbacks allowed. */
    public static final PdfSettings DEFAULT = new PdfSettings(List.of(), false, true);

    public PdfSettings {
        fontDirectories = List.copyOf(fontDirectories);
    }
}
