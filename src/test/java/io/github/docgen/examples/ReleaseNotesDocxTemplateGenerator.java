package io.github.docgen.examples;

import static io.github.docgen.wordml.Wml.paragraph;
import static io.github.docgen.wordml.Wml.run;
import static io.github.docgen.wordml.Xml.el;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.docgen.wordml.DocxPackage;
import io.github.docgen.wordml.StyleSheet;
import io.github.docgen.wordml.Wml;
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

    private static final String FONT = "Calibri";
    private static final String DIRECTIVE = "TemplateDirective";
    private static final String BULLET = "ListBullet";
    private static final int MARGIN = 1418; // 25 mm

    private ReleaseNotesDocxTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : TEMPLATE;
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, generate());
        System.out.println("wrote " + target);
    }

    static byte[] generate() {
        DocxPackage docx = new DocxPackage("Release notes");
        docx.wordPart("styles", "styles.xml", stylesXml());
        docx.wordPart("numbering", "numbering.xml", numberingXml());
        docx.wordPart("settings", "settings.xml", Wml.root("w:settings").add(el("w:defaultTabStop", "w:val", 720)).document());
        Xml section = el("w:sectPr").add(
                el("w:pgSz", "w:w", 11906, "w:h", 16838),
                el("w:pgMar", "w:top", MARGIN, "w:right", MARGIN, "w:bottom", MARGIN, "w:left", MARGIN,
                        "w:header", 709, "w:footer", 709, "w:gutter", 0));
        return docx.toBytes(Wml.root("w:document").add(el("w:body").add(content()).add(section)).document());
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

    private static Xml directive(String text) {
        return paragraph(DIRECTIVE, run(text));
    }

    private static String stylesXml() {
        Xml defaults = el("w:rPr").add(Wml.fonts(FONT), el("w:sz", "w:val", 22), el("w:szCs", "w:val", 22),
                el("w:lang", "w:val", "en-GB"));
        return new StyleSheet(defaults, el("w:pPr").add(Wml.spacing(0, 120, 276, "auto")))
                .paragraph("Normal", "Normal", null, null, el("w:pPr"), Wml.runProperties(null, FONT, false, null, 22))
                .paragraph("Title", "Title", "Normal", "Normal", el("w:pPr").add(Wml.spacing(0, 60, 240, "auto")),
                        Wml.runProperties(null, FONT, true, "1F3864", 48))
                .paragraph("Subtitle", "Subtitle", "Normal", "Normal", el("w:pPr").add(Wml.spacing(0, 240, 240, "auto")),
                        Wml.runProperties(null, FONT, false, "595959", 26))
                .paragraph("Heading1", "heading 1", "Normal", "Normal",
                        el("w:pPr").add(el("w:keepNext"), Wml.spacing(240, 80, 240, "auto"), el("w:outlineLvl", "w:val", 0)),
                        Wml.runProperties(null, FONT, true, "1F3864", 28))
                .paragraph(BULLET, "List Bullet", "Normal", null,
                        el("w:pPr").add(el("w:numPr").add(el("w:ilvl", "w:val", 0), el("w:numId", "w:val", 1)),
                                Wml.spacing(0, 60, 276, "auto"), el("w:ind", "w:left", 360, "w:hanging", 360)),
                        el("w:rPr"))
                .paragraph("Colophon", "Colophon", "Normal", null, el("w:pPr").add(Wml.spacing(480, 0, 240, "auto")),
                        Wml.runProperties(null, FONT, false, "808080", 16))
                // Paragraphs holding only a directive vanish from the output: grey, they read as notes.
                .paragraph(DIRECTIVE, "Template directive", "Normal", null, el("w:pPr"),
                        Wml.runProperties(null, "Consolas", false, "808080", 18))
                .wordDefaults()
                .xml();
    }

    private static String numberingXml() {
        Xml level = el("w:lvl", "w:ilvl", 0).add(
                el("w:start", "w:val", 1),
                el("w:numFmt", "w:val", "bullet"),
                el("w:lvlText", "w:val", "•"),
                el("w:lvlJc", "w:val", "left"),
                el("w:pPr").add(el("w:ind", "w:left", 360, "w:hanging", 360)));
        return Wml.root("w:numbering").add(
                el("w:abstractNum", "w:abstractNumId", 0).add(el("w:multiLevelType", "w:val", "singleLevel"), level),
                el("w:num", "w:numId", 1).add(el("w:abstractNumId", "w:val", 0))).document();
    }
}
