package io.github.docgen.engine;

import io.github.docgen.diagnostic.DocgenException;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one job per item on a fixed pool of workers and hands the results back in the order of the
 * items, so that whatever the scheduling, logs, manifest and the first error reported are those of
 * a sequential run. At most a few jobs per worker are in flight: a batch of any size keeps only
 * that many results in memory.
 */
final class InPlanOrder {
    /** One job; may fail with a finding or an I/O error, like the sequential code it replaces. */
    interface Job<T, R> {
        R run(T item) throws DocgenException, java.io.IOException;
    }

    /** Receives each result, in item order, on the calling thread. */
    interface Sink<T, R> {
        void accept(T item, R result) throws DocgenException, java.io.IOException;
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private InPlanOrder() {
    }

    /** Workers for a build: one per processor the JVM may use. */
    static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    static <T, R> void run(List<T> items, int workers, Job<T, R> job, Sink<T, R> sink) throws DocgenException, java.io.IOException {
        if (workers <= 1 || items.size() <= 1) {
            for (T item : items) {
                sink.accept(item, job.run(item));
            }
            return;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory named = r -> {
            Thread t = new Thread(r, "docgen-render-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService executor = Executors.newFixedThreadPool(workers, named);
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
        int window = workers * 4;
        int next = 0;
        int delivered = 0;
        try {
            while (delivered < items.size()) {
                while (next < items.size() && inFlight.size() < window) {
                    T item = items.get(next++);
                    inFlight.add(executor.submit(() -> job.run(item)));
                }
                R result = await(inFlight.removeFirst());
                sink.accept(items.get(delivered++), result);
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            executor.shutdownNow();
            awaitEnd(executor); // no job may still write once the caller cleans up (a failed run deletes its staging folder)
        }
    }

    private static void awaitEnd(ExecutorService executor) {
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <R> R await(Future<R> future) throws DocgenException, java.io.IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while rendering");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocgenException d) {
                throw d;
            }
            if (cause instanceof java.io.IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
