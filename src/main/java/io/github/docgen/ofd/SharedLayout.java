package io.github.docgen.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import freemarker.template.Configuration;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.FormatCompiler;

/**
 * Lays a print template out once for its PDF and its OFD. A worker renders a document's outputs one
 * after the other, the PDF before the OFD ({@link KindTemplate#allOf}); the PDF compiler given out
 * here remembers, per worker thread, the last PDF it made, and the OFD of the same template and
 * the same model (the output format aside) takes it instead of laying the document out again. A
 * build that makes only the OFD, or whose PDF was up to date, lays it out for the OFD.
 */
final class SharedLayout {
    private final FormatCompiler pdf;
    private final ThreadLocal<Remembered> last = new ThreadLocal<>();

    SharedLayout(FormatCompiler pdf) {
        this.pdf = pdf;
    }

    /** A PDF laid out from one template and model. */
    private record Remembered(String template, Map<String, Object> model, byte[] pdf) {
    }

    /** The PDF compiler, remembering on each worker thread the PDF it wrote last. */
    FormatCompiler rememberingPdf() {
        return (kind, template, freemarker) -> {
            CompiledTemplate compiled = pdf.compile(kind, template, freemarker);
            String name = kind.displayName(template.fileName());
            return (model, out) -> {
                byte[] bytes = layOut(compiled, model, name);
                last.set(new Remembered(name, withoutFormat(model), bytes));
                try {
                    out.write(bytes);
                } catch (IOException e) {
                    throw new DocgenException(Finding.error(SourcePosition.ofFile(name), "PDF", "cannot write the PDF: " + e));
                }
            };
        };
    }

    /** The template compiled for the OFD's own use, should no PDF have been laid out just before. */
    CompiledTemplate compile(ReportKind kind, KindTemplate template, Configuration freemarker) throws DocgenException {
        return pdf.compile(kind, template, freemarker);
    }

    /** The PDF of {@code model}: the one this thread laid out last if it is of the same template and model, else laid out now. */
    byte[] pdfFor(CompiledTemplate compiled, Map<String, Object> model, String template) throws DocgenException {
        Remembered remembered = last.get();
        last.remove(); // used once: a worker keeps no PDF longer than it needs
        if (remembered != null && remembered.template().equals(template) && remembered.model().equals(withoutFormat(model))) {
            return remembered.pdf();
        }
        return layOut(compiled, model, template);
    }

    private static byte[] layOut(CompiledTemplate compiled, Map<String, Object> model, String template) throws DocgenException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        compiled.render(model, bytes);
        return bytes.toByteArray();
    }

    /** The model with {@code doc.format} left out: the one thing that differs between a document's PDF and OFD. */
    private static Map<String, Object> withoutFormat(Map<String, Object> model) {
        Map<String, Object> key = new HashMap<>(model);
        if (model.get("doc") instanceof Map<?, ?> doc) {
            Map<Object, Object> docWithoutFormat = new HashMap<>(doc);
            docWithoutFormat.remove("format");
            key.put("doc", docWithoutFormat);
        }
        return key;
    }
}
