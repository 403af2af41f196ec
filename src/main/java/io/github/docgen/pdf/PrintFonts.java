package io.github.docgen.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.render.FormatCompiler;

/**
 * The TrueType files behind the fonts of a build's PDFs, by PostScript name, for formats written
 * from a PDF's layout (OFD): PDFBox embeds subsets without a {@code cmap}, so such a format subsets
 * the original file itself. Safe to share between threads: each {@link #open} parses anew.
 */
public final class PrintFonts {
    private final Map<String, FontFace> byName;

    private PrintFonts(Map<String, FontFace> byName) {
        this.byName = Map.copyOf(byName);
    }

    /**
     * The fonts {@code compiler} (the build's PDF compiler) lays out with, read on the first call as
     * for a PDF; a font problem fails with findings at {@code displayName}.
     */
    public static PrintFonts of(FormatCompiler compiler, String displayName) throws DocgenException {
        if (!(compiler instanceof PdfFormatCompiler pdf)) {
            throw new IllegalArgumentException("not the PDF compiler: " + compiler);
        }
        Map<String, FontFace> byName = new HashMap<>();
        for (FontFace face : pdf.fonts(displayName).faces()) {
            try (TrueTypeFont font = parse(face)) {
                byName.putIfAbsent(normalised(font.getName()), face);
            } catch (IOException e) {
                throw new IllegalStateException(face.origin() + " was read before and cannot be read now", e);
            }
        }
        return new PrintFonts(byName);
    }

    /**
     * The font a PDF names {@code baseFont} (with or without its subset tag {@code ABCDEF+}), parsed
     * anew for the caller, who closes it; null when the build has no such font.
     */
    public TrueTypeFont open(String baseFont) throws IOException {
        FontFace face = byName.get(normalised(baseFont));
        return face == null ? null : parse(face);
    }

    /** Where the font file came from, as messages name it; null when the build has no such font. */
    public String origin(String baseFont) {
        FontFace face = byName.get(normalised(baseFont));
        return face == null ? null : face.origin();
    }

    private static TrueTypeFont parse(FontFace face) throws IOException {
        if (face.nameInTtc() != null) {
            return new TrueTypeCollection(new ByteArrayInputStream(face.bytes())).getFontByName(face.nameInTtc());
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
    }

    /** A subset tag dropped, and only letters, digits and '-' kept (PDFBox writes the name without spaces). */
    static String normalised(String name) {
        String base = name.length() > 7 && name.charAt(6) == '+' ? name.substring(7) : name;
        return base.replaceAll("[^A-Za-z0-9-]", "");
    }
}
