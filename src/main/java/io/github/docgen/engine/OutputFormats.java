package io.github.docgen.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import io.github.docgen.docx.DocxTemplateCompiler;
import io.github.docgen.kind.TemplateFormat;
import io.github.docgen.ofd.OfdFormatCompiler;
import io.github.docgen.pdf.PdfFormatCompiler;
import io.github.docgen.pdf.PdfSettings;
import io.github.docgen.render.FormatCompiler;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.render.TextFormatCompiler;

/** Which compiler makes each output format: the one place a new format is added. */
final class OutputFormats {

    private OutputFormats() {
    }

    /**
     * HTML, XML and text through FreeMarker, Word through the docx compiler, PDF through openhtmltopdf
     * and OFD from the PDF's layout, with the fonts {@code pdf} says where to find ({@code fontWarnings} told of fonts that fall back).
     */
    static Map<TemplateFormat, FormatCompiler> standard(RenderLimits limits, PdfSettings pdf, Consumer<String> fontWarnings) {
        Map<TemplateFormat, FormatCompiler> formats = new EnumMap<>(TemplateFormat.class);
        FormatCompiler text = new TextFormatCompiler(limits);
        formats.put(TemplateFormat.HTML, text);
        formats.put(TemplateFormat.XML, text);
        formats.put(TemplateFormat.TEXT, text);
        formats.put(TemplateFormat.DOCX, new DocxTemplateCompiler(limits));
        OfdFormatCompiler ofd = new OfdFormatCompiler(new PdfFormatCompiler(limits, pdf, fontWarnings));
        formats.put(TemplateFormat.PDF, ofd.pdfCompiler()); // lays out once for a document's PDF and OFD
        formats.put(TemplateFormat.OFD, ofd);
        return formats;
    }
}
