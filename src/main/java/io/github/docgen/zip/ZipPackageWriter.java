package io.github.docgen.zip;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes already-deflated entries as a zip: sizes and CRC in each local header (no data
 * descriptors), one time stamp for all, no extra fields, no comment, so that equal entries give
 * equal bytes. {@link java.util.zip.ZipOutputStream} cannot take deflated data, hence this.
 */
public final class ZipPackageWriter {
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int VERSION = 20;
    private static final int DEFLATED = 8;
    private static final int UTF8_NAMES = 0x0800;

    private ZipPackageWriter() {
    }

    public static void write(List<DeflatedEntry> entries, LocalDateTime time, OutputStream out) throws IOException {
        if (entries.size() > 0xFFFF) {
            throw new IOException("too many entries for a zip without Zip64: " + entries.size());
        }
        int dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() / 2;
        int dosDate = (time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
        Bytes central = new Bytes(64 * entries.size());
        long offset = 0;
        Bytes header = new Bytes(128);
        for (DeflatedEntry e : entries) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            if (e.deflated().length >= 0xFFFFFFFFL || e.size() >= 0xFFFFFFFFL || offset >= 0xFFFFFFFFL) {
                throw new IOException(e.name() + ": too large for a zip without Zip64");
            }
            int flags = isAscii(name) ? 0 : UTF8_NAMES;
            header.reset();
            header.int32(LOCAL).int16(VERSION).int16(flags).int16(DEFLATED).int16(dosTime).int16(dosDate)
                    .int32(e.crc()).int32(e.deflated().length).int32((int) e.size()).int16(name.length).int16(0).bytes(name);
            header.writeTo(out);
            out.write(e.deflated());
            central.int32(CENTRAL).int16(VERSION).int16(VERSION).int16(flags).int16(DEFLATED).int16(dosTime).int16(dosDate)
                    .int32(e.crc()).int32(e.deflated().length).int32((int) e.size()).int16(name.length).int16(0).int16(0)
                    .int16(0).int16(0).int32(0).int32((int) offset).bytes(name);
            offset += header.length + e.deflated().length;
        }
        central.writeTo(out);
        Bytes end = new Bytes(22);
        end.int32(END).int16(0).int16(0).int16(entries.size()).int16(entries.size()).int32(central.length).int32((int) offset).int16(0);
        end.writeTo(out);
    }

    private static boolean isAscii(byte[] name) {
        for (byte b : name) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** A little-endian byte buffer. */
    private static final class Bytes {
        private byte[] buf;
        int length;

        Bytes(int capacity) {
            buf = new byte[Math.max(capacity, 16)];
        }

        void reset() {
            length = 0;
        }

        Bytes int16(int v) {
            ensure(2);
            buf[length++] = (byte) v;
            buf[length++] = (byte) (v >>> 8);
            return this;
        }

        Bytes int32(int v) {
            return int16(v).int16(v >>> 16);
        }

        Bytes bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, length, b.length);
            length += b.length;
            return this;
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(buf, 0, length);
        }

        private void ensure(int n) {
            if (length + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, length + n));
            }
        }
    }
}
