package io.github.docgen.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.template.Configuration;
import io.github.docgen.docx.DocxTemplateCompiler;
import io.github.docgen.engine.DocgenException;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;

/**
 * Compiles each template of a kind once and hands out the compiled form; one FreeMarker
 * configuration per kind, so includes resolve within that kind only.
 */
public final class TemplateCompiler {
    private final RenderLimits limits;
    private final Map<String, Configuration> configurations = new ConcurrentHashMap<>();
    private final Map<String, CompiledTemplate> compiled = new ConcurrentHashMap<>();
    /** One lock per template, held while it compiles. */
    private final Map<String, Object> compiling = new ConcurrentHashMap<>();

    public TemplateCompiler(RenderLimits limits) {
        this.limits = limits;
    }

    public CompiledTemplate compile(ReportKind kind, KindTemplate template) throws DocgenException {
        String key = kind.origin() + "/" + template.fileName();
        CompiledTemplate done = compiled.get(key);
        if (done != null) {
            return done;
        }
        // Every worker starts on the same template: one compiles it, the others wait for it
        // rather than each compiling it again in a JVM that is still cold.
        synchronized (compiling.computeIfAbsent(key, k -> new Object())) {
            done = compiled.get(key);
            if (done == null) {
                done = switch (template.format()) {
                    case HTML, XML, TEXT -> FreemarkerTextTemplate.compile(configuration(kind), template.fileName(),
                            kind.displayName(template.fileName()), limits);
                    case DOCX -> DocxTemplateCompiler.compile(kind, template, configuration(kind), limits);
                };
                compiled.put(key, done);
            }
            return done;
        }
    }

    private Configuration configuration(ReportKind kind) {
        return configurations.computeIfAbsent(kind.origin(), k -> HardenedFreemarker.configuration(new KindTemplateLoader(kind)));
    }
}
