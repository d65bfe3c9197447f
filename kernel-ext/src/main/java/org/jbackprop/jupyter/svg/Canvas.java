package org.jbackprop.jupyter.svg;

/**
 * What a picture is drawn with: the few shapes the graph and layer pictures need. Drawn once onto an
 * {@link SvgWriter} (the SVG, with classes a test can read) and once onto a {@link PaintCanvas} (the PNG
 * at 2×), by the same code, so the PNG draws everything the SVG draws. Coordinates are CSS pixels.
 */
public interface Canvas {

    /** Opens a group with a class and optional extra attributes given as name, value pairs. */
    Canvas group(String cssClass, String... attributes);

    /** Closes the innermost group. */
    Canvas end();

    /** A straight line of width 1. */
    Canvas line(double x1, double y1, double x2, double y2, String stroke, String... attributes);

    /** A polyline of width 1 through {@code xy} = x0, y0, x1, y1, ... */
    Canvas polyline(double[] xy, String stroke);

    /** A circle; {@code fill} may be "none". */
    Canvas circle(double cx, double cy, double r, String fill, String stroke);

    /** A rectangle with rounded corners; {@code fill} may be "none". */
    Canvas rect(double x, double y, double w, double h, String fill, String stroke);

    /** A filled triangle (an arrowhead) through three points. */
    Canvas triangle(double x1, double y1, double x2, double y2, double x3, double y3, String fill);

    /** A text with its baseline at y, anchored "start", "middle" or "end" at x. */
    Canvas text(double x, double y, String cssClass, String anchor, String fill, String text);
}
