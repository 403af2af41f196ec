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
 * Starts next year's annual report from last year's data file: same kind and agency, the year after,
 * {@code previous:} pointing back, what carries over filled in, every other number 0 and the text
 * sections empty under last year's text quoted as a guide. The new file checks clean.
 */
@Mojo(name = "next", threadSafe = true)
public class NextMojo extends AbstractDocgenMojo {

    /** Last year's data file. */
    @Parameter(property = "docgen.from", required = true)
    protected File from;

    /** Next year's data file; default: {@code from} with its year replaced wherever it appears in its path. */
    @Parameter(property = "docgen.to")
    protected File to;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docgen: skipped (docgen.skip)");
            return;
        }
        Docgen docgen = docgenBuilder().buildMemo(null).writeReports(false).build();
        WrittenDataFile written;
        try {
            written = docgen.startNextYear(from.toPath(), to == null ? null : to.toPath());
        } catch (DocgenException e) {
            e.findings().forEach(f -> getLog().error(f.toString()));
            throw new MojoFailureException("docgen: " + e.findings().size() + " error(s), listed above; no data file was written");
        }
        getLog().info("docgen: started " + written.target() + " from " + written.source());
        long problems = WrittenFilesCheck.run(docgen, List.of(written), getLog());
        getLog().info("docgen: the checks find " + problems + " problem(s) in it");
    }
}
