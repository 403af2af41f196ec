package io.github.docgen.examples;

import static io.github.docgen.wordml.NotesDocument.BULLET;
import static io.github.docgen.wordml.NotesDocument.directive;
import static io.github.docgen.wordml.Wml.paragraph;
import static io.github.docgen.wordml.Wml.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.docgen.wordml.NotesDocument;
import io.github.docgen.wordml.Xml;

/**
 * Writes the Word template of the release-notes example, a user kind in
 * {@code examples/release-notes/src/docgen/kinds/release-notes/notes.docx}: the section of
 * {@code changes.yaml} whose version is the project's, as a title and bulleted lists.
 *
 * <pre>mvn -q test-compile &amp;&amp; java -cp target/test-classes io.github.docgen.examples.ReleaseNotesDocxTemplateGenerator</pre>
 */
public final class ReleaseNotesDocxTemplateGenerator {
    static final Path TEMPLATE = Path.of("examples/release-notes/src/docgen/kinds/release-notes/notes.docx");

    private ReleaseNotesDocxTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : TEMPLATE;
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, generate());
        System.out.println("wrote " + target);
    }

    static byte[] generate() {
        return NotesDocument.toBytes("Release notes", content(), NotesDocument.styles().wordDefaults());
    }

    /**
     * A SNAPSHOT build shows the notes of the version it is heading for; a version that
     * changes.yaml does not list says so in the document instead of failing the build.
     */
    private static List<Xml> content() {
        List<Xml> content = new ArrayList<>();
        content.add(directive("[#assign current = project.version?remove_ending(\"-SNAPSHOT\")]"));
        content.add(directive("[#assign matching = versions?filter(v -> v.version == current)]"));
        content.add(paragraph("Title", run("${project.name} ${current}")));
        content.add(directive("[#if matching?has_content]"));
        content.add(directive("[#assign release = matching?first]"));
        content.add(paragraph("Subtitle", run("Release notes[#if release.date??], ${release.date}[/#if]")));
        content.addAll(changeList("added", "Added"));
        content.addAll(changeList("changed", "Changed"));
        content.addAll(changeList("fixed", "Fixed"));
        content.add(directive("[#else]"));
        content.add(paragraph("Normal", run("No changes are recorded for version ${current} in src/docgen/changes.yaml.")));
        content.add(directive("[/#if]"));
        content.add(paragraph("Colophon", run("${project.groupId}:${project.artifactId}:${project.version}, built ${doc.buildTime}")));
        return content;
    }

    /** A heading and one bullet per item, both left out when the version has no such changes. */
    private static List<Xml> changeList(String key, String heading) {
        return List.of(
                directive("[#if release." + key + "?has_content]"),
                paragraph("Heading1", run(heading)),
                directive("[#list release." + key + " as change]"),
                paragraph(BULLET, run("${change}")),
                directive("[/#list]"),
                directive("[/#if]"));
    }
}
