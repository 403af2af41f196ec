package io.github.docgen.engine;

import java.util.EnumMap;
import java.util.Map;

import io.github.docgen.docx.DocxTemplateCompiler;
import io.github.docgen.kind.TemplateFormat;
import io.github.docgen.render.FormatCompiler;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.render.TextFormatCompiler;

/** Which compiler makes each output format: the one place a new format is added. */
final class OutputFormats {

    private OutputFormats() {
    }

    /** HTML, XML and text through FreeMarker, Word through the docx compiler. */
    static Map<TemplateFormat, FormatCompiler> standard(RenderLimits limits) {
        Map<TemplateFormat, FormatCompiler> formats = new EnumMap<>(TemplateFormat.class);
        FormatCompiler text = new TextFormatCompiler(limits);
        formats.put(TemplateFormat.HTML, text);
        formats.put(TemplateFormat.XML, text);
        formats.put(TemplateFormat.TEXT, text);
        formats.put(TemplateFormat.DOCX, new DocxTemplateCompiler(limits));
        return formats;
    }
}
