package io.github.docgen.render;

import freemarker.template.Configuration;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;

/** HTML, XML and plain-text templates: FreeMarker with the output format the file name gives. */
public final class TextFormatCompiler implements FormatCompiler {
    private final RenderLimits limits;

    public TextFormatCompiler(RenderLimits limits) {
        this.limits = limits;
    }

    @Override
    public CompiledTemplate compile(ReportKind kind, KindTemplate template, Configuration freemarker) throws DocgenException {
        return FreemarkerTextTemplate.compile(freemarker, template.fileName(), kind.displayName(template.fileName()), limits);
    }
}
