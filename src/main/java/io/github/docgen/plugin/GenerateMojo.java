package io.github.docgen.plugin;

import javax.inject.Inject;

import org.apache.maven.artifact.handler.manager.ArtifactHandlerManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.engine.GenerationResult;

/**
 * Checks every data file, then renders each into every format its kind provides, under
 * target/docgen, and attaches the documents to the project so install and deploy publish them.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractDocgenMojo {

    /** Attach every document as an artifact: type = its extension, classifier = its path, e.g. 2021-yutan. */
    @Parameter(property = "docgen.attach", defaultValue = "true")
    protected boolean attach;

    private final MavenProjectHelper projectHelper;
    private final ArtifactHandlerManager artifactHandlers;

    @Inject
    public GenerateMojo(MavenProjectHelper projectHelper, ArtifactHandlerManager artifactHandlers) {
        this.projectHelper = projectHelper;
        this.artifactHandlers = artifactHandlers;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docgen: skipped (docgen.skip)");
            return;
        }
        GenerationResult result;
        try {
            result = docgen().generate(new BatchProgress(getLog()));
        } catch (DocgenException e) {
            throw failure(e);
        }
        log(result.checkRun());
        int total = result.outputs().size();
        if (total > 0 && result.rendered() == 0) {
            getLog().info("docgen: all " + total + " document(s) up to date in " + outputDirectory
                    + "; nothing rendered (-Ddocgen.force=true renders anyway)");
        } else {
            String checks = result.checkRun().reused() == result.check().filesChecked() ? "checks taken from docgen:check"
                    : "checks included";
            getLog().info(String.format("docgen: %d document(s) in %s: %d rendered (%d changed), %d up to date, in %.1f s"
                    + " (%.0f documents/s, %s)", total, outputDirectory, result.rendered(), result.changed(),
                    result.upToDate(), result.seconds(), total / Math.max(1e-9, result.seconds()), checks));
        }
        if (attach) {
            new ArtifactAttacher(projectHelper, artifactHandlers, getLog()).attach(project, result.attachments());
        }
    }
}
