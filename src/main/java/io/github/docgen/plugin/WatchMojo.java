package io.github.docgen.plugin;

import java.io.IOException;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.GenerationResult;
import io.github.docgen.engine.Watching;

/**
 * Checks and renders, then watches {@code src/docgen} (data files and kinds) and renders again what
 * a save changes; serves {@code target/docgen} on {@code http://127.0.0.1:<docgen.port>/}, where
 * HTML pages reload themselves after each good build and show a failed build's errors. Stops on Ctrl-C.
 */
@Mojo(name = "watch", threadSafe = true, requiresProject = true)
public class WatchMojo extends AbstractDocgenMojo {

    /** The port to serve on (loopback only); 0: 8000, or a free port when 8000 is taken. The port used is logged. */
    @Parameter(property = "docgen.port", defaultValue = "0")
    protected int port;

    /** Stop after this many seconds; 0: run until Ctrl-C. For scripts and tests. */
    @Parameter(property = "docgen.watchSeconds", defaultValue = "0")
    protected int watchSeconds;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docgen: skipped (docgen.skip)");
            return;
        }
        try (Watching watching = docgen().watch(port)) {
            getLog().info("docgen: serving " + watching.url() + " (Ctrl-C stops); watching " + sourceDirectory);
            Thread stopper = new Thread(watching::stop, "docgen-watch-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                watching.run(watchSeconds * 1000L, new Logged());
            } finally {
                removeHook(stopper);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("docgen: cannot watch or serve: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        getLog().info("docgen: watch stopped");
    }

    /** Each rebuild is a build of its own: the plugin context would let it reuse the checks of the first. */
    @Override
    protected Map<String, Object> buildMemo() {
        return null;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running now
        }
    }

    /** Logs each build as the generate goal would, in one line when it went well. */
    private final class Logged implements Watching.Listener {
        @Override
        public void built(GenerationResult result) {
            getLog().info("docgen: " + result.rendered() + " document(s) rendered, " + (result.outputs().size() - result.rendered())
                    + " up to date; " + result.checkRun().result().warnings() + " warning(s)");
        }

        @Override
        public void failed(DocgenException e) {
            for (Finding finding : e.findings()) {
                if (finding.isError()) {
                    getLog().error(finding.toString());
                } else {
                    getLog().warn(finding.toString());
                }
            }
            getLog().error("docgen: not built; the last good documents are kept");
        }

        @Override
        public void changed(String what) {
            getLog().info("docgen: " + what);
        }
    }
}
