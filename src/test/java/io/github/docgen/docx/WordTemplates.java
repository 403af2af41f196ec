package io.github.docgen.docx;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.HardenedFreemarker;
import io.github.docgen.render.RenderLimits;

/**
 * Compiles a Word template through the engine's own {@link DocxTemplateCompiler}, as the kind
 * {@code templates/memo} would, and renders it with a model shaped like the engine's: the data,
 * plus {@code project} and {@code doc}.
 */
final class WordTemplates {
    static final String DISPLAY_NAME = "templates/memo/report.docx";

    private WordTemplates() {
    }

    static CompiledTemplate compile(byte[] docx) throws DocgenException {
        ReportKind kind = new ReportKind("memo", "templates/memo", Map.of("report.docx", docx));
        KindTemplate template = KindTemplate.of("report.docx").orElseThrow();
        return new DocxTemplateCompiler(RenderLimits.DEFAULT).compile(kind, template, HardenedFreemarker.forKind(kind));
    }

    static Map<String, Object> model(Object... keyValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            model.put((String) keyValues[i], keyValues[i + 1]);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", "2021/yutan.yaml");
        doc.put("kind", "memo");
        doc.put("format", "docx");
        doc.put("buildTime", "2022-01-20T08:00:00Z");
        model.put("doc", doc);
        model.put("project", Map.of("groupId", "org.example", "artifactId", "reports", "version", "2.3.1", "name", "Reports",
                "properties", Map.of()));
        return model;
    }

    static RenderedDocx render(byte[] docx, Map<String, Object> model) throws DocgenException {
        return render(compile(docx), model);
    }

    static RenderedDocx render(CompiledTemplate template, Map<String, Object> model) throws DocgenException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.render(model, out);
        return new RenderedDocx(out.toByteArray());
    }
}
