package io.github.docgen.plugin;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.docgen.diagnostic.DocgenException;

/**
 * Prints what the templates of a kind read: per template, every data path with its lines (Word:
 * paragraphs), where each Word directive acts, and the schema paths no template reads. Without
 * {@code -Ddocgen.kind}, every kind the project uses. Writes nothing.
 */
@Mojo(name = "inspect", threadSafe = true, requiresProject = true)
public class InspectMojo extends AbstractDocgenMojo {

    /** The kind to inspect (a built-in one or the project's); empty: every kind the project uses. */
    @Parameter(property = "docgen.kind")
    protected String kind;

    /** {@code text} for people, {@code json} for tools. */
    @Parameter(property = "docgen.inspectFormat", defaultValue = "text")
    protected String inspectFormat;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docgen: skipped (docgen.skip)");
            return;
        }
        if (!inspectFormat.equals("text") && !inspectFormat.equals("json")) {
            throw new MojoExecutionException("docgen.inspectFormat must be text or json, not '" + inspectFormat + "'");
        }
        try {
            String listing = docgen().inspect(kind, inspectFormat.equals("json"));
            for (String line : listing.split("\\R")) {
                getLog().info(line);
            }
        } catch (DocgenException e) {
            throw failure(e);
        }
    }
}
