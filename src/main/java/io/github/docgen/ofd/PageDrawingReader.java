package io.github.docgen.ofd;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import io.github.docgen.ofd.PageDrawing.Drawn;
import io.github.docgen.ofd.PageDrawing.Glyph;
import io.github.docgen.ofd.PageDrawing.GlyphRun;
import io.github.docgen.ofd.PageDrawing.PathCommand;
import io.github.docgen.ofd.PageDrawing.Shape;

/**
 * Reads what a PDF page draws with PDFBox's graphics engine: each glyph at the origin the PDF puts
 * it, with its Unicode text, and each stroked or filled path, all in millimetres from the top left.
 * Consecutive glyphs of one font, size, colour and baseline, with no wide gap, join one run. Clipping, images and
 * shadings are not read: openhtmltopdf draws the print templates' text, rules and borders without them.
 */
final class PageDrawingReader extends PDFGraphicsStreamEngine {
    static final double MM_PER_POINT = 25.4 / 72;
    private static final double SAME = 1e-3;
    /**
     * A gap wider than this many ems ends a run: table cells and margin boxes on one baseline become
     * text objects of their own, as a reader tells words apart; justified lines stretch far less.
     */
    private static final double GAP = 0.3;

    private final PDRectangle box;
    private final List<Drawn> drawn = new ArrayList<>();
    private final List<PathCommand> path = new ArrayList<>();
    private final List<Point2D> pathPoints = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private GlyphRun run;

    private PageDrawingReader(PDPage page) {
        super(page);
        this.box = page.getMediaBox();
    }

    static PageDrawing read(PDPage page) throws IOException {
        PageDrawingReader reader = new PageDrawingReader(page);
        reader.processPage(page);
        reader.endRun();
        return new PageDrawing(reader.box.getWidth() * MM_PER_POINT, reader.box.getHeight() * MM_PER_POINT, List.copyOf(reader.drawn));
    }

    private double x(double pdfX) {
        return (pdfX - box.getLowerLeftX()) * MM_PER_POINT;
    }

    private double y(double pdfY) {
        return (box.getUpperRightY() - pdfY) * MM_PER_POINT;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        String text = font.toUnicode(code);
        if (text == null || text.isEmpty()) {
            return; // a glyph with no text (none in openhtmltopdf's output with Unicode fonts) cannot be written as OFD text
        }
        double size = trm.getScalingFactorY() * MM_PER_POINT;
        double gx = x(trm.getTranslateX());
        double baseline = y(trm.getTranslateY());
        double advance = displacement.getX() * trm.getScalingFactorX() * MM_PER_POINT;
        int rgb = rgb(getGraphicsState().getNonStrokingColor());
        String name = font.getName();
        if (run == null || !run.font().equals(name) || Math.abs(run.size() - size) > SAME || run.rgb() != rgb
                || Math.abs(run.baseline() - baseline) > SAME || gx < run.right() - size || gx > run.right() + GAP * size) {
            endRun();
            run = new GlyphRun(name, size, rgb, baseline, new ArrayList<>());
        }
        run.glyphs().add(new Glyph(gx, advance, text));
    }

    private void endRun() {
        if (run != null) {
            drawn.add(new GlyphRun(run.font(), run.size(), run.rgb(), run.baseline(), List.copyOf(run.glyphs())));
            run = null;
        }
    }

    private static int rgb(PDColor color) throws IOException {
        if (color == null || color.getColorSpace() == null) {
            return 0;
        }
        return color.toRGB() & 0xFFFFFF;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float px, float py) {
        add('M', px, py);
    }

    @Override
    public void lineTo(float px, float py) {
        add('L', px, py);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        add('B', x1, y1, x2, y2, x3, y3);
    }

    private void add(char operator, float... pdfPoints) {
        double[] points = new double[pdfPoints.length];
        for (int i = 0; i < pdfPoints.length; i += 2) {
            points[i] = x(pdfPoints[i]);
            points[i + 1] = y(pdfPoints[i + 1]);
            pathPoints.add(new Point2D.Double(points[i], points[i + 1]));
        }
        path.add(new PathCommand(operator, points));
        current = new Point2D.Float(pdfPoints[pdfPoints.length - 2], pdfPoints[pdfPoints.length - 1]);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        path.add(new PathCommand('C'));
    }

    @Override
    public void endPath() {
        path.clear();
        pathPoints.clear();
    }

    @Override
    public void clip(int windingRule) {
        // Clipping is not carried over (see the class comment); the path that set it is dropped by the 'n' after it.
    }

    @Override
    public void strokePath() throws IOException {
        paint(true, false, false);
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        paint(false, true, windingRule == java.awt.geom.Path2D.WIND_EVEN_ODD);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        paint(true, true, windingRule == java.awt.geom.Path2D.WIND_EVEN_ODD);
    }

    private void paint(boolean stroke, boolean fill, boolean evenOdd) throws IOException {
        if (!path.isEmpty()) {
            endRun(); // keeps the drawing order: a path drawn after text covers it
            double lineWidth = stroke ? getGraphicsState().getLineWidth()
                    * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX() * MM_PER_POINT : 0;
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (Point2D p : pathPoints) {
                minX = Math.min(minX, p.getX());
                minY = Math.min(minY, p.getY());
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
            drawn.add(new Shape(List.copyOf(path), stroke, fill, evenOdd, lineWidth,
                    rgb(getGraphicsState().getStrokingColor()), rgb(getGraphicsState().getNonStrokingColor()), minX, minY, maxX, maxY));
        }
        endPath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // No image in print templates yet (see the class comment).
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // No shading in print templates (see the class comment).
    }
}
