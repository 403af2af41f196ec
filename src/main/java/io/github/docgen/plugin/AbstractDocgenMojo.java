package io.github.docgen.plugin;

import java.io.File;
import java.util.Arrays;
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

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.CheckRun;
import io.github.docgen.engine.Docgen;

/**
 * The parameters both goals share, and their translation into one {@link Docgen}. Mojos stay thin:
 * skip, describe the project to the façade, call it, log what it reports.
 */
abstract class AbstractDocgenMojo extends AbstractMojo {
    private static final String ANNOTATED = "docgen.githubAnnotations";
    /** In the build's plugin context: the check result a goal of this build logged last. */
    private static final String LOGGED_CHECK = "docgen.loggedCheck";

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

    /**
     * The most values one data file may hold: every map, list and single value, in YAML and JSON
     * alike (a YAML alias counts every value it stands for). It bounds the memory a file takes;
     * raise it for a file of more records.
     */
    @Parameter(property = "docgen.maxValues", defaultValue = "100000")
    protected int maxValues;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    /** The build time documents carry; Maven's reproducible-builds property. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    protected String outputTimestamp;

    /** The output formats to make, as extensions, comma-separated ({@code html,docx,pdf}); empty: every format of each kind. */
    @Parameter(property = "docgen.formats")
    protected String formats;

    /**
     * Folders searched for the official fonts of PDFs (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体),
     * before the system's font folders; on the command line, comma-separated.
     */
    @Parameter(property = "docgen.fontDirectories")
    protected File[] fontDirectories;

    /** Fails the PDFs when an official font is in no font folder, instead of using the open font shipped with the plugin. */
    @Parameter(property = "docgen.requireFonts", defaultValue = "false")
    protected boolean requireFonts;

    /** The façade, told everything Maven knows of the project. */
    protected final Docgen docgen() throws MojoExecutionException {
        try {
            return docgenBuilder().build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** Tells the builder the build's facts templates may use; none unless the goal renders (generate). */
    protected Docgen.Builder withFacts(Docgen.Builder builder) {
        return builder;
    }

    /** The façade's builder, told everything Maven knows of the project, for a goal that needs more settings. */
    protected final Docgen.Builder docgenBuilder() {
        Map<String, String> properties = new TreeMap<>();
        project.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        return withFacts(Docgen.builder())
                .projectDirectory(project.getBasedir().toPath())
                .sourceDirectory(sourceDirectory.toPath())
                .kindsDirectory(kindsDirectory.toPath())
                .outputDirectory(outputDirectory.toPath())
                .project(project.getGroupId(), project.getArtifactId(), project.getVersion(), project.getName(), properties)
                .outputTimestamp(outputTimestamp)
                .sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"))
                .force(force)
                .failOnWarning(failOnWarning)
                .maxValues(maxValues)
                .toolVersion(plugin.getVersion())
                .buildMemo(buildMemo())
                .formats(formats == null ? List.of() : List.of(formats.split(",")))
                .fontDirectories(fontDirectories == null ? List.of() : Arrays.stream(fontDirectories).map(File::toPath).toList())
                .requireFonts(requireFonts)
                .warnings(warning -> getLog().warn("docgen: " + warning));
    }

    /** Maven's context of this plugin for this project: it lives as long as the build, so a later goal reuses an earlier one's work. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> buildMemo() {
        Map<String, Object> context = getPluginContext();
        return context; // null outside Maven (a unit test): nothing is shared then
    }

    /** Logs every finding and the summary, unless an earlier goal of this build logged the same. */
    protected final void log(CheckRun check) {
        if (check.reused() > 0) {
            getLog().debug("docgen: the checks of " + check.reused() + " data file(s) were done by an earlier goal of this build");
        }
        log(check.result());
        check.reports().forEach(written -> getLog().debug("docgen: wrote " + written));
    }

    private void log(CheckResult result) {
        Map<String, Object> build = buildMemo();
        if (build != null && result.equals(build.get(LOGGED_CHECK))) {
            return; // check then generate in one build: the same findings and summary once
        }
        if (build != null) {
            build.put(LOGGED_CHECK, result);
        }
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

    /** Logs what the checks found (when they ran) and the failure; the engine has written no document. */
    protected final MojoFailureException failure(DocgenException e) {
        if (e.check() != null) {
            log(e.check());
        }
        List<Finding> unlogged = e.findings().stream().filter(f -> e.check() == null || !e.check().findings().contains(f)).toList();
        unlogged.forEach(finding -> getLog().error(finding.toString()));
        annotate(unlogged);
        boolean warningsOnly = e.findings().stream().noneMatch(Finding::isError);
        String what = warningsOnly ? e.findings().size() + " warning(s), listed above, and docgen.failOnWarning is set"
                : e.findings().stream().filter(Finding::isError).count() + " error(s), listed above";
        return new MojoFailureException("docgen: " + what + "; no document was written");
    }
}
