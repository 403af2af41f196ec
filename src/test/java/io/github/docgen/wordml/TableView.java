package io.github.docgen.wordml;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.finders.ClassFinder;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * A Word table as a reader checks it: rows of cells, each with its text, how many grid columns
 * it spans and whether it starts or continues a vertical merge. Read through docx4j's object
 * model, so what the tests see is what Word sees.
 */
public record TableView(List<List<CellView>> rows) {

    /** One cell: {@code text ×span} plus {@code ↓} when a vertical merge starts, {@code ↑} when it continues. */
    public record CellView(String text, int span, String merge) {
        @Override
        public String toString() {
            return text + (span > 1 ? "×" + span : "") + merge;
        }
    }

    public static TableView of(Tbl table) {
        List<List<CellView>> rows = new ArrayList<>();
        for (Object rowContent : table.getContent()) {
            if (XmlUtils.unwrap(rowContent) instanceof Tr row) {
                List<CellView> cells = new ArrayList<>();
                for (Object cellContent : row.getContent()) {
                    if (XmlUtils.unwrap(cellContent) instanceof Tc cell) {
                        cells.add(cellView(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return new TableView(rows);
    }

    /** Every table in a part's content (the document body), in document order. */
    public static List<TableView> all(Object content) {
        ClassFinder finder = new ClassFinder(Tbl.class);
        new TraversalUtil(content, finder);
        return finder.results.stream().map(t -> of((Tbl) t)).toList();
    }

    /** A row written the way the tests spell them: cells joined by " | ". */
    public String row(int index) {
        return rows.get(index).stream().map(CellView::toString).collect(Collectors.joining(" | "));
    }

    public List<String> texts(int rowIndex) {
        return rows.get(rowIndex).stream().map(CellView::text).toList();
    }

    private static CellView cellView(Tc cell) {
        ClassFinder texts = new ClassFinder(Text.class);
        new TraversalUtil(cell.getContent(), texts);
        String text = texts.results.stream().map(t -> ((Text) t).getValue()).collect(Collectors.joining());
        TcPr tcPr = cell.getTcPr();
        int span = tcPr != null && tcPr.getGridSpan() != null ? tcPr.getGridSpan().getVal().intValue() : 1;
        String merge = "";
        if (tcPr != null && tcPr.getVMerge() != null) {
            merge = "restart".equals(tcPr.getVMerge().getVal()) ? "↓" : "↑";
        }
        return new CellView(text, span, merge);
    }
}
