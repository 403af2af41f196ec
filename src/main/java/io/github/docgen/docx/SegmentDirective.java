package io.github.docgen.docx;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import freemarker.core.CallPlaceCustomDataInitializationException;
import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.ObjectFactory;
import io.github.docgen.zip.DeflatedPartWriter;
import io.github.docgen.zip.StaticSegments;

/**
 * What a static stretch of a part compiles to: {@code [@docgen_segment_/]}. Writing to the part's
 * {@link DeflatedPartWriter}, it appends its stretch precompressed; writing anywhere else (output
 * captured by {@code [#assign x]…[/#assign]}, a macro's nested content being captured), it writes
 * the stretch's text, as the plain template would. Thread-safe: one per part, shared by every render.
 *
 * <p>Which stretch a call writes is not a parameter: FreeMarker puts a directive's parameters into
 * a new HashMap on every call, and a part makes hundreds of calls. The calls are numbered once,
 * when the part is compiled: the n-th call in the source writes stretch n, and each call place
 * keeps its number ({@link DirectiveCallPlace#getOrCreateCustomData}).
 */
final class SegmentDirective implements TemplateDirectiveModel {
    /** Set as a global variable of each render, so no data key can stand in for it. */
    static final String NAME = "docgen_segment_";
    /** The call of a stretch, in the segmented source. */
    static final String CALL = "[@" + NAME + "/]";
    /**
     * How FreeMarker prints such a call: {@code <@docgen_segment_/>}, or with an end tag once the
     * render watchdog's interruption check has been put inside it.
     */
    private static final String CANONICAL_EMPTY_CALL = "<@" + NAME + "/>";
    private static final String CANONICAL_CALL = "<@" + NAME + ">";
    /** Stretches are deflated once per context at the best level: it costs nothing per document. */
    private static final int LEVEL = 9;

    /** Every call of the part was numbered when it was compiled; another one has no stretch. */
    private static final ObjectFactory<Object> UNBOUND = () -> {
        throw new IllegalStateException("a stretch call that the part was not compiled with");
    };

    private final StaticSegments segments;
    private final String[] texts;

    SegmentDirective(List<String> texts) {
        this.texts = texts.toArray(String[]::new);
        this.segments = new StaticSegments(texts, LEVEL);
    }

    StaticSegments segments() {
        return segments;
    }

    /**
     * Numbers the calls of {@code segmented} (the part's segmented source, whose calls were written in
     * the order of the stretches): the n-th by position writes stretch n. Done once, before any render.
     */
    void bind(Template segmented) {
        List<TemplateElement> calls = new ArrayList<>();
        collectCalls(segmented.getRootTreeNode(), calls);
        calls.sort(Comparator.comparingInt(TemplateElement::getBeginLine).thenComparingInt(TemplateElement::getBeginColumn));
        if (calls.size() != texts.length) {
            throw new IllegalStateException(segmented.getName() + ": " + calls.size() + " stretch calls for " + texts.length + " stretches");
        }
        try {
            for (int n = 0; n < calls.size(); n++) {
                Integer stretch = n;
                ((DirectiveCallPlace) calls.get(n)).getOrCreateCustomData(this, () -> stretch);
            }
        } catch (CallPlaceCustomDataInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectCalls(TemplateElement element, List<TemplateElement> calls) {
        String canonical = element instanceof DirectiveCallPlace ? element.getCanonicalForm() : "";
        if (canonical.equals(CANONICAL_EMPTY_CALL) || canonical.startsWith(CANONICAL_CALL)) {
            calls.add(element);
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            collectCalls((TemplateElement) element.getChildAt(i), calls); // FreeMarker's elements are Swing tree nodes
        }
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        int n;
        try {
            n = (Integer) env.getCurrentDirectiveCallPlace().getOrCreateCustomData(this, UNBOUND);
        } catch (CallPlaceCustomDataInitializationException e) {
            throw new TemplateModelException(e.getMessage(), e);
        }
        Writer out = env.getOut();
        if (out instanceof DeflatedPartWriter part) {
            part.segment(n);
        } else {
            out.write(texts[n]);
        }
    }
}
