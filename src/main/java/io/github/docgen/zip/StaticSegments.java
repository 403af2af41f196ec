package io.github.docgen.zip;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

/**
 * The static stretches of one template part, as UTF-8, each deflated ahead of time into a
 * self-contained, byte-aligned run of deflate blocks (ending on a full flush). A document's part
 * is then these runs with its values between them as stored blocks: no byte of the template is
 * compressed per document.
 *
 * <p>A stretch compresses far better with the text before it as preset dictionary. What precedes
 * a stretch at render time is known only then (loops, conditionals), so a compressed form is kept
 * per context: the stretch that came before and how many value bytes lie between. The bytes for a
 * context never change, so outputs stay reproducible whichever thread compressed them first.
 * Thread-safe.
 */
public final class StaticSegments {
    /** Value bytes after which a stretch is compressed without dictionary. */
    static final int MAX_GAP = 16 * 1024;
    private static final int WINDOW = 32 * 1024;
    /** Compressed forms kept per part; beyond it a form is computed each time (same bytes, slower). */
    private static final int MAX_CACHED = 1 << 16;

    private final byte[][] raw;
    private final int level;
    private final Map<Long, byte[]> compressed = new ConcurrentHashMap<>();

    public StaticSegments(List<String> texts, int level) {
        this.raw = new byte[texts.size()][];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = texts.get(i).getBytes(StandardCharsets.UTF_8);
        }
        this.level = level;
    }

    public int count() {
        return raw.length;
    }

    /** The uncompressed bytes of stretch {@code n}. */
    byte[] raw(int n) {
        return raw[n];
    }

    /**
     * Stretch {@code n} deflated, without the empty stored block its full flush ends with (the
     * bytes {@code 00 00 FF FF} after the block header bits): the writer completes that block,
     * with the next value's bytes when one follows, saving five bytes per value. For a stream whose last {@code gap} bytes are values and whose
     * bytes before them end with stretch {@code previous}; {@code previous < 0}: nothing known.
     */
    byte[] compressed(int previous, int gap, int n) {
        if (previous < 0 || gap > MAX_GAP) {
            previous = -1;
            gap = 0;
        }
        long key = ((long) (previous + 1) * (MAX_GAP + 1) + gap) * raw.length + n;
        byte[] done = compressed.get(key);
        if (done != null) {
            return done;
        }
        byte[] fresh = withoutEmptyStoredBlock(deflate(previous < 0 ? null : dictionary(raw[previous], gap), raw[n], level));
        if (compressed.size() < MAX_CACHED) {
            compressed.putIfAbsent(key, fresh);
        }
        return fresh;
    }

    /** A full flush always ends with an empty stored block: its header bits, padding, LEN 0 and NLEN 0xFFFF. */
    static byte[] withoutEmptyStoredBlock(byte[] flushed) {
        int n = flushed.length;
        if (n < 5 || flushed[n - 4] != 0 || flushed[n - 3] != 0 || flushed[n - 2] != (byte) 0xFF || flushed[n - 1] != (byte) 0xFF) {
            throw new IllegalStateException("a full flush must end with an empty stored block");
        }
        return Arrays.copyOf(flushed, n - 4);
    }

    /**
     * The preceding stretch followed by {@code gap} zero bytes standing for the values: no stretch of
     * XML holds a zero byte, so nothing is ever matched against them, and every distance into the
     * stretch is the true one.
     */
    private static byte[] dictionary(byte[] previous, int gap) {
        int keep = Math.min(previous.length, WINDOW - gap);
        byte[] dict = new byte[keep + gap];
        System.arraycopy(previous, previous.length - keep, dict, 0, keep);
        return dict;
    }

    /** Raw deflate of {@code input} ending on a full flush: byte-aligned, and refers to nothing after it. */
    static byte[] deflate(byte[] dictionary, byte[] input, int level) {
        Deflater deflater = new Deflater(level, true);
        try {
            if (dictionary != null && dictionary.length > 0) {
                deflater.setDictionary(dictionary);
            }
            return fullFlush(deflater, input);
        } finally {
            deflater.end();
        }
    }

    /**
     * Deflates {@code input} with {@code deflater} and flushes fully. After a full flush the
     * deflater refers to nothing before it, so one deflater can make many independent runs.
     */
    static byte[] fullFlush(Deflater deflater, byte[] input) {
        return fullFlush(deflater, input, input.length);
    }

    /** As {@link #fullFlush(Deflater, byte[])} of the first {@code inputLength} bytes of {@code input}. */
    static byte[] fullFlush(Deflater deflater, byte[] input, int inputLength) {
        deflater.setInput(input, 0, inputLength);
        byte[] out = new byte[inputLength / 2 + 64];
        int length = 0;
        while (true) {
            int space = out.length - length;
            int n = deflater.deflate(out, length, space, Deflater.FULL_FLUSH);
            length += n;
            if (n < space && deflater.needsInput()) {
                return Arrays.copyOf(out, length);
            }
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
        }
    }
}
