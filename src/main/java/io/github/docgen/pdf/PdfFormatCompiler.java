package io.github.docgen.pdf;

import java.util.List;
import java.util.function.Consumer;

import com.openhtmltopdf.util.XRLog;

import freemarker.template.Configuration;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.FormatCompiler;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.render.TextFormatCompiler;

/**
 * Compiles print templates ({@code name.pdf.ftlh}): the HTML part as any {@code .ftlh}. The fonts
 * are chosen and read once per build, when the first PDF is rendered (a build that checks only, or
 * makes no PDF, never reads them), and shared by every PDF after it.
 */
public final class PdfFormatCompiler implements FormatCompiler {
    static {
        // openhtmltopdf logs every layout step through java.util.logging at INFO; a build reports
        // through its own findings and warnings instead.
        XRLog.setLoggingEnabled(false);
    }

    private final TextFormatCompiler html;
    private final PdfSettings settings;
    private final Consumer<String> warnings;
    private FontSet fonts;
    private List<String> fontProblems;

    /** {@code warnings}: told once per official family that falls back to a shipped font, and of unusable system fonts. */
    public PdfFormatCompiler(RenderLimits limits, PdfSettings settings, Consumer<String> warnings) {
        this.html = new TextFormatCompiler(limits);
        this.settings = settings;
        this.warnings = warnings;
    }

    @Override
    public CompiledTemplate compile(ReportKind kind, KindTemplate template, Configuration freemarker) throws DocgenException {
        String displayName = kind.displayName(template.fileName());
        return new PdfTemplate(html.compile(kind, template, freemarker), this::fonts, displayName);
    }

    /** The build's fonts, chosen on the first call; a problem with them fails every PDF, named at its template. */
    synchronized FontSet fonts(String displayName) throws DocgenException {
        if (fonts == null && fontProblems == null) {
            try {
                FontCatalog.ChosenFonts chosen = FontCatalog.choose(settings);
                chosen.warnings().forEach(warnings);
                fonts = new FontSet(chosen.fonts());
            } catch (FontCatalog.FontProblemsException e) {
                fontProblems = e.problems();
            }
        }
        if (fontProblems != null) {
            throw new DocgenException(fontProblems.stream()
                    .map(problem -> Finding.error(SourcePosition.ofFile(displayName), "FONT", problem)).toList());
        }
        return fonts;
    }
}
