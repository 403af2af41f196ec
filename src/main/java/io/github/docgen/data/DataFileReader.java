package io.github.docgen.data;

import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.text.Sha256;
import io.github.docgen.text.XmlSafeText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a data file (YAML, or JSON by extension) as strict UTF-8 into a {@link DataFile}. Every
 * failure is a {@link DataFileException} with file, line and column.
 */
public final class DataFileReader {
    private final DataLimits limits;
    private final YamlDataReader yaml;
    private final JsonDataReader json;

    public DataFileReader(DataLimits limits) {
        this.limits = limits;
        this.yaml = new YamlDataReader(limits);
        this.json = new JsonDataReader(limits);
    }

    public static boolean isDataFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * @param file         the file to read
     * @param relativePath its path under the source folder, '/'-separated (names the outputs)
     * @param displayPath  how messages name it (usually relative to the project)
     */
    public DataFile read(Path file, String relativePath, String displayPath) throws DataFileException {
        return parse(bytes(file, displayPath), relativePath, displayPath);
    }

    public DataFile parse(byte[] bytes, String relativePath, String displayPath) throws DataFileException {
        String text = decode(bytes, displayPath);
        boolean isJson = relativePath.toLowerCase(Locale.ROOT).endsWith(".json");
        List<Finding> warnings = new ArrayList<>(0);
        DataNode root = isJson ? json.read(text, displayPath) : yaml.read(text, displayPath, warnings);
        if (!(root instanceof DataNode.MapNode map)) {
            throw new DataFileException(root.position(), "a data file must hold a map of keys at the top level");
        }
        return new DataFile(relativePath, displayPath, map, Sha256.hex(bytes), warnings);
    }

    /** The file's bytes, refused beyond the size limit; {@link #parse} reads them. */
    public byte[] bytes(Path file, String displayPath) throws DataFileException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw new DataFileException(SourcePosition.ofFile(displayPath),
                        "the file is larger than the limit of " + limits.maxFileBytes() + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new DataFileException(SourcePosition.ofFile(displayPath), "cannot read: " + e.getMessage());
        }
    }

    /**
     * Strict UTF-8; a UTF-8 byte order mark is accepted and dropped. The JDK's lenient decoding into
     * a String gives the same text as a strict CharsetDecoder for valid UTF-8, faster (a quarter of
     * the time for ASCII text, five sixths for Chinese) and without a separate pass for NUL bytes:
     * it turns a NUL byte into U+0000 and every malformed sequence into U+FFFD. So only text holding
     * either (rare: a U+FFFD may also be written in the file) goes the strict way, which finds the
     * exact byte offset for the message.
     */
    private static String decode(byte[] bytes, String displayPath) throws DataFileException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)
                && ((bytes[1] & 0xFF) == 0xFF || (bytes[1] & 0xFF) == 0xFE)) {
            throw new DataFileException(new SourcePosition(displayPath, 1, 1), "the file is UTF-16; save it as UTF-8");
        }
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf(0) < 0 && text.indexOf(XmlSafeText.REPLACEMENT) < 0) {
            return text;
        }
        return decodeStrictly(bytes, start, displayPath);
    }

    /** A NUL byte anywhere is reported first, then the first malformed sequence. */
    private static String decodeStrictly(byte[] bytes, int start, String displayPath) throws DataFileException {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw atOffset(bytes, i, displayPath, "a NUL byte at byte offset " + i + " (UTF-16 or a binary file?); save the file as UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String fix = looksLikeGbk(bytes, start) ? "; the file looks like GBK (GB18030, the Chinese encoding of Windows): save it as UTF-8" : "";
            throw atOffset(bytes, in.position(), displayPath, "invalid UTF-8 at byte offset " + in.position() + fix);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * Whether bytes that are not UTF-8 read as Chinese text in GB18030 (of which GBK and GB2312 are
     * parts), as files saved by Chinese Windows editors do: most of their non-ASCII characters are
     * broken as UTF-8 (a UTF-8 file with one bad byte is not GBK, though GB18030 may decode it),
     * and as GB18030 every byte decodes and some of the text is Han.
     */
    private static boolean looksLikeGbk(byte[] bytes, int start) {
        String asUtf8 = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        long nonAscii = asUtf8.chars().filter(c -> c >= 0x80).count();
        long broken = asUtf8.chars().filter(c -> c == XmlSafeText.REPLACEMENT).count();
        if (2 * broken <= nonAscii) {
            return false;
        }
        CharsetDecoder gb18030 = Charset.forName("GB18030").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer text = gb18030.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).limit(2).count() == 2;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static DataFileException atOffset(byte[] bytes, int offset, String displayPath, String reason) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new DataFileException(new SourcePosition(displayPath, line, offset - lineStart + 1), reason);
    }
}
