package io.github.docgen.plugin;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import io.github.docgen.engine.OutputOptions;
import io.github.docgen.pdf.PdfSettings;
import io.github.docgen.engine.ProjectInfo;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.report.CheckReportWriter;

/**
 * The parameters both goals share, and the translation of Maven's world into one
 * {@link GenerationRequest}. Mojos stay thin: skip, build the request, call the engine, log.
 */
abstract class AbstractDocgenMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

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

    /** The output formats to make, as extensions, comma-separated ({@code html,docx,pdf}); empty: every format of each kind. */
    @Parameter(property = "docgen.formats")
    protected String formats;

    /** Folders searched for the official fonts of PDFs (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体) before the system's font folders. */
    @Parameter(property = "docgen.fontDirectories")
    protected File[] fontDirectories;

    /** Fails the build when an official font is found in no font folder, instead of using the open font shipped with the plugin. */
    @Parameter(property = "docgen.requireFonts", defaultValue = "false")
    protected boolean requireFonts;

    protected final DocumentGenerator engine() {
        List<java.nio.file.Path> fonts = fontDirectories == null ? List.of()
                : java.util.Arrays.stream(fontDirectories).map(File::toPath).toList();
        java.util.Set<String> selected = formats == null ? java.util.Set.of() : new java.util.HashSet<>(List.of(formats.split(",")));
        return new DocumentGenerator(checks(), DataLimits.DEFAULT, RenderLimits.DEFAULT)
                .withOutputs(new OutputOptions(selected, new PdfSettings(fonts, requireFonts, true), w -> getLog().warn("docgen: " + w)));
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
        getLog().info("docgen: " + result.filesChecked() + " data file(s) checked, " + result.errors() + " error(s), "
                + result.warnings() + " warning(s)");
        try {
            for (java.nio.file.Path written : new CheckReportWriter(outputDirectory.toPath()).write(result, failOnWarning)) {
                getLog().debug("docgen: wrote " + written);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("docgen: cannot write the check reports in " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Reports what the checks found (when they ran), then the failure; the engine has written no document. */
    protected final MojoFailureException failure(DocgenException e) throws MojoExecutionException {
        if (e.check() != null) {
            report(e.check());
        }
        for (Finding finding : e.findings()) {
            if (e.check() == null || !e.check().findings().contains(finding)) {
                getLog().error(finding.toString());
            }
        }
        boolean warningsOnly = e.findings().stream().noneMatch(Finding::isError);
        String what = warningsOnly ? e.findings().size() + " warning(s), listed above, and docgen.failOnWarning is set"
                : e.findings().stream().filter(Finding::isError).count() + " error(s), listed above";
        return new MojoFailureException("docgen: " + what + "; no document was written");
    }
}
