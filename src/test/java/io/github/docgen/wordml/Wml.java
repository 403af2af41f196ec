package io.github.docgen.wordml;

import static io.github.docgen.wordml.Xml.el;

/**
 * WordprocessingML elements the template generators need, each with its children in the order
 * the schema demands: Word refuses a part whose elements are out of order.
 */
public final class Wml {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Wml() {
    }

    /** A root element of a WordprocessingML part, with the namespaces the parts use. */
    public static Xml root(String name) {
        return el(name, "xmlns:w", W, "xmlns:r", R);
    }

    /**
     * One font for every script. The eastAsia name is what Chinese text is set in; naming it for
     * ASCII too keeps digits and Latin letters in the same face, as official documents print them.
     */
    public static Xml fonts(String font) {
        return el("w:rFonts", "w:ascii", font, "w:eastAsia", font, "w:hAnsi", font, "w:cs", font);
    }

    /** Run properties in schema order: style, font, bold, colour, size, language. Nulls are left out. */
    public static Xml runProperties(String characterStyle, String font, boolean bold, String color, Integer halfPoints) {
        Xml rPr = el("w:rPr");
        if (characterStyle != null) {
            rPr.add(el("w:rStyle", "w:val", characterStyle));
        }
        if (font != null) {
            rPr.add(fonts(font));
        }
        if (bold) {
            rPr.add(el("w:b"), el("w:bCs"));
        }
        if (color != null) {
            rPr.add(el("w:color", "w:val", color));
        }
        if (halfPoints != null) {
            rPr.add(el("w:sz", "w:val", halfPoints), el("w:szCs", "w:val", halfPoints));
        }
        return rPr;
    }

    public static Xml paragraph(String style, Xml... content) {
        return el("w:p").add(el("w:pPr").add(el("w:pStyle", "w:val", style))).add(content);
    }

    /** A run of text in the paragraph's font; spaces kept, since FreeMarker text may begin or end with one. */
    public static Xml run(String text) {
        return el("w:r").add(el("w:t", "xml:space", "preserve").text(text));
    }

    /** A run of text in a character style. */
    public static Xml run(String characterStyle, String text) {
        return el("w:r").add(el("w:rPr").add(el("w:rStyle", "w:val", characterStyle)), el("w:t", "xml:space", "preserve").text(text));
    }

    public static Xml lineBreak() {
        return el("w:r").add(el("w:br"));
    }

    /** Paragraph spacing: {@code line} in 240ths of a line ("auto") or twips ("exact"). */
    public static Xml spacing(int before, int after, int line, String lineRule) {
        return el("w:spacing", "w:before", before, "w:after", after, "w:line", line, "w:lineRule", lineRule);
    }

    /**
     * A field such as {@code PAGE}: begin, instruction, separator, the value Word shows until it
     * updates the field, end. Word writes fields this way; a simple field loses its formatting.
     */
    public static Xml[] field(String instruction, String shownValue) {
        return new Xml[] {
            el("w:r").add(el("w:fldChar", "w:fldCharType", "begin")),
            el("w:r").add(el("w:instrText", "xml:space", "preserve").text(" " + instruction + " ")),
            el("w:r").add(el("w:fldChar", "w:fldCharType", "separate")),
            run(shownValue),
            el("w:r").add(el("w:fldChar", "w:fldCharType", "end")),
        };
    }
}
