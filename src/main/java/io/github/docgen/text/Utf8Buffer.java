package io.github.docgen.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that keeps what is written as UTF-8 bytes, encoded as it arrives: the same bytes as
 * {@code String.getBytes(UTF_8)} of everything written since it was empty (a surrogate pair split
 * between two writes is still one character; a lone surrogate becomes {@code ?}), without first
 * collecting the text in a StringBuilder and copying it into a String. Not thread-safe.
 */
public final class Utf8Buffer extends Writer {
    private byte[] bytes;
    private int length;
    /** A high surrogate that ended the last write: its low half may open the next one. */
    private char pendingHigh;
    /** Where a String's characters are copied to be encoded. */
    private char[] chars = new char[256];
    private static final int CHUNK = 8 * 1024;
    /** The buffer grows when fewer characters than this surely fit. */
    private static final int MIN_ROOM = 64;

    public Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(capacity, 256)];
    }

    @Override
    public void write(char[] buf, int off, int len) {
        encodeAll(buf, off, off + len);
    }

    @Override
    public void write(String str, int off, int len) {
        // In chunks through a reused array: copying out is fast, and the loop over an array is tight.
        for (int at = off, end = off + len; at < end; ) {
            int n = Math.min(end - at, CHUNK);
            if (chars.length < n) {
                chars = new char[Math.max(n, Math.min(CHUNK, 2 * chars.length))];
            }
            str.getChars(at, at + n, chars, 0);
            encodeAll(chars, 0, n);
            at += n;
        }
    }

    @Override
    public void write(int c) {
        encodeAll(new char[] {(char) c}, 0, 1);
    }

    /**
     * Encodes {@code buf[i..end)} in pieces that surely fit: at most three bytes a character (a
     * pair is four for two), and four for a high surrogate left from the last piece with the low
     * half that completes it. A piece may end between the halves of a pair: the high one waits.
     */
    private void encodeAll(char[] buf, int i, int end) {
        while (i < end) {
            int room = (bytes.length - length - 4) / 3;
            if (room < MIN_ROOM) {
                grow();
                continue;
            }
            int n = Math.min(room, end - i);
            encode(buf, i, i + n);
            i += n;
        }
    }

    /** Encodes {@code buf[i..end)}, for which there is room ({@link #encodeAll}). */
    private void encode(char[] buf, int i, int end) {
        byte[] b = bytes;
        int at = length;
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(buf[i])) {
                at = pair(b, at, high, buf[i++]);
            } else {
                b[at++] = '?';
            }
        }
        while (i < end) {
            char c = buf[i++];
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i < end && Character.isLowSurrogate(buf[i])) {
                at = pair(b, at, c, buf[i++]);
            } else if (Character.isHighSurrogate(c) && i == end) {
                pendingHigh = c; // its low half may open the next write
            } else {
                b[at++] = '?';
            }
        }
        length = at;
    }

    private static int pair(byte[] b, int at, char high, char low) {
        int cp = Character.toCodePoint(high, low);
        b[at] = (byte) (0xF0 | cp >> 18);
        b[at + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[at + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[at + 3] = (byte) (0x80 | cp & 0x3F);
        return at + 4;
    }

    private void grow() {
        long capacity = Math.max(2L * bytes.length, bytes.length + 3L * MIN_ROOM + 4);
        if (capacity > Integer.MAX_VALUE - 16) {
            capacity = Integer.MAX_VALUE - 16;
            if (capacity <= bytes.length) {
                throw new OutOfMemoryError("the output is too large for one array");
            }
        }
        bytes = Arrays.copyOf(bytes, (int) capacity);
    }

    /** Ends the text: a high surrogate nothing followed becomes {@code ?}, as a String would encode it. */
    public void finish() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            if (length == bytes.length) {
                grow();
            }
            bytes[length++] = '?';
        }
    }

    /** The encoded bytes; valid up to {@link #length()}, after {@link #finish()}. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }


    /** Whether nothing was written since it was empty (not even half of a pair). */
    public boolean isEmpty() {
        return length == 0 && pendingHigh == 0;
    }

    /** Empties it, keeping its arrays for what comes next. */
    public void reset() {
        length = 0;
        pendingHigh = 0;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    @Override
    public void flush() {
        // the bytes stay here until the render is checked
    }

    @Override
    public void close() {
        finish();
    }
}
