package org.jbackprop.jupyter.svg;

import java.util.Locale;
import org.jbackprop.jupyter.html.Html;

/**
 * Builds an SVG document element by element. Every text and attribute value passes through
 * {@link Html#escape}, so labels from users ({@code "<script>"}) stay text; coordinates are
 * written with at most two decimals and a dot, whatever the locale.
 */
public final class SvgWriter implements Canvas {

    private final StringBuilder sb = new StringBuilder();

    /** Starts an SVG of {@code width} by {@code height} pixels with the given font size. */
    public SvgWriter(double width, double height, int fontSize) {
        this(width, height, width, height, fontSize);
    }

    /**
     * Starts an SVG drawn on a {@code viewWidth} by {@code viewHeight} coordinate space and shown
     * {@code displayWidth} by {@code displayHeight} CSS pixels (scaled to fit a column).
     */
    public SvgWriter(double viewWidth, double viewHeight, double displayWidth, double displayHeight, int fontSize) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(displayWidth))
                .append("\" height=\"").append(num(displayHeight)).append("\" viewBox=\"0 0 ").append(num(viewWidth))
                .append(' ').append(num(viewHeight)).append("\" font-family=\"").append(PaintCanvas.FONT_FAMILY)
                .append("\" font-size=\"").append(fontSize).append("\">\n");
    }

    /** Opens a group with a class and optional extra attributes given as name, value pairs. */
    @Override
    public SvgWriter group(String cssClass, String... attributes) {
        sb.append("<g class=\"").append(Html.escape(cssClass)).append('"');
        attributes(attributes);
        sb.append(">\n");
        return this;
    }

    /** Closes the innermost group. */
    @Override
    public SvgWriter end() {
        sb.append("</g>\n");
        return this;
    }

    /** A straight line. */
    @Override
    public SvgWriter line(double x1, double y1, double x2, double y2, String stroke, String... attributes) {
        sb.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(Html.escape(stroke)).append('"');
        attributes(attributes);
        sb.append("/>\n");
        return this;
    }

    /** A circle. */
    @Override
    public SvgWriter circle(double cx, double cy, double r, String fill, String stroke) {
        sb.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(Html.escape(fill)).append("\" stroke=\"").append(Html.escape(stroke))
                .append("\"/>\n");
        return this;
    }

    /** A rectangle with rounded corners. */
    @Override
    public SvgWriter rect(double x, double y, double w, double h, String fill, String stroke) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" rx=\"4\" fill=\"").append(Html.escape(fill))
                .append("\" stroke=\"").append(Html.escape(stroke)).append("\"/>\n");
        return this;
    }

    /** A filled triangle (an arrowhead) through three points. */
    @Override
    public SvgWriter triangle(double x1, double y1, double x2, double y2, double x3, double y3, String fill) {
        sb.append("<polygon points=\"").append(num(x1)).append(',').append(num(y1)).append(' ').append(num(x2))
                .append(',').append(num(y2)).append(' ').append(num(x3)).append(',').append(num(y3))
                .append("\" fill=\"").append(Html.escape(fill)).append("\"/>\n");
        return this;
    }

    /**
     * A text at (x, y) with a class, anchor ("start", "middle", "end") and fill colour.
     * The text is escaped; repeated spaces are kept, as the PNG twin draws them.
     */
    @Override
    public SvgWriter text(double x, double y, String cssClass, String anchor, String fill, String text) {
        sb.append("<text class=\"").append(Html.escape(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" text-anchor=\"").append(Html.escape(anchor)).append("\" fill=\"")
                .append(Html.escape(fill)).append('"');
        if (text.contains("  ") || text.startsWith(" ") || text.endsWith(" ")) {
            sb.append(" xml:space=\"preserve\""); // as the PNG draws it: SVG would collapse the spaces
        }
        sb.append('>').append(Html.escape(text)).append("</text>\n");
        return this;
    }

    @Override
    public SvgWriter polyline(double[] xy, String stroke) {
        sb.append("<polyline points=\"");
        for (int i = 0; i + 1 < xy.length; i += 2) {
            sb.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        sb.append("\" fill=\"none\" stroke=\"").append(Html.escape(stroke)).append("\"/>\n");
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
