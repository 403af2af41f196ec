package io.github.docgen.wordml;

import static io.github.docgen.wordml.Wml.paragraph;
import static io.github.docgen.wordml.Wml.run;
import static io.github.docgen.wordml.Xml.el;

import java.util.List;

/**
 * The plain A4 document both release-notes templates are (the example's own kind and the built-in
 * kind): 25 mm margins, Calibri, a title, headings, bulleted lists, a grey colophon, and grey
 * paragraphs that hold only a FreeMarker directive.
 */
public final class NotesDocument {
    public static final String FONT = "Calibri";
    public static final String DIRECTIVE = "TemplateDirective";
    public static final String BULLET = "ListBullet";
    public static final int MARGIN = 1418; // 25 mm
    public static final int PAGE_WIDTH = 11906;

    private NotesDocument() {
    }

    /** The package: {@code styles}, a one-level bullet list, settings, and the body on an A4 page. */
    public static byte[] toBytes(String title, List<Xml> body, StyleSheet styles) {
        DocxPackage docx = new DocxPackage(title);
        docx.wordPart("styles", "styles.xml", styles.xml());
        docx.wordPart("numbering", "numbering.xml", numberingXml());
        docx.wordPart("settings", "settings.xml", Wml.root("w:settings").add(el("w:defaultTabStop", "w:val", 720)).document());
        Xml section = el("w:sectPr").add(
                el("w:pgSz", "w:w", PAGE_WIDTH, "w:h", 16838),
                el("w:pgMar", "w:top", MARGIN, "w:right", MARGIN, "w:bottom", MARGIN, "w:left", MARGIN,
                        "w:header", 709, "w:footer", 709, "w:gutter", 0));
        return docx.toBytes(Wml.root("w:document").add(el("w:body").add(body).add(section)).document());
    }

    /** A paragraph holding only a directive: it vanishes from the output. */
    public static Xml directive(String text) {
        return paragraph(DIRECTIVE, run(text));
    }

    /** Normal, Title, Subtitle, heading 1, List Bullet, Colophon and the directive style; add more, then Word's defaults. */
    public static StyleSheet styles() {
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
                        Wml.runProperties(null, "Consolas", false, "808080", 18));
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
