package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of a sample data file in which every table cell holds a different number, so that a
 * swapped placeholder cannot hide behind a zero: the k-th table row of the data (a line
 * {@code received: [1, 0, 0, 0, 0, 0, 1]} or {@code rules: {created: 0, published: 0, total: 0}})
 * gets k01, k02, … in its cells, e.g. 101 … 107 for the first.
 */
final class DistinctNumbers {
    private static final Pattern ROW = Pattern.compile("(?m)^(\\s+\\w+:\\s+)([\\[{][^\\]}\\n]*[\\]}])");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    private DistinctNumbers() {
    }

    /** The copy; {@code rows} is how many table rows the data must have, so a changed sample is noticed. */
    static String numberEveryCell(String yaml, int rows) {
        Matcher row = ROW.matcher(yaml);
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (row.find()) {
            k++;
            Matcher number = NUMBER.matcher(row.group(2));
            StringBuilder cells = new StringBuilder();
            int c = 0;
            while (number.find()) {
                c++;
                number.appendReplacement(cells, String.valueOf(k * 100 + c));
            }
            number.appendTail(cells);
            row.appendReplacement(out, Matcher.quoteReplacement(row.group(1) + cells));
        }
        row.appendTail(out);
        assertEquals(rows, k, "table rows in the sample");
        return out.toString();
    }

    /** What the numbered copy holds in table 三, row by row, left to right (seven columns). */
    static List<String> tableThree(GovInfoAnnualFormat format) {
        return cells(format.tableTwoRows() + 1, format.tableThreeRows(), 7);
    }

    /** What the numbered copy holds in table 四, row by row, left to right (three rows, five columns). */
    static List<String> tableFour(GovInfoAnnualFormat format) {
        return cells(format.tableTwoRows() + format.tableThreeRows() + 1, 3, 5);
    }

    private static List<String> cells(int firstRow, int rows, int columns) {
        List<String> cells = new ArrayList<>();
        for (int k = firstRow; k < firstRow + rows; k++) {
            for (int c = 1; c <= columns; c++) {
                cells.add(String.valueOf(k * 100 + c));
            }
        }
        return cells;
    }
}
