package io.github.docgen.wordml;

import static io.github.docgen.wordml.Xml.el;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Word table drawn on a fixed grid of columns, with merged cells the way Word stores them:
 * {@code gridSpan} for a cell across columns, {@code vMerge} restart/continue for a cell down
 * rows (Word has no rowspan; the covered rows keep an empty continuing cell).
 */
public final class WordTable {
    public enum Merge { NONE, RESTART, CONTINUE }

    public record Cell(String text, String style, int span, Merge merge) {
        public static Cell of(String text, String style) {
            return new Cell(text, style, 1, Merge.NONE);
        }

        public Cell across(int columns) {
            return new Cell(text, style, columns, merge);
        }

        /** The first cell of a vertical merge: it holds the text. */
        public Cell down() {
            return new Cell(text, style, span, Merge.RESTART);
        }

        /** The cell a vertical merge covers in a following row: same columns, no text. */
        public Cell covered() {
            return new Cell("", style, span, Merge.CONTINUE);
        }
    }

    private record Row(boolean header, List<Cell> cells) {
    }

    private final int[] columnTwips;
    private final List<Row> rows = new ArrayList<>();
    private boolean onOnePage;

    public WordTable(int... columnTwips) {
        this.columnTwips = columnTwips.clone();
    }

    /** Splits a width into equal columns; the twips that do not divide go to the first ones. */
    public static int[] equalColumns(int totalTwips, int count) {
        int[] widths = new int[count];
        Arrays.fill(widths, totalTwips / count);
        for (int i = 0; i < totalTwips % count; i++) {
            widths[i]++;
        }
        return widths;
    }

    /** A header row: Word repeats it on every page the table continues on. */
    public WordTable headerRow(Cell... cells) {
        return add(true, cells);
    }

    public WordTable row(Cell... cells) {
        return add(false, cells);
    }

    private WordTable add(boolean header, Cell... cells) {
        int columns = Arrays.stream(cells).mapToInt(Cell::span).sum();
        if (columns != columnTwips.length) {
            throw new IllegalArgumentException("row covers " + columns + " of " + columnTwips.length + " columns");
        }
        rows.add(new Row(header, List.of(cells)));
        return this;
    }

    /**
     * Keeps the table on one page when it fits one: every row but the last is kept with the next,
     * which is how Word keeps a table together (a table taller than a page still breaks).
     */
    public WordTable onOnePage() {
        onOnePage = true;
        return this;
    }

    public Xml toXml(String tableStyle) {
        int width = Arrays.stream(columnTwips).sum();
        Xml grid = el("w:tblGrid");
        for (int column : columnTwips) {
            grid.add(el("w:gridCol", "w:w", column));
        }
        Xml table = el("w:tbl").add(
                el("w:tblPr").add(
                        el("w:tblStyle", "w:val", tableStyle),
                        el("w:tblW", "w:w", width, "w:type", "dxa"),
                        el("w:jc", "w:val", "center"),
                        // Fixed layout: Word keeps the official column widths instead of fitting them to the text.
                        el("w:tblLayout", "w:type", "fixed"),
                        el("w:tblLook", "w:val", "0000", "w:firstRow", 0, "w:lastRow", 0, "w:firstColumn", 0,
                                "w:lastColumn", 0, "w:noHBand", 1, "w:noVBand", 1)),
                grid);
        for (int i = 0; i < rows.size(); i++) {
            table.add(rowXml(rows.get(i), onOnePage && i < rows.size() - 1));
        }
        return table;
    }

    private Xml rowXml(Row row, boolean keepWithNext) {
        // A row never breaks across pages: a number must stay beside its label.
        Xml trPr = el("w:trPr").add(el("w:cantSplit"));
        if (row.header()) {
            trPr.add(el("w:tblHeader"));
        }
        Xml tr = el("w:tr").add(trPr);
        int column = 0;
        for (Cell cell : row.cells()) {
            tr.add(cellXml(cell, column, keepWithNext));
            column += cell.span();
        }
        return tr;
    }

    private Xml cellXml(Cell cell, int firstColumn, boolean keepWithNext) {
        int width = Arrays.stream(columnTwips, firstColumn, firstColumn + cell.span()).sum();
        Xml tcPr = el("w:tcPr").add(el("w:tcW", "w:w", width, "w:type", "dxa"));
        if (cell.span() > 1) {
            tcPr.add(el("w:gridSpan", "w:val", cell.span()));
        }
        if (cell.merge() == Merge.RESTART) {
            tcPr.add(el("w:vMerge", "w:val", "restart"));
        } else if (cell.merge() == Merge.CONTINUE) {
            tcPr.add(el("w:vMerge"));
        }
        tcPr.add(el("w:vAlign", "w:val", "center"));
        Xml pPr = el("w:pPr").add(el("w:pStyle", "w:val", cell.style()), keepWithNext ? el("w:keepNext") : null);
        Xml paragraph = el("w:p").add(pPr, cell.text().isEmpty() ? null : Wml.run(cell.text()));
        return el("w:tc").add(tcPr, paragraph);
    }
}
