package io.github.docgen.pdf;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.github.docgen.text.Sha256;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** The font of each official family for one build: chosen, read and parsed once per worker, shared by every PDF the workers render. */
final class FontSet {
    private final Map<OfficialFamily, FontFace> fonts;
    private final String fingerprint;
    /** Parsed copies no PDF is using now: at most one per worker that made a PDF. */
    private final Queue<Map<FontFace, FontFace.Parsed>> idle = new ConcurrentLinkedQueue<>();

    FontSet(Map<OfficialFamily, FontFace> fonts) {
        this.fonts = Map.copyOf(fonts);
        this.fingerprint = java.util.Arrays.stream(OfficialFamily.values())
                .map(f -> f.cssName() + "=" + Sha256.hex(fonts.get(f).bytes())).collect(Collectors.joining(","));
    }

    boolean hasGlyph(int codePoint) {
        for (FontFace face : fonts.values()) {
            if (face.has(codePoint)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lends a parsed copy of every font for one PDF: parsing a font costs more than laying out a page,
     * and a parsed font may serve one PDF at a time only (its tables are read as it goes), so each
     * worker borrows a copy and gives it back when its PDF is saved.
     */
    Loan lend() throws IOException {
        Map<FontFace, FontFace.Parsed> parsed = idle.poll();
        if (parsed == null) {
            parsed = new LinkedHashMap<>();
            for (FontFace face : faces()) {
                parsed.put(face, face.parse());
            }
        }
        return new Loan(parsed);
    }

    /** The parsed fonts of one PDF, back to the set on close. */
    final class Loan implements AutoCloseable {
        private final Map<FontFace, FontFace.Parsed> parsed;

        private Loan(Map<FontFace, FontFace.Parsed> parsed) {
            this.parsed = parsed;
        }

        /**
         * Registers every family with the builder, loaded into {@code document}. Each is registered at
         * normal and bold weight, so that a bold element uses the family's one face rather than a
         * different font.
         */
        void register(PdfRendererBuilder builder, PDDocument document) throws IOException {
            Map<FontFace, PDFontSupplier> loaded = new LinkedHashMap<>();
            for (OfficialFamily family : OfficialFamily.values()) {
                FontFace face = fonts.get(family);
                PDFontSupplier supplier = loaded.get(face);
                if (supplier == null) {
                    supplier = new PDFontSupplier(parsed.get(face).load(document));
                    loaded.put(face, supplier);
                }
                builder.useFont(supplier, family.cssName(), 400, FontStyle.NORMAL, true);
                builder.useFont(supplier, family.cssName(), 700, FontStyle.NORMAL, true);
            }
        }

        @Override
        public void close() {
            idle.add(parsed);
        }
    }

    /** Which font each family uses, for messages. */
    String describe() {
        return java.util.Arrays.stream(OfficialFamily.values())
                .map(f -> f.cssName() + ": " + fonts.get(f).origin()).collect(Collectors.joining(", "));
    }

    /** Every distinct font file of the build (a file several families use counts once). */
    java.util.Collection<FontFace> faces() {
        return new java.util.LinkedHashSet<>(fonts.values());
    }

    /** What identifies the fonts, for the document id: the same font files give the same id on any machine. */
    String fingerprint() {
        return fingerprint;
    }
}
