package io.github.docgen.pdf;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.github.docgen.text.Sha256;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** The font of each official family for one build: chosen and read once, shared by every PDF the workers render. */
final class FontSet {
    private final Map<OfficialFamily, FontFace> fonts;
    private final String fingerprint;

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
                supplier = new PDFontSupplier(face.load(document));
                loaded.put(face, supplier);
            }
            builder.useFont(supplier, family.cssName(), 400, FontStyle.NORMAL, true);
            builder.useFont(supplier, family.cssName(), 700, FontStyle.NORMAL, true);
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
