package io.github.docgen.plugin;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import io.github.docgen.diagnostic.DocgenException;

/**
 * Checks every data file (syntax, kind, schema.json and rules.yaml of its kind) and writes only the
 * check reports (check-report.json, TEST-docgen-checks.xml, check-report.sarif), never a document.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractDocgenMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docgen: skipped (docgen.skip)");
            return;
        }
        try {
            log(docgen().check());
        } catch (DocgenException e) {
            throw failure(e);
        }
    }
}
