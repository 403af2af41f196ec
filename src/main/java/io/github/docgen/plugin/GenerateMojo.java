package io.github.docgen.plugin;

import java.io.File;
import java.util.List;

import javax.inject.Inject;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectDependenciesResolver;

import org.apache.maven.artifact.handler.manager.ArtifactHandlerManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.engine.Docgen;
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

    /**
     * The tags that name a release, among which {@code git.previousTag} is found: comma-separated globs
     * ({@code *}, {@code ?}, {@code [0-9]}). Default: version tags, v1.2.0, 1.2.0 and artifactId-1.2.0
     * (maven-release-plugin's tag names).
     */
    @Parameter(property = "docgen.git.tagPattern", defaultValue = "v[0-9]*, [0-9]*, ${project.artifactId}-[0-9]*")
    protected String gitTagPattern;

    /** The folders of the Surefire and Failsafe XML reports ({@code TEST-*.xml}) that {@code tests.*} is read from. */
    @Parameter(defaultValue = "${project.build.directory}/surefire-reports,${project.build.directory}/failsafe-reports")
    protected List<File> testReportDirectories;

    /** Read each dependency's licences from its POM for {@code dependencies.*} (one POM read per dependency). */
    @Parameter(property = "docgen.licenses", defaultValue = "false")
    protected boolean licenses;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    private final MavenProjectHelper projectHelper;
    private final ArtifactHandlerManager artifactHandlers;
    private final ProjectDependenciesResolver dependenciesResolver;
    private final ProjectBuilder projectBuilder;

    @Inject
    public GenerateMojo(MavenProjectHelper projectHelper, ArtifactHandlerManager artifactHandlers,
                        ProjectDependenciesResolver dependenciesResolver, ProjectBuilder projectBuilder) {
        this.projectHelper = projectHelper;
        this.artifactHandlers = artifactHandlers;
        this.dependenciesResolver = dependenciesResolver;
        this.projectBuilder = projectBuilder;
    }

    /** Git history, test reports and dependencies, each read only when a kind's templates use it. */
    @Override
    protected Docgen.Builder withFacts(Docgen.Builder builder) {
        return builder.projectFacts(gitTagPattern, testReportDirectories.stream().map(java.io.File::toPath).toList(),
                new MavenDependencies(project, session, dependenciesResolver, projectBuilder), licenses);
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
