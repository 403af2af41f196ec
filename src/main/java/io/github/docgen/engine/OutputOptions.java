package io.github.docgen.engine;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.github.docgen.kind.KindTemplate;
import io.github.docgen.pdf.PdfSettings;

/**
 * Which outputs a run makes ({@code -Ddocgen.formats=html,pdf}) and how its PDFs find their fonts.
 *
 * @param formats  output extensions to make, lower case; empty: every format of each kind
 * @param pdf      the font folders and whether official fonts are required
 * @param warnings told of what a run goes on despite (a font that falls back to a shipped one)
 */
public record OutputOptions(Set<String> formats, PdfSettings pdf, Consumer<String> warnings) {
    /** Every format, fonts from the system's folders or shipped, warnings dropped. */
    public static final OutputOptions ALL = new OutputOptions(Set.of(), PdfSettings.DEFAULT, warning -> { });

    public OutputOptions {
        formats = formats.stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this run renders the template's format. */
    boolean makes(KindTemplate template) {
        return formats.isEmpty() || formats.contains(template.outputExtension().toLowerCase(Locale.ROOT));
    }
}
