package io.github.docgen.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.FormatCompiler;

/** A document's OFD takes the layout of its PDF, made just before on the same thread; any other model is laid out anew. */
class SharedLayoutTest {
    private final AtomicInteger layouts = new AtomicInteger();
    /** A stand-in for openhtmltopdf that counts its layouts and writes the model's values. */
    private final FormatCompiler counting = (kind, template, freemarker) -> (model, out) -> {
        layouts.incrementAndGet();
        try {
            out.write(String.valueOf(model.get("value")).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    };
    private final ReportKind kind = new ReportKind("report", "templates/report", Map.of());
    private final KindTemplate template = KindTemplate.of("report.pdf.ftlh").orElseThrow();

    private static Map<String, Object> model(String format, String value) {
        return Map.of("value", value, "doc", Map.of("source", "a.yaml", "format", format));
    }

    @Test
    void theOfdOfADocumentTakesThePdfLaidOutJustBefore() throws Exception {
        SharedLayout layout = new SharedLayout(counting);
        CompiledTemplate pdf = layout.rememberingPdf().compile(kind, template, null);
        CompiledTemplate forOfd = layout.compile(kind, template, null);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        pdf.render(model("pdf", "one"), written);
        assertEquals(1, layouts.get());

        assertArrayEquals(written.toByteArray(), layout.pdfFor(forOfd, model("ofd", "one"), "templates/report/report.pdf.ftlh"));
        assertEquals(1, layouts.get(), "laid out once for both");

        layout.pdfFor(forOfd, model("ofd", "one"), "templates/report/report.pdf.ftlh");
        assertEquals(2, layouts.get(), "a PDF is taken once");
    }

    @Test
    void anotherModelOrTemplateIsLaidOutAnew() throws Exception {
        SharedLayout layout = new SharedLayout(counting);
        CompiledTemplate pdf = layout.rememberingPdf().compile(kind, template, null);
        CompiledTemplate forOfd = layout.compile(kind, template, null);
        pdf.render(model("pdf", "one"), new ByteArrayOutputStream());
        assertArrayEquals("two".getBytes(StandardCharsets.UTF_8), layout.pdfFor(forOfd, model("ofd", "two"), "templates/report/report.pdf.ftlh"));
        assertEquals(2, layouts.get());

        pdf.render(model("pdf", "one"), new ByteArrayOutputStream());
        layout.pdfFor(forOfd, model("ofd", "one"), "templates/report/other.pdf.ftlh");
        assertEquals(4, layouts.get());
    }
}
