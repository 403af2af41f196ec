package io.github.docgen.ofd;

import freemarker.template.Configuration;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.pdf.PrintFonts;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.FormatCompiler;

/**
 * Compiles print templates ({@code name.pdf.ftlh}) into OFD: the template is compiled by the build's
 * PDF compiler, whose fonts it shares, and each OFD is written from the PDF that compiler lays out
 * (the very PDF of the same document when the build makes both: see {@link SharedLayout}).
 */
public final class OfdFormatCompiler implements FormatCompiler {
    private final FormatCompiler pdf;
    private final SharedLayout layout;
    private PrintFonts fonts;

    /** @param pdf the build's PDF compiler ({@link io.github.docgen.pdf.PdfFormatCompiler}) */
    public OfdFormatCompiler(FormatCompiler pdf) {
        this.pdf = pdf;
        this.layout = new SharedLayout(pdf);
    }

    /** The compiler the build must use for PDFs, so that an OFD takes the layout of its PDF instead of laying it out again. */
    public FormatCompiler pdfCompiler() {
        return layout.rememberingPdf();
    }

    @Override
    public CompiledTemplate compile(ReportKind kind, KindTemplate template, Configuration freemarker) throws DocgenException {
        String displayName = kind.displayName(template.fileName());
        return new OfdTemplate(layout, layout.compile(kind, template, freemarker), this::fonts, displayName);
    }

    /** The fonts' original files, looked up once per build (after the PDF compiler chose them). */
    private synchronized PrintFonts fonts(String displayName) throws DocgenException {
        if (fonts == null) {
            fonts = PrintFonts.of(pdf, displayName);
        }
        return fonts;
    }
}
