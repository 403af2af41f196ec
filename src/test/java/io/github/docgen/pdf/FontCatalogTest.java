package io.github.docgen.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a build finds the five official fonts: in the configured folders (by file name, as Windows
 * installs them), else the shipped open fonts with one warning per family; refused fonts and, under
 * requireFonts, missing ones are errors naming the file or the family.
 */
class FontCatalogTest {
    @TempDir
    Path fonts;

    @Test
    void anOfficialFontInAConfiguredFolderIsUsedAndTheOthersFallBackWithOneWarningEach() throws Exception {
        Files.write(fonts.resolve("simhei.ttf"), shipped("NotoSansSC-Medium.ttf"));
        FontCatalog.ChosenFonts chosen = FontCatalog.choose(new PdfSettings(List.of(fonts), false, false));
        assertEquals(fonts.resolve("simhei.ttf").toString(), chosen.fonts().get(OfficialFamily.HEITI).origin());
        assertEquals(4, chosen.warnings().size(), chosen.warnings().toString());
        assertTrue(chosen.warnings().stream().noneMatch(w -> w.startsWith("no font for 黑体")));
        assertTrue(chosen.warnings().stream().anyMatch(w -> w.startsWith("no font for 楷体 (") && w.endsWith("shipped LXGW WenKai instead")));
        assertEquals("the shipped NotoSerifSC-Regular.ttf", chosen.fonts().get(OfficialFamily.FANGSONG).origin());
    }

    @Test
    void theShippedFontsCoverGb2312AndTheLingZero() throws Exception {
        FontCatalog.ChosenFonts chosen = FontCatalog.choose(new PdfSettings(List.of(), false, false));
        for (OfficialFamily family : OfficialFamily.values()) {
            FontFace face = chosen.fonts().get(family);
            assertTrue(face.has('〇') && face.has('政') && face.has('，') && face.has('—') && face.has('A'), family + " " + face.origin());
            assertTrue(!face.has(0x20000), "subset to GB 2312: no CJK Extension B");
        }
    }

    @Test
    void aFontWithCffOutlinesIsRefusedNamingTheFile() throws Exception {
        byte[] cff = new byte[64];
        System.arraycopy("OTTO".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, cff, 0, 4);
        Files.write(fonts.resolve("simkai.ttf"), cff);
        FontCatalog.FontProblemsException e = assertThrows(FontCatalog.FontProblemsException.class,
                () -> FontCatalog.choose(new PdfSettings(List.of(fonts), false, false)));
        assertEquals(List.of(fonts.resolve("simkai.ttf") + ": the font has CFF (PostScript) outlines, which PDF embedding here does "
                + "not support; use a TrueType (glyf) version of it"), e.problems());
    }

    @Test
    void requireFontsMakesEveryMissingFamilyAnError() {
        FontCatalog.FontProblemsException e = assertThrows(FontCatalog.FontProblemsException.class,
                () -> FontCatalog.choose(new PdfSettings(List.of(fonts), true, false)));
        assertEquals(5, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("no font for 仿宋 (仿宋_GB2312, 仿宋, FangSong_GB2312, FangSong, SimFang) in the font directories ["
                + fonts + "]"), e.problems().get(0));
        assertTrue(e.problems().get(0).endsWith("and docgen.requireFonts is set"));
    }

    @Test
    void aConfiguredFolderThatDoesNotExistIsAnError() {
        Path missing = fonts.resolve("nope");
        FontCatalog.FontProblemsException e = assertThrows(FontCatalog.FontProblemsException.class,
                () -> FontCatalog.choose(new PdfSettings(List.of(missing), false, false)));
        assertEquals(List.of(missing + ": the configured font directory does not exist"), e.problems());
    }

    private static byte[] shipped(String name) throws Exception {
        try (InputStream in = FontCatalogTest.class.getResourceAsStream("/io/github/docgen/pdf/fonts/" + name)) {
            return in.readAllBytes();
        }
    }
}
