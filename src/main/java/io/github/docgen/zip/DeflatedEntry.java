package io.github.docgen.zip;

import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** A zip entry ready to be written: its deflated bytes, the CRC-32 and size of what they inflate to. */
public record DeflatedEntry(String name, byte[] deflated, int crc, long size) {

    /** Deflates {@code bytes} whole, for entries made once at compile time or small ones made per document. */
    public static DeflatedEntry of(String name, byte[] bytes, int level) {
        Deflater deflater = new Deflater(level, true);
        try {
            return of(name, bytes, deflater);
        } finally {
            deflater.end();
        }
    }

    /** As {@link #of(String, byte[], int)} with a deflater the caller reuses (it is reset here). */
    public static DeflatedEntry of(String name, byte[] bytes, Deflater deflater) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        deflater.reset();
        deflater.setInput(bytes);
        deflater.finish();
        byte[] out = new byte[bytes.length + bytes.length / 1000 + 64];
        int length = 0;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        return new DeflatedEntry(name, java.util.Arrays.copyOf(out, length), (int) crc.getValue(), bytes.length);
    }
}
