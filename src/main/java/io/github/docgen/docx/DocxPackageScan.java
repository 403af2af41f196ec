package io.github.docgen.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

/**
 * Reads a template zip ourselves before anything else looks at it, because zip libraries are
 * lenient where a template must not be: a second {@code word/document.xml} silently wins, a name
 * like {@code ../x} is taken as given, and a small entry may inflate to gigabytes.
 */
final class DocxPackageScan {
    static final int MAX_ENTRIES = 1_000;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    /** Below this size an entry cannot hurt, and tiny XML parts legitimately compress very well. */
    static final long RATIO_CHECKED_ABOVE = 100L * 1024;

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final byte[] OLE_COMPOUND_FILE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private DocxPackageScan() {
    }

    static List<PackageEntry> scan(byte[] zip, String displayName) throws DocgenException {
        if (startsWith(zip, OLE_COMPOUND_FILE)) {
            throw fail(displayName, "is not a .docx (Office Open XML) file but an OLE compound file: a Word 97-2003 .doc"
                    + " or a password-protected document; save it from Word as an unprotected .docx");
        }
        if (zip.length < 4 || readInt(zip, 0) != LOCAL_HEADER) {
            throw fail(displayName, "is not a .docx file: it is not a zip archive");
        }
        List<String> listed = centralDirectoryNames(zip, displayName);
        int declaredEntries = listed.size();
        List<PackageEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        String current = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                current = name;
                String unsafe = unsafeNameReason(name);
                if (unsafe != null) {
                    throw fail(displayName, "zip entry \"" + printable(name) + "\" " + unsafe);
                }
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw fail(displayName, "zip entry \"" + name + "\" appears twice; a Word package has each part once");
                }
                if (entries.size() + 1 > MAX_ENTRIES) {
                    throw fail(displayName, "has more than " + MAX_ENTRIES + " zip entries (at \"" + name + "\")");
                }
                byte[] bytes = inflate(in, name, MAX_TOTAL_BYTES - total, displayName);
                total += bytes.length;
                long compressed = entry.getCompressedSize();
                if (bytes.length > RATIO_CHECKED_ABOVE && compressed > 0 && bytes.length / compressed > MAX_RATIO) {
                    throw fail(displayName, "zip entry \"" + name + "\" inflates " + (bytes.length / compressed)
                            + " times its compressed size (limit " + MAX_RATIO + "): a zip bomb?");
                }
                if (!entry.isDirectory()) {
                    entries.add(new PackageEntry(name, bytes));
                }
            }
        } catch (EOFException e) {
            throw fail(displayName, "is a truncated zip archive" + at(current));
        } catch (ZipException e) {
            throw fail(displayName, "is a damaged or encrypted zip archive" + at(current) + ": " + e.getMessage());
        } catch (IOException e) {
            throw fail(displayName, "cannot be read: " + e.getMessage());
        }
        if (declaredEntries != seen.size()) {
            throw fail(displayName, "is a damaged zip archive: its directory lists " + declaredEntries
                    + " entries but " + seen.size() + " were found");
        }
        return entries;
    }

    /** Why a name must not be used as a part name, or null when it is fine. */
    static String unsafeNameReason(String name) {
        if (name.isEmpty()) {
            return "has an empty name";
        }
        if (name.indexOf('\0') >= 0) {
            return "has a NUL character in its name";
        }
        if (name.indexOf('\\') >= 0) {
            return "has a backslash in its name";
        }
        if (name.startsWith("/")) {
            return "has an absolute name";
        }
        if (name.length() >= 2 && name.charAt(1) == ':') {
            return "names a drive";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return "has a '" + segment + "' segment in its name";
            }
        }
        return null;
    }

    private static byte[] inflate(ZipInputStream in, String name, long budget, String displayName) throws IOException, DocgenException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + (long) n > budget) {
                throw fail(displayName, "zip entry \"" + name + "\" takes the package over " + (MAX_TOTAL_BYTES >> 20)
                        + " MiB inflated: a zip bomb?");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * The names the central directory lists. A zip cut short has no directory, which the local
     * headers alone do not show; and the directory is where an encrypted entry is flagged.
     */
    private static List<String> centralDirectoryNames(byte[] zip, String displayName) throws DocgenException {
        int end = -1;
        for (int i = zip.length - 22, earliest = Math.max(0, zip.length - 22 - 0xFFFF); i >= earliest; i--) {
            if (readInt(zip, i) == END_OF_CENTRAL_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw fail(displayName, "is a truncated zip archive (no central directory)");
        }
        int count = readShort(zip, end + 10);
        long at = readInt(zip, end + 16) & 0xFFFFFFFFL;
        List<String> names = new ArrayList<>(Math.min(count, MAX_ENTRIES + 1));
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || readInt(zip, (int) at) != CENTRAL_HEADER) {
                throw fail(displayName, "is a damaged zip archive: its central directory is broken");
            }
            int p = (int) at;
            int flags = readShort(zip, p + 8);
            int nameLength = readShort(zip, p + 28);
            if (p + 46 + nameLength > end) {
                throw fail(displayName, "is a damaged zip archive: its central directory is broken");
            }
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            if ((flags & 1) != 0) {
                throw fail(displayName, "zip entry \"" + printable(name) + "\" is encrypted; save the template without a password");
            }
            names.add(name);
            at = p + 46L + nameLength + readShort(zip, p + 30) + readShort(zip, p + 32);
        }
        return names;
    }

    private static int readShort(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String at(String entry) {
        return entry == null ? "" : " (at zip entry \"" + printable(entry) + "\")";
    }

    private static String printable(String name) {
        return name.replace("\0", "\\0");
    }

    private static DocgenException fail(String displayName, String message) {
        return new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", message));
    }
}
