package io.github.docgen.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part assembled from precompressed stretches and stored values inflates to exactly the text
 * written, in any order the stretches come (as loops and conditionals make them), with values of
 * any length, and the zip around it reads back with every CRC right.
 */
class DeflatedPartWriterTest {
    private static final List<String> CELL_XML = List.of(
            "<?xml version=\"1.0\"?><w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>",
            "</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w=\"2035\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>",
            "</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t xml:space=\"preserve\">",
            "",
            "</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>");

    @Test
    void straightTemplateInflatesToWhatWasWritten() throws IOException {
        StaticSegments segments = new StaticSegments(CELL_XML, 9);
        DeflatedPartWriter w = new DeflatedPartWriter(segments, Long.MAX_VALUE, 60_000);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < CELL_XML.size(); i++) {
            w.segment(i);
            expected.append(CELL_XML.get(i));
            String value = i == 2 ? "" : "1808595 &amp; 玉潭镇";
            w.write(value);
            expected.append(value);
        }
        assertInflatesTo(expected.toString(), w.finish("word/document.xml"));
    }

    @Test
    void anyOrderOfStretchesAndAnyValueLengthInflatesExactly() throws IOException {
        StaticSegments segments = new StaticSegments(CELL_XML, 6);
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            DeflatedPartWriter w = new DeflatedPartWriter(segments, Long.MAX_VALUE, 60_000);
            StringBuilder expected = new StringBuilder();
            int steps = random.nextInt(30);
            for (int s = 0; s < steps; s++) {
                if (random.nextBoolean()) {
                    int n = random.nextInt(CELL_XML.size());
                    w.segment(n);
                    expected.append(CELL_XML.get(n));
                } else {
                    String value = "数".repeat(random.nextInt(3)) + "x".repeat(random.nextInt(200));
                    w.write(value);
                    expected.append(value);
                }
            }
            assertInflatesTo(expected.toString(), w.finish("p"));
        }
    }

    /**
     * Values are encoded as they are written: whatever the writes (strings, arrays, single chars,
     * a pair split between two of them, lone halves, long values), the part is the UTF-8 of all
     * that was written, as String.getBytes makes it (a lone half is a '?').
     */
    @Test
    void valuesAreTheUtf8OfTheirTextWhateverTheWrites() throws IOException {
        StaticSegments segments = new StaticSegments(CELL_XML, 6);
        Random random = new Random(11);
        String[] pieces = {"x", "数", "\uD83D", "\uDE00", "\uD83D\uDE00", "&amp;", "长".repeat(400), "v".repeat(700), "é"};
        for (int round = 0; round < 300; round++) {
            DeflatedPartWriter w = new DeflatedPartWriter(segments, Long.MAX_VALUE, 60_000);
            StringBuilder expected = new StringBuilder();
            for (int s = random.nextInt(25); s > 0; s--) {
                if (random.nextInt(3) == 0) {
                    int n = random.nextInt(CELL_XML.size());
                    w.segment(n);
                    expected.append(CELL_XML.get(n));
                    continue;
                }
                String value = pieces[random.nextInt(pieces.length)];
                switch (random.nextInt(3)) {
                    case 0 -> w.write(value);
                    case 1 -> w.write(("[" + value + "]").toCharArray(), 1, value.length());
                    default -> value.chars().forEach(c -> {
                        try {
                            w.write(c);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
                expected.append(value);
            }
            DeflatedEntry entry = w.finish("p");
            byte[] want = expected.toString().getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(want, inflate(entry.deflated(), want.length));
            CRC32 crc = new CRC32();
            crc.update(want);
            assertEquals((int) crc.getValue(), entry.crc());
            assertEquals(want.length, entry.size());
        }
    }

    private static byte[] inflate(byte[] deflated, int expectedLength) {
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated);
        byte[] got = new byte[expectedLength + 16];
        int n = 0;
        try {
            while (!inflater.finished() && n < got.length) {
                int k = inflater.inflate(got, n, got.length - n);
                n += k;
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
            }
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inflater.end();
        }
        return java.util.Arrays.copyOf(got, n);
    }

    @Test
    void valuesLongerThanAStoredBlockAndAtTheGapLimitInflateExactly() throws IOException {
        StaticSegments segments = new StaticSegments(CELL_XML, 6);
        for (int length : new int[] {0, 1, StaticSegments.MAX_GAP, StaticSegments.MAX_GAP + 1, 65535, 65536, 200_000}) {
            DeflatedPartWriter w = new DeflatedPartWriter(segments, Long.MAX_VALUE, 60_000);
            String value = "长".repeat(length / 3) + "v".repeat(length % 3); // UTF-8: about `length` bytes
            w.segment(0);
            w.write(value);
            w.segment(1);
            w.write(value);
            w.segment(1);
            assertInflatesTo(CELL_XML.get(0) + value + CELL_XML.get(1) + value + CELL_XML.get(1), w.finish("p"));
        }
    }

    @Test
    void sameWritesGiveSameBytesWhicheverContextWasCompressedFirst() throws IOException {
        byte[] first = twoCells(new StaticSegments(CELL_XML, 6));
        StaticSegments warmed = new StaticSegments(CELL_XML, 6);
        for (int i = 0; i < 5; i++) {
            twoCells(warmed);
        }
        assertArrayEquals(first, twoCells(warmed));
    }

    private static byte[] twoCells(StaticSegments segments) throws IOException {
        DeflatedPartWriter w = new DeflatedPartWriter(segments, Long.MAX_VALUE, 60_000);
        w.segment(0);
        w.write("12");
        w.segment(1);
        w.write("345");
        w.segment(4);
        return w.finish("p").deflated();
    }

    @Test
    void stopsAtTheOutputLimit() throws IOException {
        DeflatedPartWriter w = new DeflatedPartWriter(new StaticSegments(CELL_XML, 6), 100, 60_000);
        w.segment(0);
        assertThrows(DeflatedPartWriter.LimitException.class, () -> w.write("x".repeat(100)));
    }

    @Test
    void zipOfDeflatedEntriesReadsBackWithItsCrcs(@TempDir Path dir) throws IOException {
        StaticSegments segments = new StaticSegments(CELL_XML, 6);
        DeflatedPartWriter w = new DeflatedPartWriter(segments, Long.MAX_VALUE, 60_000);
        w.segment(0);
        w.write("42");
        w.segment(4);
        List<DeflatedEntry> entries = new ArrayList<>();
        entries.add(DeflatedEntry.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), 6));
        entries.add(w.finish("word/document.xml"));
        entries.add(DeflatedEntry.of("docProps/文档.xml", new byte[0], 6));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ZipPackageWriter.write(entries, LocalDateTime.of(2021, 12, 31, 23, 59, 58), zip);
        Path file = Files.write(dir.resolve("out.docx"), zip.toByteArray());
        try (ZipFile read = new ZipFile(file.toFile())) {
            assertEquals(3, read.size());
            assertEquals(CELL_XML.get(0) + "42" + CELL_XML.get(4),
                    new String(read.getInputStream(read.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8));
            assertEquals("<Types/>", new String(read.getInputStream(read.getEntry("[Content_Types].xml")).readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(0, read.getInputStream(read.getEntry("docProps/文档.xml")).readAllBytes().length);
            assertEquals(LocalDateTime.of(2021, 12, 31, 23, 59, 58), read.getEntry("word/document.xml").getTimeLocal());
        }
    }

    static void assertInflatesTo(String expected, DeflatedEntry entry) {
        byte[] want = expected.getBytes(StandardCharsets.UTF_8);
        Inflater inflater = new Inflater(true);
        inflater.setInput(entry.deflated());
        byte[] got = new byte[want.length + 16];
        int n = 0;
        try {
            while (!inflater.finished()) {
                int k = inflater.inflate(got, n, got.length - n);
                n += k;
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary() || n == got.length)) {
                    break;
                }
            }
            assertEquals(true, inflater.finished(), "the stream ends with a final block");
            assertEquals(0, inflater.getRemaining(), "nothing after the final block");
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inflater.end();
        }
        assertEquals(expected, new String(got, 0, n, StandardCharsets.UTF_8));
        CRC32 crc = new CRC32();
        crc.update(want);
        assertEquals((int) crc.getValue(), entry.crc());
        assertEquals(want.length, entry.size());
    }
}
