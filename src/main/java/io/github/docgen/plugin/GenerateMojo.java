package io.github.docgen.plugin;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import io.github.docgen.engine.DocgenException;
import io.github.docgen.engine.GenerationResult;
import io.github.docgen.engine.WrittenOutput;

/** Checks every data file, then renders each into every format its kind provides, under target/docgen. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractDocgenMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docgen: skipped (docgen.skip)");
            return;
        }
        GenerationResult result;
        try {
            result = engine().generate(request());
        } catch (DocgenException e) {
            throw failure(e);
        }
        report(result.check());
        for (WrittenOutput output : result.outputs()) {
            getLog().debug("docgen: " + (output.changed() ? "wrote " : "unchanged ") + output.file());
        }
        getLog().info("docgen: " + result.outputs().size() + " document(s) in " + outputDirectory + " ("
                + result.changed() + " written, " + (result.outputs().size() - result.changed()) + " unchanged)");
    }
}
