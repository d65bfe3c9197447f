package org.jbackprop.jupyter.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import org.jbackprop.jupyter.Picture;
import org.jbackprop.jupyter.chart.Headless;

/**
 * A {@link Canvas} that paints on a transparent image {@value #SCALE}× the display size: the PNG twin
 * of an {@link SvgWriter} drawing. Text uses the SVG's font ({@link #FONT_FAMILY}) at the same size.
 */
public final class PaintCanvas implements Canvas {

    /** PNG pixels per display pixel. */
    public static final int SCALE = 2;
    /** The font of every picture's text, in the SVG as font-family. */
    public static final String FONT_FAMILY = "DejaVu Sans, Verdana, sans-serif";

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final BufferedImage image;
    private final Graphics2D g;
    private final Font font;

    /** A transparent canvas of {@code width} by {@code height} display pixels with text at {@code fontSize} px. */
    public PaintCanvas(double width, double height, int fontSize) {
        this(width, height, 1.0, fontSize);
    }

    /**
     * A transparent canvas {@code displayWidth} by {@code displayHeight} display pixels on which every
     * drawing coordinate is multiplied by {@code scale} (a wide layout shown narrower).
     */
    public PaintCanvas(double displayWidth, double displayHeight, double scale, int fontSize) {
        Headless.ensure();
        image = new BufferedImage((int) Math.round(displayWidth * SCALE), (int) Math.round(displayHeight * SCALE),
                BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(SCALE * scale, SCALE * scale);
        g.setStroke(new BasicStroke(1f));
        font = font(fontSize);
        g.setFont(font);
    }

    /** The AWT font that stands for the SVG's font at {@code size} px. */
    static Font font(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    /** The advance width of {@code text} at {@code size} px in the picture font, in display pixels. */
    public static double textWidth(String text, int size) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return font(size).getStringBounds(text, MEASURE).getWidth();
    }

    @Override
    public Canvas group(String cssClass, String... attributes) {
        return this;
    }

    @Override
    public Canvas end() {
        return this;
    }

    @Override
    public Canvas line(double x1, double y1, double x2, double y2, String stroke, String... attributes) {
        g.setColor(color(stroke));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
        return this;
    }

    @Override
    public Canvas polyline(double[] xy, String stroke) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i + 1 < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        g.setColor(color(stroke));
        g.draw(p);
        return this;
    }

    @Override
    public Canvas circle(double cx, double cy, double r, String fill, String stroke) {
        Ellipse2D.Double c = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        fillAndStroke(c, fill, stroke);
        return this;
    }

    @Override
    public Canvas rect(double x, double y, double w, double h, String fill, String stroke) {
        fillAndStroke(new RoundRectangle2D.Double(x, y, w, h, 8, 8), fill, stroke);
        return this;
    }

    @Override
    public Canvas triangle(double x1, double y1, double x2, double y2, double x3, double y3, String fill) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x1, y1);
        p.lineTo(x2, y2);
        p.lineTo(x3, y3);
        p.closePath();
        g.setColor(color(fill));
        g.fill(p);
        return this;
    }

    @Override
    public Canvas text(double x, double y, String cssClass, String anchor, String fill, String text) {
        double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
        double left = "middle".equals(anchor) ? x - w / 2 : "end".equals(anchor) ? x - w : x;
        g.setColor(color(fill));
        g.drawString(text, (float) left, (float) y);
        return this;
    }

    /** The PNG bytes of what was painted; the canvas is finished afterwards. */
    public byte[] png() {
        g.dispose();
        return Picture.encode(image);
    }

    private void fillAndStroke(java.awt.Shape s, String fill, String stroke) {
        if (!"none".equals(fill)) {
            g.setColor(color(fill));
            g.fill(s);
        }
        if (!"none".equals(stroke)) {
            g.setColor(color(stroke));
            g.draw(s);
        }
    }

    /** "#rrggbb" to a colour. */
    static Color color(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colours are written #rrggbb, got " + hex);
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
