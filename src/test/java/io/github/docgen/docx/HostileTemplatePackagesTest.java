package io.github.docgen.docx;

import static io.github.docgen.docx.DocxFixture.p;
import static io.github.docgen.docx.DocxFixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.github.docgen.diagnostic.DocgenException;

/**
 * Broken and malicious .docx templates (hostile-inputs Z1-Z7): each is refused when the template
 * is compiled, with one clear line naming the template and the entry, in bounded time.
 */
@Timeout(60)
class HostileTemplatePackagesTest {
    private static final String DOCUMENT = "<?xml version=\"1.0\"?><w:document " + DocxFixture.NS + "><w:body>"
            + p(r("${x}")) + "</w:body></w:document>";
    private static final String TYPES = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    private static final String RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>";

    private static String error(byte[] docx) {
        DocgenException e = assertThrows(DocgenException.class, () -> WordTemplates.compile(docx));
        assertEquals(1, e.findings().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("templates/memo/report.docx: TEMPLATE "), e.getMessage());
        return e.getMessage().substring("templates/memo/report.docx: TEMPLATE ".length());
    }

    private static RawZip minimal() {
        return new RawZip().add("[Content_Types].xml", TYPES).add("_rels/.rels", RELS);
    }

    @Test
    void externalEntityInAPartIsRefusedAndNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document " + DocxFixture.NS + "><w:body>" + p(r("&x;")) + "</w:body></w:document>";
        String message = error(minimal().add("word/document.xml", xxe).bytes());

        assertEquals("word/document.xml line 1, column 32: a DOCTYPE is not allowed in a Word part (it could read files or"
                + " expand entities)", message.replaceAll("column \\d+", "column 32"));
        assertFalse(message.contains("root:"));
    }

    @Test
    void internalEntityExpansionInAnyPartIsRefused() {
        String lol = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><s>&b;</s>";
        String message = error(minimal().add("word/document.xml", DOCUMENT).add("word/styles.xml", lol).bytes());

        assertTrue(message.startsWith("word/styles.xml line 1, column "), message);
        assertTrue(message.endsWith("a DOCTYPE is not allowed in a Word part (it could read files or expand entities)"), message);
    }

    @Test
    void twoEntriesWithOneName() {
        assertEquals("zip entry \"word/document.xml\" appears twice; a Word package has each part once",
                error(minimal().add("word/document.xml", DOCUMENT).add("word/document.xml", DOCUMENT).bytes()));
    }

    @Test
    void unsafeEntryNames() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("../../evil.xml", "has a '..' segment in its name");
        expected.put("/abs.xml", "has an absolute name");
        expected.put("C:\\x.xml", "has a backslash in its name");
        expected.put("C:x.xml", "names a drive");
        expected.put("word\\..\\..\\x.xml", "has a backslash in its name");
        expected.put("", "has an empty name");
        expected.put("word/a\0.xml", "has a NUL character in its name");
        expected.forEach((name, reason) -> assertEquals("zip entry \"" + name.replace("\0", "\\0") + "\" " + reason,
                error(minimal().add(name, "<x/>").add("word/document.xml", DOCUMENT).bytes()), name));
    }

    @Test
    void anEntryThatInflatesAThousandTimes() throws Exception {
        byte[] bomb = deflated(Map.of("[Content_Types].xml", TYPES.getBytes(StandardCharsets.UTF_8), "word/media/image1.bin",
                new byte[20 * 1024 * 1024]));

        String message = error(bomb);

        assertTrue(message.startsWith("zip entry \"word/media/image1.bin\" inflates "), message);
        assertTrue(message.endsWith(" times its compressed size (limit 100): a zip bomb?"), message);
    }

    @Test
    void aPackageLargerThan64MiBInflated() throws Exception {
        byte[] noise = new byte[9 * 1024 * 1024];
        new java.util.Random(1).nextBytes(noise);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            parts.put("word/media/image" + i + ".bin", noise);
        }
        assertEquals("zip entry \"word/media/image8.bin\" takes the package over 64 MiB inflated: a zip bomb?", error(deflated(parts)));
    }

    @Test
    void moreThanAThousandEntries() {
        RawZip zip = minimal().add("word/document.xml", DOCUMENT);
        for (int i = 0; i < 1000; i++) {
            zip.add("word/media/p" + i + ".xml", "<p/>");
        }
        assertEquals("has more than 1000 zip entries (at \"word/media/p997.xml\")", error(zip.bytes()));
    }

    @Test
    void aDeclaredSizeThatLies() {
        String message = error(minimal().addLying("word/document.xml", DOCUMENT, 40).bytes());

        assertTrue(message.startsWith("is a damaged or encrypted zip archive (at zip entry \"word/document.xml\"): "), message);
    }

    @Test
    void truncatedNotAZipEncryptedOrAnOldDoc() {
        byte[] good = DocxFixture.body(p(r("${x}"))).zip();
        assertEquals("is a truncated zip archive (no central directory)", error(Arrays.copyOf(good, good.length / 2)));
        assertEquals("is not a .docx file: it is not a zip archive", error("just text".getBytes(StandardCharsets.UTF_8)));
        assertEquals("is not a .docx (Office Open XML) file but an OLE compound file: a Word 97-2003 .doc or a"
                + " password-protected document; save it from Word as an unprotected .docx",
                error(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}));
        assertEquals("zip entry \"word/document.xml\" is encrypted; save the template without a password",
                error(minimal().addFlagged("word/document.xml", DOCUMENT, RawZip.ENCRYPTED).bytes()));
    }

    @Test
    void aMissingMainDocumentAndCyclicStyles() {
        assertEquals("is not a Word document: the package has no word/document.xml", error(minimal().add("word/styles.xml", "<x/>").bytes()));
        String styles = "<w:styles " + DocxFixture.NS + ">"
                + "<w:style w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
                + "<w:style w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style></w:styles>";
        String message = error(DocxFixture.body(p(r("x"))).part("word/styles.xml", styles).zip());
        assertTrue(message.equals("word/styles.xml: the styles are based on each other in a circle: A \u2192 B \u2192 A")
                || message.equals("word/styles.xml: the styles are based on each other in a circle: B \u2192 A \u2192 B"), message);
    }

    private static byte[] deflated(Map<String, byte[]> parts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
