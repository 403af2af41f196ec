package io.github.docgen.zip;

import io.github.docgen.text.Utf8Buffer;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Assembles one part's deflate stream as a template renders: {@link #segment(int)} appends a
 * precompressed static stretch, whatever is written as text (the escaped values) goes in as
 * stored blocks between them. Also counts what a runaway template writes and the time it takes.
 * One per render; not thread-safe.
 */
public final class DeflatedPartWriter extends Writer {
    private static final int MAX_STORED = 65535;
    /**
     * Values of at least this many bytes (long paragraphs of text) are Huffman-coded as they are
     * written: stored, a report's prose makes the file a tenth larger. Each coded value costs a
     * block with its own code tables (about 13 µs, measured), more than a 1 KB value gains.
     */
    static final int LONG_TEXT = 1024;
    private final StaticSegments segments;
    private final long maxChars;
    private final long deadlineNanos;
    private final CRC32 crc = new CRC32();
    /** The values written since the last stretch, as the UTF-8 they go into the part as. */
    private final Utf8Buffer text = new Utf8Buffer(1024);
    private byte[] out = new byte[16 * 1024];
    private int length;
    private long size;
    private long chars;
    private int writes;
    private int previous = -1;
    private int gap;
    /** One deflater for all of this part's long values: full flushes keep them independent. */
    private Deflater textDeflater;
    /** The last stretch ended on a stored block's header: its LEN and NLEN come next. */
    private boolean storedBlockOpen;

    private final DeflaterPool textDeflaters;

    public DeflatedPartWriter(StaticSegments segments, long maxChars, long maxMillis) {
        this(segments, maxChars, maxMillis, null);
    }

    /** {@code textDeflaters}: where the deflater for long values comes from and goes back to; null: one of its own. */
    public DeflatedPartWriter(StaticSegments segments, long maxChars, long maxMillis, DeflaterPool textDeflaters) {
        this.textDeflaters = textDeflaters;
        this.segments = segments;
        this.maxChars = maxChars;
        this.deadlineNanos = System.nanoTime() + maxMillis * 1_000_000L;
    }

    /** Appends static stretch {@code n}. */
    public void segment(int n) throws IOException {
        byte[] raw = segments.raw(n);
        if (raw.length == 0) {
            return;
        }
        count(raw.length);
        flushText();
        closeStoredBlock();
        byte[] deflated = segments.compressed(previous, gap, n);
        append(deflated, 0, deflated.length);
        storedBlockOpen = true;
        crc.update(raw, 0, raw.length);
        size += raw.length;
        previous = n;
        gap = 0;
    }

    /** Characters written so far, stretches included: what counts against the output cap. */
    public long chars() {
        return chars;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        count(len);
        text.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        count(len);
        text.write(str, off, len);
    }

    @Override
    public void write(int c) throws IOException {
        count(1);
        text.write(c);
    }

    private void count(long n) throws LimitException {
        chars += n;
        if (chars > maxChars) {
            throw new LimitException("the output is larger than the limit of " + maxChars + " characters");
        }
        // The clock is read every 64 writes: the limit is a safety net of seconds, not a stopwatch.
        if ((++writes & 63) == 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new LimitException("rendering took longer than the time limit");
        }
    }

    /**
     * The values written since the last stretch: long text deflated fast, the rest as stored blocks.
     * They are the UTF-8 of their text as one String, encoded as they were written (a high
     * surrogate nothing followed before the stretch is a '?', as that String would encode it).
     */
    private void flushText() {
        if (text.isEmpty()) {
            return;
        }
        text.finish();
        byte[] bytes = text.bytes();
        int n = text.length();
        if (n >= LONG_TEXT) {
            closeStoredBlock();
            byte[] deflated = StaticSegments.withoutEmptyStoredBlock(StaticSegments.fullFlush(textDeflater(), bytes, n));
            append(deflated, 0, deflated.length);
            storedBlockOpen = true;
        } else {
            for (int at = 0; at < n; at += MAX_STORED) {
                int block = Math.min(MAX_STORED, n - at);
                ensure(5 + block);
                if (storedBlockOpen) {
                    storedBlockOpen = false; // the stretch wrote this block's header
                } else {
                    out[length++] = 0; // BFINAL 0, BTYPE 00 (stored), padding to the byte boundary
                }
                out[length++] = (byte) block;
                out[length++] = (byte) (block >>> 8);
                out[length++] = (byte) ~block;
                out[length++] = (byte) (~block >>> 8);
                System.arraycopy(bytes, at, out, length, block);
                length += block;
            }
        }
        crc.update(bytes, 0, n);
        size += n;
        gap = (int) Math.min(Integer.MAX_VALUE, (long) gap + n);
        text.reset();
    }

    @Override
    public void flush() {
        // the stream is complete only at finish()
    }

    private Deflater textDeflater() {
        if (textDeflater == null) {
            textDeflater = (textDeflaters != null ? textDeflaters : newTextDeflaters()).take();
        }
        return textDeflater;
    }

    /** Deflaters for long values: Huffman coding only, the string matching costs more than it gains on prose. */
    public static DeflaterPool newTextDeflaters() {
        return new DeflaterPool(Deflater.BEST_SPEED, Deflater.HUFFMAN_ONLY, Runtime.getRuntime().availableProcessors() * 2);
    }

    /** Gives back (or releases) the deflater of long values; {@link #finish} does so too. */
    @Override
    public void close() {
        if (textDeflater != null) {
            if (textDeflaters != null) {
                textDeflaters.give(textDeflater);
            } else {
                textDeflater.end();
            }
            textDeflater = null;
        }
    }

    /** An empty stored block where a stretch is followed by no value. */
    private void closeStoredBlock() {
        if (storedBlockOpen) {
            ensure(4);
            out[length++] = 0;
            out[length++] = 0;
            out[length++] = (byte) 0xFF;
            out[length++] = (byte) 0xFF;
            storedBlockOpen = false;
        }
    }

    /** Ends the stream with an empty final block and returns it with its CRC and inflated size. */
    public DeflatedEntry finish(String name) {
        flushText();
        closeStoredBlock();
        ensure(2);
        out[length++] = 0x03; // BFINAL 1, fixed Huffman, end of block
        out[length++] = 0x00;
        close();
        return new DeflatedEntry(name, Arrays.copyOf(out, length), (int) crc.getValue(), size);
    }

    private void append(byte[] bytes, int off, int n) {
        ensure(n);
        System.arraycopy(bytes, off, out, length, n);
        length += n;
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    /** Thrown through FreeMarker as an I/O failure and reported as a limit. */
    public static final class LimitException extends IOException {
        LimitException(String message) {
            super(message);
        }
    }
}
