package io.github.docgen.plugin;

import java.io.File;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.engine.Docgen;
import io.github.docgen.engine.WrittenDataFile;

/**
 * Imports published annual reports (政府信息公开工作年度报告 as HTML pages or .docx files) into data
 * files of the built-in kinds, then checks what it wrote and prints the findings as warnings: a
 * published mistake is imported as published, and {@code docgen:check} then fails on it.
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractDocgenMojo {

    /** A published report (.htm, .html, .docx), or a folder whose reports are all imported. */
    @Parameter(property = "docgen.from", required = true)
    protected File from;

    /**
     * For one report, the data file to write (default {@code src/docgen/<year>/<name>.yaml}); for a
     * folder, the folder that receives {@code <year>/<name>.yaml} (default the source directory).
     */
    @Parameter(property = "docgen.to")
    protected File to;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docgen: skipped (docgen.skip)");
            return;
        }
        // No check report and nothing kept for later goals: they check the new files themselves.
        Docgen docgen = docgenBuilder().buildMemo(null).writeReports(false).build();
        List<WrittenDataFile> written;
        try {
            written = docgen.importReports(from.toPath(), to == null ? null : to.toPath());
        } catch (DocgenException e) {
            e.findings().forEach(f -> getLog().error(f.toString()));
            throw new MojoFailureException("docgen: " + e.findings().size() + " error(s), listed above; no data file was written");
        }
        for (WrittenDataFile w : written) {
            w.findings().forEach(f -> getLog().warn(f.toString()));
            getLog().info("docgen: imported " + w.source() + " into " + w.target());
        }
        long problems = WrittenFilesCheck.run(docgen, written, getLog());
        getLog().info("docgen: " + written.size() + " report(s) imported; the checks find " + problems + " problem(s) in them"
                + (problems == 0 ? "" : " (listed above as warnings; mvn docgen:check fails on the errors among them)"));
    }
}
