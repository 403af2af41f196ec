package io.github.docgen.kinds;

import static io.github.docgen.wordml.NotesDocument.BULLET;
import static io.github.docgen.wordml.NotesDocument.directive;
import static io.github.docgen.wordml.Wml.paragraph;
import static io.github.docgen.wordml.Wml.run;
import static io.github.docgen.wordml.Xml.el;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.docgen.wordml.NotesDocument;
import io.github.docgen.wordml.StyleSheet;
import io.github.docgen.wordml.WordTable;
import io.github.docgen.wordml.WordTable.Cell;
import io.github.docgen.wordml.Wml;
import io.github.docgen.wordml.Xml;

/**
 * Writes the Word template of the built-in {@code release-notes} kind,
 * {@code templates/release-notes/notes.docx}: the same document as {@code notes.ftlh} — heading,
 * the commits since the last release tag grouped as Conventional Commits, the tests, and
 * optionally the dependencies — with FreeMarker typed into its paragraphs and table rows.
 *
 * <pre>mvn -q test-compile &amp;&amp; java -cp target/test-classes io.github.docgen.kinds.ReleaseNotesKindDocxTemplateGenerator</pre>
 */
public final class ReleaseNotesKindDocxTemplateGenerator {
    static final Path TEMPLATE = Path.of("templates/release-notes/notes.docx");

    private static final String NOTE = "Note";
    private static final String HASH = "CommitHash";
    private static final String TABLE_TEXT = "TableText";
    private static final String TABLE_HEADING = "TableHeading";
    private static final String TABLE_GRID = "TableGrid";
    private static final int TEXT_WIDTH = NotesDocument.PAGE_WIDTH - 2 * NotesDocument.MARGIN;

    private ReleaseNotesKindDocxTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : TEMPLATE;
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, generate());
        System.out.println("wrote " + target);
    }

    static byte[] generate() {
        return NotesDocument.toBytes("Release notes", content(), styles());
    }

    /** The order and wording of notes.ftlh, so both formats say the same. */
    private static List<Xml> content() {
        List<Xml> content = new ArrayList<>();
        content.add(directive("[#assign releaseVersion = (version!project.version)?string?remove_ending(\"-SNAPSHOT\")]"));
        content.add(directive("[#assign releaseDate = (date!(git.date!doc.buildTime!\"\")?keep_before(\"T\"))?string]"));
        content.add(directive("[#assign heading = title!(project.name + \" \" + releaseVersion)]"));
        content.add(paragraph("Title", run("${heading}")));
        content.add(paragraph("Subtitle", run("Release notes[#if releaseDate?has_content], ${releaseDate}[/#if][#if doc.draft] DRAFT[/#if]")));
        content.add(directive("[#if intro??]"));
        content.add(paragraph("Normal", run("${intro}")));
        content.add(directive("[/#if]"));
        content.add(directive("[#if highlights?has_content]"));
        content.add(paragraph("Heading1", run("Highlights")));
        content.add(directive("[#list highlights as highlight]"));
        content.add(paragraph(BULLET, run("${highlight}")));
        content.add(directive("[/#list]"));
        content.add(directive("[/#if]"));
        content.add(paragraph("Normal", run("[#if git.previousTag??]Changes since ${git.previousTag}[#if git.tag??] up to ${git.tag}[/#if]: "
                + "${git.commits?size} commit(s).[#elseif git.available]All ${git.commits?size} commit(s): no earlier release tag was found."
                + "[#else]No Git history was available.[/#if]")));
        content.addAll(changes("breaking", "Breaking changes"));
        content.addAll(changes("features", "Features"));
        content.addAll(changes("fixes", "Fixes"));
        content.addAll(changes("other", "Other changes"));
        content.add(paragraph("Heading1", run("Tests")));
        content.add(directive("[#if tests.found]"));
        content.add(paragraph("Normal", run("${tests.tests} tests run: ${tests.passed} passed, ${tests.failures} failed, "
                + "${tests.errors} with errors, ${tests.skipped} skipped.")));
        content.add(suites());
        content.add(directive("[#else]"));
        content.add(paragraph("Normal", run("No test reports were found for this build.")));
        content.add(directive("[/#if]"));
        content.add(directive("[#if showDependencies!false]"));
        content.add(paragraph("Heading1", run("Dependencies")));
        content.add(dependencies());
        content.add(directive("[/#if]"));
        content.add(paragraph("Colophon", run("${project.groupId}:${project.artifactId}:${project.version}"
                + "[#if git.shortCommit??], commit ${git.shortCommit}[/#if], built ${doc.buildTime!\"\"}")));
        return content;
    }

    /** A heading and one bullet per commit, both left out when the group is empty; other changes keep their whole subject. */
    private static List<Xml> changes(String group, String heading) {
        return List.of(
                directive("[#if git." + group + "?has_content]"),
                paragraph("Heading1", run(heading)),
                directive("[#list git." + group + " as c]"),
                paragraph(BULLET, run(group.equals("other") ? "${c.subject} " : "[#if c.scope??]${c.scope}: [/#if]${c.description} "),
                        run(HASH, "${c.shortHash}")),
                directive("[#if c.breakingChange??]"),
                paragraph(NOTE, run("${c.breakingChange}")),
                directive("[/#if]"),
                directive("[/#list]"),
                directive("[/#if]"));
    }

    private static Xml suites() {
        int number = 1100;
        WordTable table = new WordTable(TEXT_WIDTH - 4 * number, number, number, number, number)
                .headerRow(heading("Test suite"), heading("Tests"), heading("Failed"), heading("Errors"), heading("Skipped"))
                .row(text("[#list tests.suites as s]${s.name}"), text("${s.tests}"), text("${s.failures}"), text("${s.errors}"),
                        text("${s.skipped}[/#list]"));
        return table.toXml(TABLE_GRID);
    }

    private static Xml dependencies() {
        WordTable table = new WordTable(3800, 1500, 1000, TEXT_WIDTH - 6300)
                .headerRow(heading("Dependency"), heading("Version"), heading("Scope"), heading("Licence"))
                .row(text("[#list dependencies.list as d]${d.groupId}:${d.artifactId}[#if d.classifier?has_content]:${d.classifier}[/#if]"),
                        text("${d.version}"), text("${d.scope}"), text("[#list d.licenses as l]${l.name}[#sep]; [/#list][/#list]"));
        return table.toXml(TABLE_GRID);
    }

    private static Cell heading(String text) {
        return Cell.of(text, TABLE_HEADING);
    }

    private static Cell text(String text) {
        return Cell.of(text, TABLE_TEXT);
    }

    /** The notes' styles, and those of the commit hash, the breaking-change note and the tables. */
    private static StyleSheet styles() {
        return NotesDocument.styles()
                .paragraph(NOTE, "Breaking change note", "Normal", null,
                        el("w:pPr").add(Wml.spacing(0, 60, 276, "auto"), el("w:ind", "w:left", 360)),
                        Wml.runProperties(null, NotesDocument.FONT, false, "595959", 20))
                .paragraph(TABLE_TEXT, "Table text", "Normal", null, el("w:pPr").add(Wml.spacing(0, 0, 240, "auto")),
                        Wml.runProperties(null, NotesDocument.FONT, false, null, 20))
                .paragraph(TABLE_HEADING, "Table heading", "Normal", null, el("w:pPr").add(Wml.spacing(0, 0, 240, "auto")),
                        Wml.runProperties(null, NotesDocument.FONT, true, null, 20))
                .character(HASH, "Commit hash", Wml.runProperties(null, "Consolas", false, "808080", 18))
                .wordDefaults()
                .gridTable(TABLE_GRID, "Table Grid", 100);
    }
}
