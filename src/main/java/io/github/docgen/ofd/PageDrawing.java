package io.github.docgen.ofd;

import java.util.List;

/**
 * What one PDF page draws, in OFD units (millimetres, origin at the top left of the page), in the
 * order it is drawn.
 *
 * @param width   the page's width
 * @param height  the page's height
 * @param objects text runs and paths, in drawing order
 */
record PageDrawing(double width, double height, List<Drawn> objects) {

    /** Something drawn: a run of glyphs or a path. */
    sealed interface Drawn permits GlyphRun, Shape {
    }

    /**
     * Glyphs of one font, size and colour on one baseline, left to right.
     *
     * @param font     the PDF's name of the font ({@code ABCDEF+Name})
     * @param size     the em size
     * @param rgb      the fill colour
     * @param baseline the baseline's distance from the top of the page
     * @param glyphs   the glyphs, each with its text
     */
    record GlyphRun(String font, double size, int rgb, double baseline, List<Glyph> glyphs) implements Drawn {
        double left() {
            return glyphs.get(0).x();
        }

        double right() {
            Glyph last = glyphs.get(glyphs.size() - 1);
            return last.x() + last.advance();
        }
    }

    /** One glyph: where its origin is, how far it advances, and the text it stands for (usually one character). */
    record Glyph(double x, double advance, String text) {
    }

    /**
     * A stroked or filled path.
     *
     * @param commands   the path as OFD abbreviated data, absolute page coordinates
     * @param stroke     whether its outline is drawn
     * @param fill       whether it is filled
     * @param evenOdd    the fill rule: even-odd, else non-zero
     * @param lineWidth  the stroke's width
     * @param strokeRgb  the stroke's colour
     * @param fillRgb    the fill's colour
     * @param minX       its bounds ...
     */
    record Shape(List<PathCommand> commands, boolean stroke, boolean fill, boolean evenOdd, double lineWidth, int strokeRgb,
                 int fillRgb, double minX, double minY, double maxX, double maxY) implements Drawn {
    }

    /** One command of a path: {@code M}, {@code L}, {@code B} (cubic Bézier) or {@code C} (close), with its points. */
    record PathCommand(char operator, double... points) {
    }
}
