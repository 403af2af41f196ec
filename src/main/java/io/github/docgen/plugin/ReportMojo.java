package io.github.docgen.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.Docgen;

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
        Docgen docgen = docgen();
        CheckResult result = check(docgen);
        Map<String, SiteReportPage.DataFileDocuments> documents;
        try {
            documents = documents();
        } catch (IOException e) {
            throw new MavenReportException("docgen: cannot copy the documents into the site: " + e.getMessage(), e);
        }
        new SiteReportPage(getSink(), result, docgen.rules(), documents).render();
    }

    /**
     * The façade, told what Maven knows of the project; the page is the report, so no check report
     * is written. It shares no build memo with generate: maven-site-plugin loads the report in a class
     * realm of its own, so the compiled kinds generate left in the plugin context are other classes here.
     */
    private Docgen docgen() throws MavenReportException {
        Map<String, String> properties = new TreeMap<>();
        project.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        try {
            return Docgen.builder()
                    .projectDirectory(project.getBasedir().toPath())
                    .sourceDirectory(sourceDirectory.toPath())
                    .kindsDirectory(kindsDirectory.toPath())
                    .outputDirectory(documentsDirectory.toPath())
                    .project(project.getGroupId(), project.getArtifactId(), project.getVersion(), project.getName(), properties)
                    .outputTimestamp(outputTimestamp)
                    .toolVersion(plugin.getVersion())
                    .writeReports(false)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** What the checks find now (or found earlier in this build); errors are what the page shows, not a reason to fail the site. */
    private static CheckResult check(Docgen docgen) {
        try {
            return docgen.check().result();
        } catch (DocgenException e) {
            CheckResult checked = e.check() != null ? e.check() : new CheckResult(0, List.of());
            List<Finding> stopping = e.findings().stream().filter(f -> !checked.findings().contains(f)).toList();
            return checked.withFailures(stopping);
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
