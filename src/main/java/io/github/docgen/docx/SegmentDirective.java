package io.github.docgen.docx;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateNumberModel;
import io.github.docgen.zip.DeflatedPartWriter;
import io.github.docgen.zip.StaticSegments;

/**
 * What a static stretch of a part compiles to: {@code [@docgen_segment_ n=12/]}. Writing to the
 * part's {@link DeflatedPartWriter}, it appends stretch 12 precompressed; writing anywhere else
 * (output captured by {@code [#assign x]…[/#assign]}, a macro's nested content being captured),
 * it writes the stretch's text, as the plain template would. Thread-safe: one per part, shared
 * by every render.
 */
final class SegmentDirective implements TemplateDirectiveModel {
    /** Set as a global variable of each render, so no data key can stand in for it. */
    static final String NAME = "docgen_segment_";
    /** Stretches are deflated once per context at the best level: it costs nothing per document. */
    private static final int LEVEL = 9;

    private final StaticSegments segments;
    private final String[] texts;

    SegmentDirective(List<String> texts) {
        this.texts = texts.toArray(String[]::new);
        this.segments = new StaticSegments(texts, LEVEL);
    }

    StaticSegments segments() {
        return segments;
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        int n = ((TemplateNumberModel) params.get("n")).getAsNumber().intValue();
        Writer out = env.getOut();
        if (out instanceof DeflatedPartWriter part) {
            part.segment(n);
        } else {
            out.write(texts[n]);
        }
    }
}
