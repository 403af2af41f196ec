package io.github.docgen.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.watch.PreviewServer;
import io.github.docgen.watch.SourceWatcher;
import io.github.docgen.watch.WatchLoop;

/**
 * {@code docgen:watch}: the project's documents generated, then generated again after every save of
 * a data file or a kind, and served on the loopback interface with live reload. A save that does
 * not build writes nothing, so the last good documents stay on disk and on screen.
 */
public final class Watching implements AutoCloseable {

    /** What a watch tells its caller, to log. */
    public interface Listener {
        void built(GenerationResult result);

        void failed(DocgenException e);

        void changed(String what);
    }

    private final Docgen docgen;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private volatile WatchLoop loop;

    Watching(Docgen docgen, int port, List<Path> watched) throws IOException {
        this.docgen = docgen;
        Files.createDirectories(docgen.outputDirectory());
        this.server = PreviewServer.start(docgen.outputDirectory(), port);
        this.watcher = new SourceWatcher(watched);
    }

    /** Where the documents are served: {@code http://127.0.0.1:<port>/}. */
    public String url() {
        return server.url();
    }

    /** Generates, then again after each change, until {@link #stop()} or {@code maxMillis} (0: no limit). */
    public void run(long maxMillis, Listener listener) throws IOException, InterruptedException {
        loop = new WatchLoop(watcher, () -> build(listener), server, listener::changed);
        loop.run(maxMillis);
    }

    private List<String> build(Listener listener) {
        try {
            listener.built(docgen.generate(ProgressListener.NONE));
            return List.of();
        } catch (DocgenException e) {
            listener.failed(e);
            List<String> errors = new ArrayList<>();
            for (Finding finding : e.findings()) {
                if (finding.isError() || e.findings().stream().noneMatch(Finding::isError)) {
                    errors.add(finding.toString());
                }
            }
            return errors;
        } catch (RuntimeException e) {
            listener.failed(new DocgenException(List.of()));
            return List.of("the build failed: " + e);
        }
    }

    /** Ends {@link #run} after the build in progress (Ctrl-C). */
    public void stop() {
        WatchLoop running = loop;
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        server.close();
        watcher.close();
    }
}
