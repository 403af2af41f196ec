package io.github.docgen.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.docgen.diagnostic.SourcePosition;

/**
 * A published table as a grid: merged cells (HTML rowspan/colspan, Word gridSpan/vMerge) are found
 * at every grid position they cover, so a number cell is found below its column's headers whatever
 * the merging above it.
 */
final class CellGrid {
    /** Limits a hostile rowspan or colspan to what a report's table can have. */
    static final int MAX_SPAN = 100;

    private final Map<Long, GridCell> cells = new HashMap<>();
    private final SourcePosition at;
    private int rows;
    private int columns;

    CellGrid(SourcePosition at) {
        this.at = at;
    }

    /** Where the table starts in its source. */
    SourcePosition at() {
        return at;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** The cell covering grid position (row, column), or null where a row is short. */
    GridCell cell(int row, int column) {
        return cells.get(key(row, column));
    }

    /** The text at (row, column), "" where there is no cell. */
    String text(int row, int column) {
        GridCell cell = cell(row, column);
        return cell == null ? "" : cell.text();
    }

    /** The distinct cells of a row, left to right. */
    List<GridCell> row(int row) {
        List<GridCell> out = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            GridCell cell = cell(row, c);
            if (cell != null && (out.isEmpty() || out.get(out.size() - 1) != cell)) {
                out.add(cell);
            }
        }
        return out;
    }

    /** Builds a grid row by row, placing cells the way browsers and Word do. */
    static final class Builder {
        private final CellGrid grid;
        private int row = -1;
        private int column;

        Builder(SourcePosition at) {
            grid = new CellGrid(at);
        }

        void startRow() {
            row++;
            column = 0;
            grid.rows = Math.max(grid.rows, row + 1);
        }

        /** Leaves grid columns empty (Word's {@code w:gridBefore}). */
        void skip(int count) {
            column += clamp(count);
        }

        /** Places a cell at the next free position of the row (HTML: positions a rowspan above covers are skipped). */
        void add(String text, SourcePosition at, int rowSpan, int colSpan) {
            while (grid.cells.containsKey(key(row, column))) {
                column++;
            }
            GridCell cell = new GridCell(text, at, row, column, row + clamp(rowSpan) - 1, column + clamp(colSpan) - 1);
            for (int r = row; r <= cell.lastRow(); r++) {
                for (int c = column; c <= cell.lastColumn(); c++) {
                    grid.cells.putIfAbsent(key(r, c), cell);
                }
            }
            column = cell.lastColumn() + 1;
            grid.rows = Math.max(grid.rows, cell.lastRow() + 1);
            grid.columns = Math.max(grid.columns, column);
        }

        /**
         * Continues the cell above over {@code colSpan} columns (Word's {@code w:vMerge} without
         * "restart"); with no cell above it is an empty cell.
         */
        void continueAbove(SourcePosition at, int colSpan) {
            GridCell above = row == 0 ? null : grid.cell(row - 1, column);
            if (above == null) {
                add("", at, 1, colSpan);
                return;
            }
            above.extendTo(row);
            for (int c = column; c < column + clamp(colSpan); c++) {
                grid.cells.putIfAbsent(key(row, c), above);
            }
            column += clamp(colSpan);
            grid.columns = Math.max(grid.columns, column);
        }

        CellGrid build() {
            return grid;
        }

        private static int clamp(int span) {
            return Math.max(1, Math.min(span, MAX_SPAN));
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
