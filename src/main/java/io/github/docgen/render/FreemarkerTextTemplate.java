package io.github.docgen.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.text.Utf8Buffer;

/** An HTML, XML or text template: FreeMarker with the output format its file extension names. */
final class FreemarkerTextTemplate implements CompiledTemplate {
    private final Template template;
    private final String displayName;
    private final RenderLimits limits;
    /** Bytes the last page needed and a quarter more: the next one, of the same template, seldom has to grow. */
    private volatile int sizeHint = 16 * 1024;
    private static final int MAX_SIZE_HINT = 4 * 1024 * 1024;

    private FreemarkerTextTemplate(Template template, String displayName, RenderLimits limits) {
        this.template = template;
        this.displayName = displayName;
        this.limits = limits;
    }

    static FreemarkerTextTemplate compile(Configuration cfg, String name, String displayName, RenderLimits limits)
            throws DocgenException {
        try {
            return new FreemarkerTextTemplate(RenderWatchdog.interruptible(cfg.getTemplate(name)), displayName, limits);
        } catch (ParseException e) {
            throw new DocgenException(TemplateFailure.of(e, displayName));
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", "cannot load: " + e.getMessage()));
        }
    }

    @Override
    public void render(Map<String, Object> model, OutputStream out) throws DocgenException {
        // HTML is checked for script URLs before a byte reaches the output, so it is rendered in memory
        // first, as the UTF-8 it is written in: no String of the page is made, nor a copy of it.
        boolean html = template.getOutputFormat() instanceof HTMLOutputFormat;
        Utf8Buffer buffer = html ? new Utf8Buffer(sizeHint) : null;
        Writer target = html ? buffer : new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Writer writer = new BoundedWriter(target, limits.maxOutputChars(), limits.maxMillis());
        try (RenderWatchdog.Alarm alarm = RenderWatchdog.arm(limits.maxMillis())) {
            try {
                template.process(model, writer);
                writer.flush();
            } catch (RuntimeException e) {
                if (alarm.fired()) {
                    throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "LIMIT",
                            "rendering took longer than the time limit of " + limits.maxMillis() + " ms"));
                }
                throw e;
            }
        } catch (TemplateException e) {
            throw TemplateFailure.exception(e, TemplateFailure.of(e, displayName));
        } catch (BoundedWriter.RenderLimitException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "LIMIT", e.getMessage()));
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", "cannot write: " + e.getMessage()));
        }
        if (html) {
            writeHtml(buffer, out);
        }
    }

    private void writeHtml(Utf8Buffer html, OutputStream out) throws DocgenException {
        html.finish();
        sizeHint = (int) Math.min(html.length() + html.length() / 4L, MAX_SIZE_HINT);
        Finding unsafe = ScriptUrls.find(html.bytes(), html.length(), displayName);
        if (unsafe != null) {
            throw new DocgenException(unsafe);
        }
        try {
            html.writeTo(out);
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", "cannot write: " + e.getMessage()));
        }
    }
}
