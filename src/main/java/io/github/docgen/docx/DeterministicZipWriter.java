package io.github.docgen.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a package so that the same model gives the same bytes on any machine: entries in the
 * order given, each stamped with the build time (as a DOS time in UTC, not the machine's zone),
 * no extra fields, no comment.
 */
final class DeterministicZipWriter {
    /** The earliest time a zip entry can carry without an extra field. */
    static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime DOS_TIME_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private DeterministicZipWriter() {
    }

    static void write(List<PackageEntry> entries, Instant time, OutputStream out) throws IOException {
        LocalDateTime stamp = entryTime(time);
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(6);
        for (PackageEntry entry : entries) {
            ZipEntry z = new ZipEntry(entry.name());
            z.setTimeLocal(stamp);
            z.setMethod(ZipEntry.DEFLATED);
            zip.putNextEntry(z);
            zip.write(entry.bytes());
            zip.closeEntry();
        }
        zip.finish(); // not close(): the caller owns the stream
    }

    static LocalDateTime entryTime(Instant time) {
        if (time == null) {
            return ZIP_EPOCH;
        }
        LocalDateTime utc = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        return utc.isBefore(ZIP_EPOCH) || utc.isAfter(DOS_TIME_END) ? ZIP_EPOCH : utc;
    }
}
