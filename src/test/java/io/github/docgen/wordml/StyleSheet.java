package io.github.docgen.wordml;

import static io.github.docgen.wordml.Xml.el;

/**
 * {@code word/styles.xml}: named styles, so a maintainer who opens the template in Word changes
 * the body font once in 正文 instead of hunting direct formatting through the document.
 * Built-in styles keep their English names (Normal, Title, heading 1): Word shows them under
 * their localised names (正文, 标题, 标题 1) and keeps them in the navigation pane.
 */
public final class StyleSheet {
    private final Xml styles = Wml.root("w:styles");

    public StyleSheet(Xml defaultRunProperties, Xml defaultParagraphProperties) {
        styles.add(el("w:docDefaults").add(
                el("w:rPrDefault").add(defaultRunProperties),
                el("w:pPrDefault").add(defaultParagraphProperties)));
    }

    /** A paragraph style; {@code basedOn} null for the default one, which is then Normal. */
    public StyleSheet paragraph(String id, String name, String basedOn, String next, Xml pPr, Xml rPr) {
        Xml style = el("w:style", "w:type", "paragraph");
        if (basedOn == null) {
            style.attr("w:default", 1);
        }
        style.attr("w:styleId", id).add(el("w:name", "w:val", name));
        if (basedOn != null) {
            style.add(el("w:basedOn", "w:val", basedOn));
        }
        if (next != null) {
            style.add(el("w:next", "w:val", next));
        }
        styles.add(style.add(el("w:qFormat"), pPr, rPr));
        return this;
    }

    public StyleSheet character(String id, String name, Xml rPr) {
        styles.add(el("w:style", "w:type", "character", "w:styleId", id).add(
                el("w:name", "w:val", name), el("w:qFormat"), rPr));
        return this;
    }

    /** Word's own defaults every document has: the default paragraph font and the plain table. */
    public StyleSheet wordDefaults() {
        styles.add(el("w:style", "w:type", "character", "w:default", 1, "w:styleId", "DefaultParagraphFont").add(
                el("w:name", "w:val", "Default Paragraph Font"), el("w:uiPriority", "w:val", 1),
                el("w:semiHidden"), el("w:unhideWhenUsed")));
        styles.add(el("w:style", "w:type", "table", "w:default", 1, "w:styleId", "TableNormal").add(
                el("w:name", "w:val", "Normal Table"), el("w:uiPriority", "w:val", 99),
                el("w:semiHidden"), el("w:unhideWhenUsed"),
                el("w:tblPr").add(
                        el("w:tblInd", "w:w", 0, "w:type", "dxa"),
                        el("w:tblCellMar").add(
                                el("w:top", "w:w", 0, "w:type", "dxa"),
                                el("w:left", "w:w", 108, "w:type", "dxa"),
                                el("w:bottom", "w:w", 0, "w:type", "dxa"),
                                el("w:right", "w:w", 108, "w:type", "dxa")))));
        return this;
    }

    /** A table style with single black rules around every cell, as official forms are printed. */
    public StyleSheet gridTable(String id, String name, int cellMarginTwips) {
        Xml borders = el("w:tblBorders");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            borders.add(el("w:" + side, "w:val", "single", "w:sz", 4, "w:space", 0, "w:color", "000000"));
        }
        styles.add(el("w:style", "w:type", "table", "w:styleId", id).add(
                el("w:name", "w:val", name), el("w:basedOn", "w:val", "TableNormal"), el("w:uiPriority", "w:val", 39),
                el("w:tblPr").add(
                        borders,
                        el("w:tblCellMar").add(
                                el("w:left", "w:w", cellMarginTwips, "w:type", "dxa"),
                                el("w:right", "w:w", cellMarginTwips, "w:type", "dxa")))));
        return this;
    }

    public String xml() {
        return styles.document();
    }
}
