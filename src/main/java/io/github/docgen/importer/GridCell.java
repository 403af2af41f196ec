package io.github.docgen.importer;

import io.github.docgen.diagnostic.SourcePosition;

/**
 * One cell of a published table, at its top-left grid position; a merged cell covers more grid
 * positions ({@code lastRow}, {@code lastColumn}), each of which {@link CellGrid} maps back to it.
 */
final class GridCell {
    private final String text;
    private final SourcePosition at;
    private final int row;
    private final int column;
    private int lastRow;
    private final int lastColumn;

    GridCell(String text, SourcePosition at, int row, int column, int lastRow, int lastColumn) {
        this.text = text;
        this.at = at;
        this.row = row;
        this.column = column;
        this.lastRow = lastRow;
        this.lastColumn = lastColumn;
    }

    String text() {
        return text;
    }

    SourcePosition at() {
        return at;
    }

    int row() {
        return row;
    }

    int column() {
        return column;
    }

    int lastRow() {
        return lastRow;
    }

    int lastColumn() {
        return lastColumn;
    }

    /** A Word cell merged down ({@code w:vMerge}) reaches one more row. */
    void extendTo(int row) {
        lastRow = Math.max(lastRow, row);
    }
}
