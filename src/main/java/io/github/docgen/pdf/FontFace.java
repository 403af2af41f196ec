package io.github.docgen.pdf;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One TrueType font a build uses: its bytes, read once and shared by every worker, and which
 * characters it has. Each PDF parses its own copy of the tables from the shared bytes (a parsed
 * font is not safe to share between threads) and embeds the subset it uses.
 *
 * @param origin     the file, or the shipped font, as messages name it
 * @param bytes      the font file (never changed)
 * @param nameInTtc  the PostScript name of the font inside a collection ({@code .ttc}), else null
 * @param coverage   the code points the font has a glyph for
 */
record FontFace(String origin, byte[] bytes, String nameInTtc, BitSet coverage) {
    /** Code points up to the end of the Supplementary Ideographic Plane: all CJK a document may hold. */
    private static final int LAST_CODE_POINT = 0x2FFFF;
    private static final int OTTO = 0x4F54544F;
    private static final int TTCF = 0x74746366;

    /**
     * Reads a font file; for a collection, the font whose family is one of {@code wanted} (or the first).
     *
     * @throws FontRefusedException when the font has CFF outlines or forbids embedding
     */
    static FontFace read(String origin, byte[] bytes, List<String> wanted) throws IOException, FontRefusedException {
        if (bytes.length < 12) {
            throw new FontRefusedException(origin + ": not a font file");
        }
        boolean collection = tag(bytes, 0) == TTCF;
        int sfnt = collection ? tag(bytes, tag(bytes, 12)) : tag(bytes, 0);
        if (sfnt == OTTO) {
            throw new FontRefusedException(origin + ": the font has CFF (PostScript) outlines, which PDF embedding here does not "
                    + "support; use a TrueType (glyf) version of it");
        }
        TrueTypeFont font;
        TrueTypeCollection ttc = null;
        if (collection) {
            ttc = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            font = pick(ttc, wanted);
        } else {
            font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        }
        try {
            if (font.getTableMap().containsKey("CFF ") || font.getGlyph() == null) {
                throw new FontRefusedException(origin + ": the font has CFF (PostScript) outlines, which PDF embedding here does not "
                        + "support; use a TrueType (glyf) version of it");
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            if (os2 != null && (os2.getFsType() & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED) {
                throw new FontRefusedException(origin + ": the font's licence forbids embedding it in documents (fsType restricted)");
            }
            return new FontFace(origin, bytes, collection ? font.getName() : null, coverage(font));
        } finally {
            (ttc != null ? ttc : font).close();
        }
    }

    /** The family names in the font's name table (family, full name, typographic family), all languages. */
    static List<String> familyNames(TrueTypeFont font) throws IOException {
        if (font.getNaming() == null) {
            return List.of();
        }
        return font.getNaming().getNameRecords().stream()
                .filter(r -> r.getNameId() == NameRecord.NAME_FONT_FAMILY_NAME || r.getNameId() == NameRecord.NAME_FULL_FONT_NAME
                        || r.getNameId() == 16)
                .map(NameRecord::getString).filter(s -> s != null && !s.isBlank()).distinct().toList();
    }

    boolean has(int codePoint) {
        return coverage.get(codePoint);
    }

    /**
     * This font parsed from the shared bytes, for one PDF at a time: PDFBox reads its tables while it
     * lays out and embeds the subset a PDF uses. The caller closes it.
     */
    Parsed parse() throws IOException {
        if (nameInTtc != null) {
            // The collection stays open with the font: PDFBox reads the glyphs when it saves.
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            return new Parsed(collection.getFontByName(nameInTtc), collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        return new Parsed(font, font);
    }

    /** A parsed font and what to close to release it (the font, or the collection it is in). */
    record Parsed(TrueTypeFont font, java.io.Closeable owner) {
        /** The font for {@code document}, embedded as the subset of the glyphs the document uses. */
        PDFont load(PDDocument document) throws IOException {
            return PDType0Font.load(document, font, true);
        }
    }

    private static TrueTypeFont pick(TrueTypeCollection ttc, List<String> wanted) throws IOException {
        TrueTypeFont[] chosen = new TrueTypeFont[2];
        ttc.processAllFonts(font -> {
            if (chosen[1] == null && familyNames(font).stream().anyMatch(n -> contains(wanted, n))) {
                chosen[1] = font;
            }
            if (chosen[0] == null) {
                chosen[0] = font;
            }
        });
        return chosen[1] != null ? chosen[1] : chosen[0];
    }

    static boolean contains(List<String> names, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lower));
    }

    private static BitSet coverage(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        BitSet covered = new BitSet(LAST_CODE_POINT + 1);
        if (cmap != null) {
            for (int c = 0; c <= LAST_CODE_POINT; c++) {
                if (cmap.getGlyphId(c) != 0) {
                    covered.set(c);
                }
            }
        }
        return covered;
    }

    private static int tag(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    /** A font file that cannot be used for a PDF, with the reason and the file. */
    static final class FontRefusedException extends Exception {
        FontRefusedException(String message) {
            super(message);
        }
    }
}
