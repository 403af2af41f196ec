package io.github.docgen.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text lines of a PDF's pages with where they lie, as a reader sees them (PDFBox, sorted by position). */
public final class PdfPages {
    private PdfPages() {
    }

    /** One line of text: its characters, its page (1-based), its left and right edge and its baseline, in points from the page's top left. */
    public record Line(int page, String text, float left, float right, float baseline) {
    }

    public static List<Line> lines(PDDocument pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (!positions.isEmpty()) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    lines.add(new Line(getCurrentPageNo(), text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                            first.getYDirAdj()));
                }
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(pdf);
        return lines;
    }

    /** The page's text in reading order. */
    public static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
