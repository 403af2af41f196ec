package io.github.docgen.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import freemarker.core.Environment;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.render.BoundedWriter;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.render.RenderWatchdog;
import io.github.docgen.render.TemplateFailure;
import io.github.docgen.zip.DeflatedEntry;
import io.github.docgen.zip.DeflatedPartWriter;
import io.github.docgen.zip.DeflaterPool;
import io.github.docgen.zip.StaticSegments;
import io.github.docgen.zip.ZipPackageWriter;

/**
 * A compiled Word template. Rendering streams: the parts with FreeMarker in them are rendered,
 * the core properties are written from the model, and every other entry is copied as the bytes
 * read at compile time — no Word library runs per document.
 *
 * <p>Nothing of the template is deflated per document: the fixed entries are deflated once here,
 * and a rendered part is its static stretches, deflated once (see {@link StaticSegments}), with
 * the document's values between them as stored blocks. Deflating a 250 KB part whole costs about
 * 0.8 ms; this costs a few hundredths of that, for a somewhat larger file.
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

    /** Level of the entries deflated once at compile time (the properties made per document take the fastest). */
    private static final int LEVEL = 9;

    private final String displayName;
    private final List<Entry> entries;
    private final RenderLimits limits;
    /** Deflaters reused by renders: for long values, and for the properties parts. */
    private final DeflaterPool textDeflaters = DeflatedPartWriter.newTextDeflaters();
    private final DeflaterPool propertyDeflaters = new DeflaterPool(Deflater.BEST_SPEED, Deflater.DEFAULT_STRATEGY,
            Runtime.getRuntime().availableProcessors() * 2);
    /** The document's core properties: written as an entry, and shown by content controls bound to them. */
    private final CoreProperties core;
    /** Where the ids a document hands out start ({@link DocumentNumbering}). */
    private final DocumentNumbering.FirstIds firstIds;
    /** The indexes of the entries in the order they are rendered: the main document first, whose repeated notes the notes parts copy. */
    private final int[] renderOrder;
    /** The fixed entries, deflated; null at the index of an entry made per document. */
    private final DeflatedEntry[] deflated;

    DocxTemplate(String displayName, List<Entry> entries, DocumentNumbering.FirstIds firstIds, RenderLimits limits) {
        this.displayName = displayName;
        this.entries = List.copyOf(entries);
        this.limits = limits;
        this.firstIds = firstIds;
        this.core = this.entries.stream().filter(e -> e instanceof Core).map(e -> ((Core) e).properties()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a Word template without its core properties entry"));
        this.renderOrder = java.util.stream.IntStream.range(0, this.entries.size()).boxed()
                .sorted(java.util.Comparator.comparing(i -> !this.entries.get(i).name().equals(DocxTemplateCompiler.MAIN_DOCUMENT)))
                .mapToInt(Integer::intValue).toArray();
        this.deflated = new DeflatedEntry[this.entries.size()];
        for (int i = 0; i < deflated.length; i++) {
            if (this.entries.get(i) instanceof Fixed f) {
                deflated[i] = DeflatedEntry.of(f.name(), f.bytes(), LEVEL);
            }
        }
    }

    @Override
    public void render(Map<String, Object> model, OutputStream out) throws DocgenException {
        List<DeflatedEntry> rendered = new ArrayList<>(entries.size());
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
            ZipPackageWriter.write(rendered, entryTime(model), out);
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", "cannot write: " + e.getMessage()));
        }
    }

    private void renderEntries(Map<String, Object> model, List<DeflatedEntry> rendered) throws DocgenException {
        long budget = limits.maxOutputChars(); // the output cap holds for the whole document, not for each part
        DeflatedEntry[] out = new DeflatedEntry[deflated.length];
        DocumentNumbering numbering = new DocumentNumbering(firstIds);
        Map<String, String> coreSet = core.fromModel(model);
        TemplateHashModel changed = core.changed(coreSet);
        Deflater properties = propertyDeflaters.take(); // one for the document's small properties parts
        try {
            for (int i : renderOrder) {
                Entry entry = entries.get(i);
                if (entry instanceof Rendered r) {
                    try (DeflatedPartWriter writer = new DeflatedPartWriter(r.part().segments().segments(), budget, limits.maxMillis(),
                            textDeflaters)) {
                        out[i] = renderPart(r.part(), model, numbering, changed, writer, budget);
                        budget -= writer.chars();
                    }
                } else if (entry instanceof Core c) {
                    out[i] = DeflatedEntry.of(c.name(), c.properties().render(coreSet), properties);
                } else if (entry instanceof Custom c) {
                    out[i] = DeflatedEntry.of(c.name(), c.properties().render(model), properties);
                } else {
                    out[i] = deflated[i];
                }
            }
        } finally {
            propertyDeflaters.give(properties);
        }
        rendered.addAll(List.of(out));
    }

    private DeflatedEntry renderPart(TemplatePart part, Map<String, Object> model, DocumentNumbering numbering,
            TemplateHashModel changedProperties, DeflatedPartWriter writer, long budget) throws DocgenException {
        try {
            Environment env = part.segmented().createProcessingEnvironment(model, writer);
            env.setGlobalVariable(SegmentDirective.NAME, part.segments());
            env.setGlobalVariable(BoundControls.CHANGED, changedProperties);
            numbering.setOn(env);
            env.process();
        } catch (TemplateException e) {
            // The segmented source has other lines and columns: the plain template names the paragraph.
            renderPlain(part, model, budget);
            throw failure(part, e);
        } catch (DeflatedPartWriter.LimitException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "LIMIT", part.name() + ": " + e.getMessage()));
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", part.name() + ": " + e.getMessage()));
        }
        return writer.finish(part.name());
    }

    /** The part's XML from its plain template: what the deflated part must inflate to; on failure, the located error. */
    String renderPlain(TemplatePart part, Map<String, Object> model, long budget) throws DocgenException {
        StringWriter xml = new StringWriter(64 * 1024);
        try {
            BoundedWriter bounded = new BoundedWriter(xml, budget, limits.maxMillis());
            Environment env = part.template().createProcessingEnvironment(model, bounded);
            new DocumentNumbering(firstIds).setOn(env); // alone, the part's own ids; the main document renders first in a document
            env.setGlobalVariable(BoundControls.CHANGED, core.changed(core.fromModel(model)));
            env.process();
            bounded.flush();
        } catch (TemplateException e) {
            throw failure(part, e);
        } catch (BoundedWriter.RenderLimitException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "LIMIT", part.name() + ": " + e.getMessage()));
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", part.name() + ": " + e.getMessage()));
        }
        return xml.toString();
    }

    private DocgenException failure(TemplatePart part, TemplateException e) {
        Finding plain = TemplateFailure.of(e, displayName);
        PartTemplateSource.TagAt tag = part.tagAt(e.getLineNumber(), e.getColumnNumber());
        String where = tag == null ? part.name() : part.name() + " " + tag.where();
        String in = tag == null ? "" : " (in " + tag.source() + ")";
        String message = GENERATED_LOCATION.matcher(plain.message()).replaceAll("");
        return TemplateFailure.exception(e, Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", where + ": " + message + in));
    }

    /** For tests: each rendered part's name with its plain template. */
    List<TemplatePart> renderedParts() {
        return entries.stream().filter(e -> e instanceof Rendered).map(e -> ((Rendered) e).part()).toList();
    }

    /** A build time as written in the model, and the time stamp of the zip entries it makes. */
    private record Stamp(String time, LocalDateTime entryTime) {
    }

    /** The last build time seen: every document of a build has the same one, parsed once here. */
    private volatile Stamp lastStamp;

    private LocalDateTime entryTime(Map<String, Object> model) {
        String time = model.get("doc") instanceof Map<?, ?> doc && doc.get("buildTime") instanceof String t ? t : null;
        Stamp last = lastStamp;
        if (last != null && last.time() != null && last.time().equals(time)) {
            return last.entryTime();
        }
        LocalDateTime entryTime = DeterministicZipWriter.entryTime(buildTime(model));
        lastStamp = new Stamp(time, entryTime);
        return entryTime;
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
