package io.github.docgen.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import freemarker.core.Environment;
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
            throw new DocgenException(syntaxErrors(cfg, name, displayName, e));
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", "cannot load: " + e.getMessage()));
        }
    }

    /** Every syntax error of the template, found by parsing it again past each one (see {@link SyntaxErrors}). */
    private static List<Finding> syntaxErrors(Configuration cfg, String name, String displayName, ParseException first) {
        String source;
        try {
            Object found = cfg.getTemplateLoader().findTemplateSource(name);
            java.io.StringWriter text = new java.io.StringWriter();
            try (Reader reader = cfg.getTemplateLoader().getReader(found, "UTF-8")) {
                reader.transferTo(text);
            }
            source = text.toString();
        } catch (IOException | RuntimeException e) {
            return List.of(TemplateFailure.of(first, displayName));
        }
        SyntaxErrors.Parser parser = text -> {
            try {
                new Template(name, null, new StringReader(text), cfg);
            } catch (ParseException e) {
                throw e;
            } catch (IOException e) {
                throw new IllegalStateException(e); // a string reader does not fail
            }
        };
        return SyntaxErrors.all(source, first, parser, SyntaxErrors::tagSpan).stream()
                .map(e -> Finding.error(new SourcePosition(displayName, e.line(), e.column()), "TEMPLATE", "syntax: " + e.message()))
                .toList();
    }

    @Override
    public List<TemplateTree> trees() {
        return List.of(TemplateTree.inFile(template, displayName));
    }

    @Override
    public void render(Map<String, Object> model, OutputStream out) throws DocgenException {
        // HTML is checked for script URLs before a byte reaches the output, so it is rendered in memory
        // first, as the UTF-8 it is written in: no String of the page is made, nor a copy of it.
        boolean html = template.getOutputFormat() instanceof HTMLOutputFormat;
        Utf8Buffer buffer = html ? new Utf8Buffer(sizeHint) : null;
        Writer target = html ? buffer : new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Writer writer = new BoundedWriter(target, limits.maxOutputChars(), limits.maxMillis());
        RenderErrors errors = null;
        try (RenderWatchdog.Alarm alarm = RenderWatchdog.arm(limits.maxMillis())) {
            try {
                Environment env = template.createProcessingEnvironment(model, writer);
                errors = RenderErrors.attachTo(env);
                env.process();
                writer.flush();
                if (!errors.isEmpty()) {
                    throw failed(errors, null);
                }
            } catch (RuntimeException e) {
                if (alarm.fired()) {
                    throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "LIMIT",
                            "rendering took longer than the time limit of " + limits.maxMillis() + " ms"));
                }
                throw e;
            }
        } catch (TemplateException e) {
            throw errors == null ? TemplateFailure.exception(e, TemplateFailure.of(e, displayName)) : failed(errors, e);
        } catch (BoundedWriter.RenderLimitException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "LIMIT", e.getMessage()));
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", "cannot write: " + e.getMessage()));
        }
        if (html) {
            writeHtml(buffer, out);
        }
    }

    private DocgenException failed(RenderErrors errors, TemplateException last) {
        List<RenderErrors.Failure> failures = errors.failures(last);
        return TemplateFailure.exception(failures.stream().map(RenderErrors.Failure::exception).toList(),
                failures.stream().map(f -> TemplateFailure.of(f.exception(), displayName, f.hint())).toList());
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
