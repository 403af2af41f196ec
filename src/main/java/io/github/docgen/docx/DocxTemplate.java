package io.github.docgen.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import freemarker.template.TemplateException;
import io.github.docgen.data.SourcePosition;
import io.github.docgen.engine.DocgenException;
import io.github.docgen.engine.Finding;
import io.github.docgen.render.BoundedWriter;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.render.RenderWatchdog;
import io.github.docgen.render.TemplateFailure;

/**
 * A compiled Word template. Rendering streams: the parts with FreeMarker in them are rendered,
 * the core properties are written from the model, and every other entry is copied as the bytes
 * read at compile time — no Word library runs per document.
 */
final class DocxTemplate implements CompiledTemplate {

    /** An entry of the output package: fixed bytes, a rendered part, or the core properties. */
    sealed interface Entry permits Fixed, Rendered, Core, Custom {
        String name();
    }

    record Fixed(String name, byte[] bytes) implements Entry {
    }

    record Rendered(String name, TemplatePart part) implements Entry {
    }

    record Core(String name, CoreProperties properties) implements Entry {
    }

    record Custom(String name, CustomProperties properties) implements Entry {
    }

    /** FreeMarker names a line of the generated part source, which means nothing in Word; the paragraph is named instead. */
    private static final java.util.regex.Pattern GENERATED_LOCATION = java.util.regex.Pattern.compile(
            "\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+\\]");

    private final String displayName;
    private final List<Entry> entries;
    private final RenderLimits limits;

    DocxTemplate(String displayName, List<Entry> entries, RenderLimits limits) {
        this.displayName = displayName;
        this.entries = List.copyOf(entries);
        this.limits = limits;
    }

    @Override
    public void render(Map<String, Object> model, OutputStream out) throws DocgenException {
        List<PackageEntry> rendered = new ArrayList<>(entries.size());
        try (RenderWatchdog.Alarm alarm = RenderWatchdog.arm(limits.maxMillis())) {
            try {
                renderEntries(model, rendered);
            } catch (RuntimeException e) {
                if (alarm.fired()) { // a loop that writes nothing is stopped by the interruption, not by the writer
                    throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "LIMIT",
                            "rendering took longer than the time limit of " + limits.maxMillis() + " ms"));
                }
                throw e;
            }
        }
        try {
            DeterministicZipWriter.write(rendered, buildTime(model), out);
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", "cannot write: " + e.getMessage()));
        }
    }

    private void renderEntries(Map<String, Object> model, List<PackageEntry> rendered) throws DocgenException {
        long budget = limits.maxOutputChars(); // the output cap holds for the whole document, not for each part
        for (Entry entry : entries) {
            byte[] bytes;
            if (entry instanceof Rendered r) {
                String xml = renderPart(r.part(), model, budget);
                budget -= xml.length();
                bytes = xml.getBytes(StandardCharsets.UTF_8);
            } else if (entry instanceof Core c) {
                bytes = c.properties().render(model);
            } else if (entry instanceof Custom c) {
                bytes = c.properties().render(model);
            } else {
                bytes = ((Fixed) entry).bytes();
            }
            rendered.add(new PackageEntry(entry.name(), bytes));
        }
    }

    private String renderPart(TemplatePart part, Map<String, Object> model, long budget) throws DocgenException {
        StringWriter xml = new StringWriter(64 * 1024);
        try {
            BoundedWriter bounded = new BoundedWriter(xml, budget, limits.maxMillis());
            part.template().process(model, bounded);
            bounded.flush();
        } catch (TemplateException e) {
            Finding plain = TemplateFailure.of(e, displayName);
            PartTemplateSource.TagAt tag = part.tagAt(e.getLineNumber(), e.getColumnNumber());
            String where = tag == null ? part.name() : part.name() + " " + tag.where();
            String in = tag == null ? "" : " (in " + tag.source() + ")";
            String message = GENERATED_LOCATION.matcher(plain.message()).replaceAll("");
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", where + ": " + message + in));
        } catch (BoundedWriter.RenderLimitException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "LIMIT", part.name() + ": " + e.getMessage()));
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", part.name() + ": " + e.getMessage()));
        }
        return xml.toString();
    }

    private static Instant buildTime(Map<String, Object> model) {
        if (model.get("doc") instanceof Map<?, ?> doc && doc.get("buildTime") instanceof String time) {
            try {
                return Instant.parse(time);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
