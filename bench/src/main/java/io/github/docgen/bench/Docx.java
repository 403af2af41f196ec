package io.github.docgen.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Small zip helpers: read a package's parts, write parts back. */
final class Docx {
    private Docx() {
    }

    static Map<String, byte[]> parts(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    static String part(byte[] zip, String name) {
        byte[] bytes = parts(zip).get(name);
        if (bytes == null) {
            throw new IllegalStateException("no " + name + " in the package");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The parts deflated whole at {@code level}: what a writer that deflates every part per document produces. */
    static byte[] zip(Map<String, byte[]> parts, int level) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(level);
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                ZipEntry e = new ZipEntry(p.getKey());
                e.setTime(0);
                out.putNextEntry(e);
                out.write(p.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] zipDefault(Map<String, byte[]> parts) {
        return zip(parts, Deflater.DEFAULT_COMPRESSION);
    }
}
