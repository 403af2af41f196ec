package io.github.docgen.docx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes zips that {@link java.util.zip.ZipOutputStream} refuses to write — two entries with one
 * name, an entry flagged as encrypted, a size that lies — so tests can hand the scanner the files
 * an attacker or a broken tool would. Entries are stored, not compressed.
 */
final class RawZip {
    static final int ENCRYPTED = 1;

    private record Entry(String name, byte[] data, int flags, int declaredSize) {
    }

    private final List<Entry> entries = new ArrayList<>();

    RawZip add(String name, String content) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        entries.add(new Entry(name, data, 0, data.length));
        return this;
    }

    RawZip addFlagged(String name, String content, int flags) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        entries.add(new Entry(name, data, flags, data.length));
        return this;
    }

    /** An entry whose headers declare {@code declaredSize} bytes while {@code content} follows. */
    RawZip addLying(String name, String content, int declaredSize) {
        entries.add(new Entry(name, content.getBytes(StandardCharsets.UTF_8), 0, declaredSize));
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Entry e : entries) {
            int offset = out.size();
            byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(e.data);
            int2(out, 0x4b50);
            int2(out, 0x0403);
            int2(out, 20);
            int2(out, e.flags | 0x800);
            int2(out, 0); // stored
            int4(out, 0x00210000); // 1980-01-01
            int4(out, (int) crc.getValue());
            int4(out, e.declaredSize);
            int4(out, e.declaredSize);
            int2(out, name.length);
            int2(out, 0);
            out.writeBytes(name);
            out.writeBytes(e.data);
            int2(central, 0x4b50);
            int2(central, 0x0201);
            int2(central, 20);
            int2(central, 20);
            int2(central, e.flags | 0x800);
            int2(central, 0);
            int4(central, 0x00210000);
            int4(central, (int) crc.getValue());
            int4(central, e.declaredSize);
            int4(central, e.declaredSize);
            int2(central, name.length);
            int2(central, 0);
            int2(central, 0);
            int2(central, 0);
            int2(central, 0);
            int4(central, 0);
            int4(central, offset);
            central.writeBytes(name);
        }
        int centralOffset = out.size();
        byte[] dir = central.toByteArray();
        out.writeBytes(dir);
        int2(out, 0x4b50);
        int2(out, 0x0605);
        int2(out, 0);
        int2(out, 0);
        int2(out, entries.size());
        int2(out, entries.size());
        int4(out, dir.length);
        int4(out, centralOffset);
        int2(out, 0);
        return out.toByteArray();
    }

    private static void int2(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write(v >>> 8 & 0xFF);
    }

    private static void int4(ByteArrayOutputStream out, int v) {
        int2(out, v & 0xFFFF);
        int2(out, v >>> 16 & 0xFFFF);
    }
}
