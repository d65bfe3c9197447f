package org.jbackprop.jupyter.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.jbackprop.jupyter.Picture;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Draws an XChart chart as PNG or SVG at a given size, off-screen (headless), each line thinned to
 * the width first (see {@link Drawing}). XChart 3.8 draws every text as glyph outlines
 * ({@code TextLayout.getOutline}, never {@code drawString}), so VectorGraphics2D's text hint cannot
 * turn them into {@code <text>} elements; and VectorGraphics2D writes its SVG through a DOM
 * that escapes any text it is given, so titles and legends cannot inject markup.
 */
public final class ChartImages {

    /** The largest display width or height, in pixels (the PNG is drawn at twice this); bounds the memory of one PNG. */
    public static final int MAX_SIDE = Picture.MAX_SIDE;

    static {
        Headless.ensure();
    }

    private ChartImages() {
    }

    /**
     * The chart as a {@link Picture}: SVG and a {@value Picture#SCALE}× PNG of the same drawing, the
     * display size {@code width} by {@code height}, the chart's title and {@code alt} (or
     * {@link ChartText#describe} when null) as alt text.
     */
    public static Picture picture(Chart<?, ?> chart, int width, int height, String alt) {
        checkSize(width, height);
        String text = alt != null ? alt : ChartText.describe(chart);
        return Picture.of(() -> svg(chart, width, height), () -> png(chart, width, height, Picture.SCALE),
                width, height, chart.getTitle(), text);
    }

    /** The chart at its own size as a {@link Picture}. */
    public static Picture picture(Chart<?, ?> chart) {
        return picture(chart, chart.getWidth(), chart.getHeight(), null);
    }

    /** The chart as PNG bytes, {@code width} by {@code height} pixels. */
    public static byte[] png(Chart<?, ?> chart, int width, int height) {
        return png(chart, width, height, 1);
    }

    /**
     * The chart as PNG bytes drawn {@code scale} times {@code width} by {@code height} (what is drawn is
     * the same at every scale, only sharper), with a transparent background where the chart's is.
     */
    public static byte[] png(Chart<?, ?> chart, int width, int height, int scale) {
        checkSize(width, height);
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be 1 to 4, got " + scale);
        }
        Warmup.await();
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try (Drawing prepared = Drawing.prepare(chart, width)) {
            g.scale(scale, scale);
            chart.paint(g, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart as a base64 PNG, the form Jupyter's {@code image/png} expects. */
    public static String pngBase64(Chart<?, ?> chart, int width, int height) {
        return Base64.getEncoder().encodeToString(png(chart, width, height));
    }

    /** The chart at its own size as a base64 PNG. */
    public static String pngBase64(Chart<?, ?> chart) {
        return pngBase64(chart, chart.getWidth(), chart.getHeight());
    }

    /**
     * The chart as an SVG document, {@code width} by {@code height}, without the XML declaration and
     * DOCTYPE (so it can be inlined in HTML and parsed without fetching the DTD), compacted by
     * {@link SvgCompact} (two-decimal numbers, one path per line, clip ids numbered from 0: the same
     * chart always gives the same text). Lines are thinned to the width first ({@link Drawing}).
     */
    public static String svg(Chart<?, ?> chart, int width, int height) {
        checkSize(width, height);
        Warmup.await();
        VectorGraphics2D g = new VectorGraphics2D();
        try (Drawing prepared = Drawing.prepare(chart, width)) {
            chart.paint(g, width, height);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width, height)).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SvgCompact.compact(stripProlog(out.toString(StandardCharsets.UTF_8)));
    }

    /** The chart at its own size as SVG. */
    public static String svg(Chart<?, ?> chart) {
        return svg(chart, chart.getWidth(), chart.getHeight());
    }

    /** {@code svg} from its {@code <svg} element on. */
    static String stripProlog(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    private static void checkSize(int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("chart size must be between 1 and " + MAX_SIDE
                    + " pixels on each side, got " + width + " x " + height);
        }
    }
}
