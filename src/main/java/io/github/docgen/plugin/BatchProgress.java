package io.github.docgen.plugin;

import org.apache.maven.plugin.logging.Log;

import io.github.docgen.engine.ProgressListener;

/**
 * Logs a large batch's progress every few seconds (count and rate), and one line per document
 * only at debug level ({@code -X}), so a thousand documents do not make a thousand log lines.
 */
final class BatchProgress implements ProgressListener {
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final Log log;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private int documents;

    BatchProgress(Log log) {
        this.log = log;
    }

    @Override
    public void finished(int filesDone, int files, String relativePath, boolean wasRendered) {
        documents++;
        if (log.isDebugEnabled()) {
            log.debug("docgen: " + (wasRendered ? "rendered " : "up to date ") + relativePath);
        }
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS && filesDone < files) {
            lastReport = now;
            log.info(String.format("docgen: %d/%d data files, %d documents (%.0f documents/s)", filesDone, files, documents,
                    documents / seconds(now)));
        }
    }

    @Override
    public void waiting(String why) {
        log.info("docgen: " + why);
    }

    private double seconds(long now) {
        return Math.max(1e-9, (now - start) / 1e9);
    }
}
