package io.github.docgen.zip;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;

/**
 * Deflaters kept for reuse by the renders of one template: setting a deflater up costs more than
 * Huffman-coding a paragraph with it. Holds at most {@code capacity} idle ones; a render takes one
 * (or makes one when none is idle) and gives it back reset. Thread-safe.
 */
public final class DeflaterPool {
    private final int level;
    private final int strategy;
    private final BlockingQueue<Deflater> idle;

    public DeflaterPool(int level, int strategy, int capacity) {
        this.level = level;
        this.strategy = strategy;
        this.idle = new ArrayBlockingQueue<>(Math.max(1, capacity));
    }

    public Deflater take() {
        Deflater deflater = idle.poll();
        if (deflater != null) {
            return deflater;
        }
        deflater = new Deflater(level, true);
        if (strategy != Deflater.DEFAULT_STRATEGY) {
            deflater.setStrategy(strategy);
            deflater.deflate(new byte[1], 0, 0, Deflater.NO_FLUSH); // takes the strategy before any input
        }
        return deflater;
    }

    public void give(Deflater deflater) {
        deflater.reset(); // level and strategy stay
        if (!idle.offer(deflater)) {
            deflater.end();
        }
    }
}
