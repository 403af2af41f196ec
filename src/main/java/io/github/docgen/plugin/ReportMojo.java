package io.github.docgen.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import io.github.docgen.check.RuleCheck;
import io.github.docgen.check.SchemaCheck;
import io.github.docgen.data.DataLimits;
import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.engine.DocumentGenerator;
import io.github.docgen.engine.GenerationRequest;
import io.github.docgen.engine.ProjectInfo;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.report.RuleCatalog;

/**
 * The docgen page of the project's Maven site ({@code docgen.html}): every data file with its kind
 * and documents, every finding at its file:line:column with its rule, and what each rule checks.
 * Bound under {@code <reporting>}; {@code mvn site} runs it. It checks the data itself, so the
 * page is current; the documents are those the last {@code generate} wrote, copied into the site
 * so that the page links them. A failing check is reported on the page, not as a failed site build.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {
    static final String PAGE = "docgen";

    /** Where the data files are: every *.yaml, *.yml and *.json below it is a document source. */
    @Parameter(property = "docgen.sourceDirectory", defaultValue = "${project.basedir}/src/docgen")
    protected File sourceDirectory;

    /** The user's own kinds, one folder per kind id; not scanned for data files. */
    @Parameter(property = "docgen.kindsDirectory", defaultValue = "${project.basedir}/src/docgen/kinds")
    protected File kindsDirectory;

    /** Where generate wrote the documents (its outputDirectory); the page lists and links those it finds there. */
    @Parameter(property = "docgen.outputDirectory", defaultValue = "${project.build.directory}/docgen")
    protected File documentsDirectory;

    /** Copy the documents into the site (under docgen/), so that the page links them wherever the site is published. */
    @Parameter(property = "docgen.report.copyDocuments", defaultValue = "true")
    protected boolean copyDocuments;

    /** Skips the report. */
    @Parameter(property = "docgen.skip", defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Override
    public String getOutputName() {
        return PAGE;
    }

    @Override
    public String getName(Locale locale) {
        return "Documents";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The report data files of this project, their kinds and documents, and what the docgen checks found in them.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && sourceDirectory.isDirectory();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        CheckResult result = check();
        Map<String, SiteReportPage.DataFileDocuments> documents;
        try {
            documents = documents();
        } catch (IOException e) {
            throw new MavenReportException("docgen: cannot copy the documents into the site: " + e.getMessage(), e);
        }
        RuleCatalog rules = RuleCatalog.load(kindsDirectory.toPath(), project.getBasedir().toPath());
        new SiteReportPage(getSink(), result, rules, documents).render();
    }

    /** What the checks find now; errors are what the page shows, not a reason to fail the site. */
    private CheckResult check() {
        Path basedir = project.getBasedir().toPath();
        ProjectInfo info = new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(), project.getName(),
                Map.of());
        GenerationRequest request = new GenerationRequest(basedir, sourceDirectory.toPath(), kindsDirectory.toPath(),
                documentsDirectory.toPath(), info, Instant.EPOCH);
        try {
            return new DocumentGenerator(List.of(new SchemaCheck(), new RuleCheck()), DataLimits.DEFAULT, RenderLimits.DEFAULT)
                    .check(request);
        } catch (DocgenException e) {
            return e.check() != null ? e.check() : new CheckResult(0, e.findings());
        }
    }

    /**
     * The documents of each data file as the last generate wrote them (its manifest), copied into
     * the site when so configured; none when generate has not run.
     */
    private Map<String, SiteReportPage.DataFileDocuments> documents() throws IOException {
        Map<String, SiteReportPage.DataFileDocuments> byFile = new HashMap<>();
        Path documentsDir = documentsDirectory.toPath();
        String sources = displayed(sourceDirectory.toPath());
        for (GeneratedDocuments.Entry entry : GeneratedDocuments.read(documentsDir)) {
            Path file = documentsDir.resolve(entry.path());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String href = null;
            if (copyDocuments) {
                Path copy = getReportOutputDirectory().toPath().resolve(PAGE).resolve(entry.path());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                href = PAGE + "/" + entry.path();
            }
            String dataFile = sources.isEmpty() ? entry.source() : sources + "/" + entry.source();
            SiteReportPage.DataFileDocuments before = byFile.getOrDefault(dataFile, SiteReportPage.DataFileDocuments.UNKNOWN);
            List<SiteReportPage.Document> documents = new ArrayList<>(before.documents());
            documents.add(new SiteReportPage.Document(entry.path(), href));
            byFile.put(dataFile, new SiteReportPage.DataFileDocuments(entry.kind(), documents));
        }
        return byFile;
    }

    /** A folder as findings name paths: relative to the project, '/'-separated. */
    private String displayed(Path path) {
        Path relative = project.getBasedir().toPath().toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize());
        return relative.toString().replace(File.separatorChar, '/');
    }
}
