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

    public BoundedWriter(Writer out, long maxChars, long maxMillis) {
        this.out = out;
        this.maxChars = maxChars;
        this.deadlineNanos = System.nanoTime() + maxMillis * 1_000_000L;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        written += len;
        if (written > maxChars) {
            throw new RenderLimitException("the output is larger than the limit of " + maxChars + " characters");
        }
        if (System.nanoTime() > deadlineNanos) {
            throw new RenderLimitException("rendering took longer than the time limit");
        }
        out.write(buf, off, len);
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
