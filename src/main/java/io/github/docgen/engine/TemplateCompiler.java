package io.github.docgen.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.template.Configuration;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.docx.DocxTemplateCompiler;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.kind.TemplateFormat;
import io.github.docgen.pdf.PdfFormatCompiler;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.FormatCompiler;
import io.github.docgen.render.HardenedFreemarker;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.render.TextFormatCompiler;

/**
 * Compiles each template of a kind once and hands out the compiled form, through the compiler of
 * the template's format; one FreeMarker configuration per kind, so includes resolve within that
 * kind only.
 */
public final class TemplateCompiler {
    private final Map<TemplateFormat, FormatCompiler> formats;
    private final Map<String, Configuration> configurations = new ConcurrentHashMap<>();
    private final Map<String, CompiledTemplate> compiled = new ConcurrentHashMap<>();
    /** One lock per template, held while it compiles. */
    private final Map<String, Object> compiling = new ConcurrentHashMap<>();

    public TemplateCompiler(Map<TemplateFormat, FormatCompiler> formats) {
        this.formats = Map.copyOf(formats);
    }

    public TemplateCompiler(RenderLimits limits) {
        this(limits, OutputOptions.ALL);
    }

    /** The standard formats, PDFs with the fonts {@code outputs} names. */
    public TemplateCompiler(RenderLimits limits, OutputOptions outputs) {
        this(standardFormats(limits, outputs));
    }

    /**
     * The formats every build has: HTML, XML and text through FreeMarker, Word through the docx
     * compiler, PDF through openhtmltopdf.
     */
    static Map<TemplateFormat, FormatCompiler> standardFormats(RenderLimits limits, OutputOptions outputs) {
        Map<TemplateFormat, FormatCompiler> formats = new EnumMap<>(TemplateFormat.class);
        FormatCompiler text = new TextFormatCompiler(limits);
        formats.put(TemplateFormat.HTML, text);
        formats.put(TemplateFormat.XML, text);
        formats.put(TemplateFormat.TEXT, text);
        formats.put(TemplateFormat.DOCX, new DocxTemplateCompiler(limits));
        formats.put(TemplateFormat.PDF, new PdfFormatCompiler(limits, outputs.pdf(), outputs.warnings()));
        return formats;
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
                FormatCompiler format = formats.get(template.format());
                if (format == null) {
                    throw new DocgenException(Finding.error(SourcePosition.ofFile(kind.displayName(template.fileName())), "TEMPLATE",
                            "no compiler for " + template.format() + " templates in this build"));
                }
                done = format.compile(kind, template, configuration(kind));
                compiled.put(key, done);
            }
            return done;
        }
    }

    private Configuration configuration(ReportKind kind) {
        return configurations.computeIfAbsent(kind.origin(), k -> HardenedFreemarker.forKind(kind));
    }
}
