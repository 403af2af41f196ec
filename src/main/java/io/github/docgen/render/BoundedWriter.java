package io.github.docgen.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Stops a runaway template: more output than {@code maxChars} or writing past the deadline fails
 * the render instead of filling the disk or hanging the build.
 */
public final class BoundedWriter extends Writer {
    private final Writer out;
    private final long maxChars;
    private final long deadlineNanos;
    private long written;
    private int writes;

    public BoundedWriter(Writer out, long maxChars, long maxMillis) {
        this.out = out;
        this.maxChars = maxChars;
        this.deadlineNanos = System.nanoTime() + maxMillis * 1_000_000L;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        count(len);
        out.write(buf, off, len);
    }

    /** Strings (what escaping writes) go through as they are: Writer's default copies each into an array, under a lock. */
    @Override
    public void write(String str, int off, int len) throws IOException {
        count(len);
        out.write(str, off, len);
    }

    @Override
    public void write(int c) throws IOException {
        count(1);
        out.write(c);
    }

    private void count(int len) throws RenderLimitException {
        written += len;
        if (written > maxChars) {
            throw new RenderLimitException("the output is larger than the limit of " + maxChars + " characters");
        }
        // The clock is read every 64 writes (a page makes about 800, and a reading costs as much as
        // encoding a dozen characters): the limit is a safety net of seconds, not a stopwatch, and
        // time spent between writes is the render watchdog's to stop.
        if ((++writes & 63) == 0 && System.nanoTime() > deadlineNanos) {
            throw new RenderLimitException("rendering took longer than the time limit");
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Thrown through FreeMarker as an I/O failure and reported as a limit. */
    public static final class RenderLimitException extends IOException {
        RenderLimitException(String message) {
            super(message);
        }
    }
}
