package org.jbackprop.jupyter.svg;

import java.util.Locale;
import org.jbackprop.jupyter.html.Html;

/**
 * Builds an SVG document element by element. Every text and attribute value passes through
 * {@link Html#escape}, so labels from users ({@code "<script>"}) stay text; coordinates are
 * written with at most two decimals and a dot, whatever the locale.
 */
public final class SvgWriter {

    private final StringBuilder sb = new StringBuilder();

    /** Starts an SVG of {@code width} by {@code height} pixels with the given font size. */
    public SvgWriter(double width, double height, int fontSize) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\" font-family=\"sans-serif\" font-size=\"")
                .append(fontSize).append("\">\n");
    }

    /** Opens a group with a class and optional extra attributes given as name, value pairs. */
    public SvgWriter group(String cssClass, String... attributes) {
        sb.append("<g class=\"").append(Html.escape(cssClass)).append('"');
        attributes(attributes);
        sb.append(">\n");
        return this;
    }

    /** Closes the innermost group. */
    public SvgWriter end() {
        sb.append("</g>\n");
        return this;
    }

    /** A straight line. */
    public SvgWriter line(double x1, double y1, double x2, double y2, String stroke, String... attributes) {
        sb.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(Html.escape(stroke)).append('"');
        attributes(attributes);
        sb.append("/>\n");
        return this;
    }

    /** A circle. */
    public SvgWriter circle(double cx, double cy, double r, String fill, String stroke) {
        sb.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(Html.escape(fill)).append("\" stroke=\"").append(Html.escape(stroke))
                .append("\"/>\n");
        return this;
    }

    /** A rectangle with rounded corners. */
    public SvgWriter rect(double x, double y, double w, double h, String fill, String stroke) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" rx=\"4\" fill=\"").append(Html.escape(fill))
                .append("\" stroke=\"").append(Html.escape(stroke)).append("\"/>\n");
        return this;
    }

    /** A filled triangle (an arrowhead) through three points. */
    public SvgWriter triangle(double x1, double y1, double x2, double y2, double x3, double y3, String fill) {
        sb.append("<polygon points=\"").append(num(x1)).append(',').append(num(y1)).append(' ').append(num(x2))
                .append(',').append(num(y2)).append(' ').append(num(x3)).append(',').append(num(y3))
                .append("\" fill=\"").append(Html.escape(fill)).append("\"/>\n");
        return this;
    }

    /**
     * A text at (x, y) with a class, anchor ("start", "middle", "end") and fill colour.
     * The text is escaped.
     */
    public SvgWriter text(double x, double y, String cssClass, String anchor, String fill, String text) {
        sb.append("<text class=\"").append(Html.escape(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" text-anchor=\"").append(Html.escape(anchor)).append("\" fill=\"")
                .append(Html.escape(fill)).append("\">").append(Html.escape(text)).append("</text>\n");
        return this;
    }

    /** The finished document. */
    public String finish() {
        return sb.append("</svg>\n").toString();
    }

    private void attributes(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs; got " + pairs.length + " strings");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (!pairs[i].matches("[a-zA-Z][a-zA-Z0-9-]*")) {
                throw new IllegalArgumentException("not an attribute name: " + pairs[i]);
            }
            sb.append(' ').append(pairs[i]).append("=\"").append(Html.escape(pairs[i + 1])).append('"');
        }
    }

    /** A coordinate: integers without decimals, others rounded to two decimals. */
    static String num(double v) {
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.2f", r).replaceAll("0$", "");
    }
}
