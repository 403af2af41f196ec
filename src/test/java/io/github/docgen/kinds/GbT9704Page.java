package io.github.docgen.kinds;

import static io.github.docgen.wordml.Xml.el;

import io.github.docgen.wordml.Xml;

/**
 * The page of GB/T 9704-2012《党政机关公文格式》 in Word's units (twips, 1/20 pt; 1 mm = 56.7):
 * A4, the 156 × 225 mm type area, 22 lines of 28 characters, page numbers 7 mm below.
 */
final class GbT9704Page {
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 2098;     // 37 mm 天头
    static final int MARGIN_LEFT = 1588;    // 28 mm 订口
    static final int MARGIN_BOTTOM = 1984;  // 35 mm
    static final int MARGIN_RIGHT = 1474;   // 26 mm
    static final int HEADER_DISTANCE = 851; // 15 mm, Word's usual; the document has no header
    static final int TYPE_AREA_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;   // 8844 = 156 mm
    static final int TYPE_AREA_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM; // 12756 = 225 mm
    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;
    static final int BODY_HALF_POINTS = 32;          // 3号
    static final int PAGE_NUMBER_HALF_POINTS = 28;   // 4号
    /** The page number line is set exactly one 4号 character high, so its position is known. */
    static final int PAGE_NUMBER_LINE = PAGE_NUMBER_HALF_POINTS * 10;
    static final int PAGE_NUMBER_GAP = 397;          // 7 mm between the type area and the page number

    private GbT9704Page() {
    }

    /** 579: rounded down, since 580 twips a line would push the 22nd line off the type area. */
    static int linePitch() {
        return TYPE_AREA_HEIGHT / LINES_PER_PAGE;
    }

    /**
     * How much every character is condensed, in twentieths of a point ({@code w:spacing}): 28
     * characters of 16 pt are 448 pt, 5.8 pt more than 156 mm, so each must be drawn at most
     * 15.79 pt apart. -5 (15.75 pt) is the least whole twentieth that fits 28. The grid itself is a
     * line grid only: on a {@code linesAndChars} grid LibreOffice gives each 16 pt character two
     * cells of 15.79 pt and spreads the line to 14 characters; condensed characters on a line grid
     * are laid out alike by Word, WPS and LibreOffice.
     */
    static int condensedTwentieths() {
        double pitchPoints = TYPE_AREA_WIDTH / 20.0 / CHARS_PER_LINE;
        return (int) Math.floor((pitchPoints - BODY_HALF_POINTS / 2.0) * 20);
    }

    /**
     * GB/T 9704 puts the top of the page number line 7 mm below the type area. Word measures the
     * footer from the page edge up to the footer's bottom, so: bottom margin − 7 mm − the line.
     */
    static int footerDistance() {
        return MARGIN_BOTTOM - PAGE_NUMBER_GAP - PAGE_NUMBER_LINE;
    }

    /** The section: odd-page footer as the default one, the even-page footer beside it. */
    static Xml sectionProperties(String oddFooterId, String evenFooterId) {
        return el("w:sectPr").add(
                el("w:footerReference", "w:type", "default", "r:id", oddFooterId),
                el("w:footerReference", "w:type", "even", "r:id", evenFooterId),
                el("w:pgSz", "w:w", PAGE_WIDTH, "w:h", PAGE_HEIGHT),
                el("w:pgMar", "w:top", MARGIN_TOP, "w:right", MARGIN_RIGHT, "w:bottom", MARGIN_BOTTOM, "w:left", MARGIN_LEFT,
                        "w:header", HEADER_DISTANCE, "w:footer", footerDistance(), "w:gutter", 0),
                el("w:cols", "w:space", 425),
                el("w:docGrid", "w:type", "lines", "w:linePitch", linePitch()));
    }
}
