package io.github.docgen.wordml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of a .docx in zip order: name and time, and the text of each part. Two files
 * with equal entries are the same document even when another zlib (e.g. zlib-ng) compressed
 * them into different bytes, so a guard test compares these, not the zip bytes.
 */
public final class DocxEntries {
    private DocxEntries() {
    }

    public static Map<String, String> of(byte[] docx) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName() + " @" + entry.getTimeLocal(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
