package io.github.docgen.plugin;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import io.github.docgen.check.RuleCheck;
import io.github.docgen.check.SchemaCheck;
import io.github.docgen.data.DataLimits;
import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.check.DocumentCheck;
import io.github.docgen.engine.DocumentGenerator;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.GenerationRequest;
import io.github.docgen.engine.GitRevision;
import io.github.docgen.engine.ProjectInfo;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.report.CheckReportWriter;
import io.github.docgen.report.RuleCatalog;

/**
 * The parameters both goals share, and the translation of Maven's world into one
 * {@link GenerationRequest}. Mojos stay thin: skip, build the request, call the engine, log.
 */
abstract class AbstractDocgenMojo extends AbstractMojo {

    private static final String ANNOTATED = "docgen.githubAnnotations";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The process environment: GITHUB_ACTIONS=true says the build runs on GitHub Actions (annotations are printed). */
    Map<String, String> environment = System.getenv();

    /** Where the data files are: every *.yaml, *.yml and *.json below it is a document source. */
    @Parameter(property = "docgen.sourceDirectory", defaultValue = "${project.basedir}/src/docgen")
    protected File sourceDirectory;

    /** The user's own kinds, one folder per kind id; not scanned for data files. */
    @Parameter(property = "docgen.kindsDirectory", defaultValue = "${project.basedir}/src/docgen/kinds")
    protected File kindsDirectory;

    /** Where documents are written, mirroring the sub-folders of the source directory. */
    @Parameter(property = "docgen.outputDirectory", defaultValue = "${project.build.directory}/docgen")
    protected File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "docgen.skip", defaultValue = "false")
    protected boolean skip;

    /** Fails the build on warnings (such as the cross-year checks R6, R7), not only on errors; no document is then written. */
    @Parameter(property = "docgen.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /** Render every document, even those whose inputs did not change since the last build. */
    @Parameter(property = "docgen.force", defaultValue = "false")
    protected boolean force;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    /** The build time documents carry; Maven's reproducible-builds property. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    protected String outputTimestamp;

    protected final DocumentGenerator engine() {
        return new DocumentGenerator(checks(), DataLimits.DEFAULT, RenderLimits.DEFAULT);
    }

    /** The checks every data file passes before rendering: its kind's schema.json, then its rules.yaml. */
    protected List<DocumentCheck> checks() {
        return List.of(new SchemaCheck(), new RuleCheck());
    }

    protected final GenerationRequest request() throws MojoExecutionException {
        Map<String, String> properties = new TreeMap<>();
        project.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        ProjectInfo info = new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                project.getName(), properties, GitRevision.of(project.getBasedir().toPath()).orElse(null));
        Instant configured;
        try {
            configured = BuildTime.configured(outputTimestamp, System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Instant buildTime = configured != null ? configured : Instant.now();
        return new GenerationRequest(project.getBasedir().toPath(), sourceDirectory.toPath(), kindsDirectory.toPath(),
                outputDirectory.toPath(), info, buildTime, configured != null, force, plugin.getVersion(), failOnWarning);
    }

    /** Logs every finding and the summary, and writes the check reports. */
    protected final void report(CheckResult result) throws MojoExecutionException {
        for (Finding finding : result.findings()) {
            if (finding.isError()) {
                getLog().error(finding.toString());
            } else {
                getLog().warn(finding.toString());
            }
        }
        annotate(result.findings());
        getLog().info("docgen: " + result.filesChecked() + " data file(s) checked, " + result.errors() + " error(s), "
                + result.warnings() + " warning(s)");
        try {
            for (java.nio.file.Path written : reportWriter().write(result, failOnWarning)) {
                getLog().debug("docgen: wrote " + written);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("docgen: cannot write the check reports in " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    /** The check reports, their SARIF rule table described from the kinds' rules.yaml. */
    private CheckReportWriter reportWriter() {
        return new CheckReportWriter(outputDirectory.toPath(), RuleCatalog.load(kindsDirectory.toPath(), project.getBasedir().toPath()),
                plugin.getVersion());
    }

    /** Also prints the findings as GitHub Actions annotations, on GitHub Actions, once per build of the project. */
    private void annotate(List<Finding> findings) {
        GitHubAnnotations annotations = GitHubAnnotations.forEnvironment(environment, project.getBasedir().toPath(), System.out);
        if (annotations != null && !findings.isEmpty()) {
            annotations.print(findings, annotated());
        }
    }

    /** The annotations printed so far for this project in this build (check and generate find the same). */
    @SuppressWarnings("unchecked")
    private Set<String> annotated() {
        synchronized (project) {
            Object printed = project.getContextValue(ANNOTATED);
            if (printed == null) {
                printed = ConcurrentHashMap.newKeySet();
                project.setContextValue(ANNOTATED, printed);
            }
            return (Set<String>) printed;
        }
    }

    /** Reports what the checks found (when they ran), then the failure; the engine has written no document. */
    protected final MojoFailureException failure(DocgenException e) throws MojoExecutionException {
        if (e.check() != null) {
            report(e.check());
        }
        List<Finding> unreported = e.findings().stream().filter(f -> e.check() == null || !e.check().findings().contains(f)).toList();
        unreported.forEach(finding -> getLog().error(finding.toString()));
        annotate(unreported);
        boolean warningsOnly = e.findings().stream().noneMatch(Finding::isError);
        String what = warningsOnly ? e.findings().size() + " warning(s), listed above, and docgen.failOnWarning is set"
                : e.findings().stream().filter(Finding::isError).count() + " error(s), listed above";
        return new MojoFailureException("docgen: " + what + "; no document was written");
    }
}
