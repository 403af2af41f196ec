package io.github.docgen.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rebuilds after each save until stopped or out of time: waits for the watched folders to change,
 * runs the build, and tells the preview server, whose pages then reload or show the errors. A
 * build that fails writes nothing, so the last good documents stay served.
 */
public final class WatchLoop {
    /** How long a save's events are gathered before the rebuild starts. */
    static final long QUIET_MILLIS = 150;
    private static final long POLL_MILLIS = 500;

    /** One build: the located errors it found, none when every document was rendered. */
    public interface Build {
        List<String> run();
    }

    private final SourceWatcher watcher;
    private final Build build;
    private final PreviewServer server;
    private final Consumer<String> log;
    private volatile boolean stopped;

    public WatchLoop(SourceWatcher watcher, Build build, PreviewServer server, Consumer<String> log) {
        this.watcher = watcher;
        this.build = build;
        this.server = server;
        this.log = log;
    }

    /** Builds once, then after every change, until {@link #stop()} or, when {@code maxMillis} > 0, that much time has passed. */
    public void run(long maxMillis) throws IOException, InterruptedException {
        long deadline = maxMillis > 0 ? System.currentTimeMillis() + maxMillis : Long.MAX_VALUE;
        server.published(build.run());
        while (!stopped && System.currentTimeMillis() < deadline) {
            Set<Path> changed = watcher.awaitChanges(Math.min(POLL_MILLIS, Math.max(1, deadline - System.currentTimeMillis())), QUIET_MILLIS);
            if (!changed.isEmpty() && !stopped) {
                log.accept("changed: " + changed.iterator().next().getFileName() + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : ""));
                server.published(build.run());
            }
        }
    }

    /** Ends {@link #run} after the build in progress, if any. */
    public void stop() {
        stopped = true;
    }
}
