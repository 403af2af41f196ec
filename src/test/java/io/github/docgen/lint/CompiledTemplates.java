package io.github.docgen.lint;

import java.util.LinkedHashMap;
import java.util.Map;

import freemarker.template.Configuration;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.docx.DocxTemplateCompiler;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.kind.TemplateFormat;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.HardenedFreemarker;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.render.TextFormatCompiler;

/** Compiles a kind's templates as a build does: text through FreeMarker, Word through the docx compiler. */
final class CompiledTemplates {

    private CompiledTemplates() {
    }

    /** Every template of the kind by file name, in the kind's order. */
    static Map<String, CompiledTemplate> of(ReportKind kind) throws DocgenException {
        Configuration cfg = HardenedFreemarker.forKind(kind);
        Map<String, CompiledTemplate> out = new LinkedHashMap<>();
        for (KindTemplate template : kind.templates()) {
            out.put(template.fileName(), template.format() == TemplateFormat.DOCX
                    ? new DocxTemplateCompiler(RenderLimits.DEFAULT).compile(kind, template, cfg)
                    : new TextFormatCompiler(RenderLimits.DEFAULT).compile(kind, template, cfg));
        }
        return out;
    }
}
