package io.github.docgen.render;

import freemarker.template.Configuration;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;

/**
 * Compiles the templates of one output format (HTML and text, Word, ...). Formats are siblings:
 * the engine holds one compiler per {@link io.github.docgen.kind.TemplateFormat} and knows none of
 * them by name, so a new format is a new package and one map entry.
 */
public interface FormatCompiler {

    /**
     * @param freemarker the kind's hardened FreeMarker configuration ({@link HardenedFreemarker#forKind}),
     *                   shared by all templates of the kind, so includes resolve within the kind only
     */
    CompiledTemplate compile(ReportKind kind, KindTemplate template, Configuration freemarker) throws DocgenException;
}
