package io.github.docgen.render;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import freemarker.core._CoreAPI;
import freemarker.template.Template;

/**
 * Stops a template that loops without writing: FreeMarker's own thread-interruption checks are
 * compiled into each template's loops, and a watchdog interrupts a render past its time limit.
 * (The output cap of {@link BoundedWriter} stops loops that do write.)
 */
public final class RenderWatchdog {
    private static final ScheduledExecutorService TIMER = timer();

    /** A cancelled alarm leaves the queue at once: a batch arms one per document, each for a minute. */
    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "docgen-render-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    private RenderWatchdog() {
    }

    /** Compiles interruption checks into a template's loops; done once, when the template is compiled. */
    public static Template interruptible(Template template) {
        _CoreAPI.addThreadInterruptedChecks(template);
        return template;
    }

    /** Interrupts the current thread after {@code millis}; close the alarm when the render ends. */
    public static Alarm arm(long millis) {
        return new Alarm(Thread.currentThread(), millis);
    }

    public static final class Alarm implements AutoCloseable {
        private final ScheduledFuture<?> future;
        private volatile boolean fired;

        private Alarm(Thread renderer, long millis) {
            this.future = TIMER.schedule(() -> {
                fired = true;
                renderer.interrupt();
            }, millis, TimeUnit.MILLISECONDS);
        }

        public boolean fired() {
            return fired;
        }

        @Override
        public void close() {
            future.cancel(false);
            Thread.interrupted(); // never leave the build thread interrupted
        }
    }
}
