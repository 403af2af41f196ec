package io.github.docgen.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A published report as the tests lay it out before writing it as a page or a Word file: blocks of
 * text and tables whose cells span rows and columns the way the official forms merge them.
 */
final class PublishedShape {
    sealed interface Block permits Text, Table {
    }

    /** A paragraph; {@code role} says how a page styles it (title, heading, body, signature, furniture). */
    record Text(String role, String text) implements Block {
    }

    record Cell(String text, int rowSpan, int colSpan) {
        static Cell of(Object text) {
            return new Cell(String.valueOf(text), 1, 1);
        }
    }

    record Table(List<List<Cell>> rows) implements Block {
    }

    final List<Block> blocks = new ArrayList<>();

    PublishedShape text(String role, String text) {
        blocks.add(new Text(role, text));
        return this;
    }

    PublishedShape table(List<List<Cell>> rows) {
        blocks.add(new Table(rows));
        return this;
    }

    /**
     * The grid positions each cell of a table covers, as Word needs them: per row, the cells that
     * start there and (as null-text continuations) those a cell above reaches down into.
     */
    static List<List<Placed>> placed(Table table) {
        List<List<Placed>> rows = new ArrayList<>();
        List<int[]> open = new ArrayList<>(); // {firstColumn, colSpan, firstRow, lastRow}
        for (int r = 0; r < table.rows().size(); r++) {
            List<Placed> row = new ArrayList<>();
            int column = 0;
            List<Cell> cells = new ArrayList<>(table.rows().get(r));
            while (!cells.isEmpty() || covered(open, r, column) != null) {
                int[] above = covered(open, r, column);
                if (above != null) {
                    row.add(new Placed(null, column, above[1], false));
                    column += above[1];
                    continue;
                }
                Cell cell = cells.remove(0);
                row.add(new Placed(cell, column, cell.colSpan(), cell.rowSpan() > 1));
                if (cell.rowSpan() > 1) {
                    open.add(new int[] {column, cell.colSpan(), r, r + cell.rowSpan() - 1});
                }
                column += cell.colSpan();
            }
            rows.add(row);
        }
        return rows;
    }

    private static int[] covered(List<int[]> open, int row, int column) {
        for (int[] o : open) {
            if (o[0] == column && o[2] < row && row <= o[3]) {
                return o;
            }
        }
        return null;
    }

    /** A cell as Word writes it: {@code cell} null for a continuation of the merged cell above. */
    record Placed(Cell cell, int column, int colSpan, boolean startsMerge) {
    }
}
