package org.jbackprop.jupyter;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jbackprop.jupyter.chart.Headless;
import org.jbackprop.jupyter.chart.Warmup;
import org.jbackprop.jupyter.html.Html;

/**
 * One picture as a notebook shows it everywhere: an SVG document (with {@code <title>} and
 * {@code <desc>}), the same picture as a PNG drawn at {@value #SCALE}× its display size (sharp on
 * HiDPI screens, shown where SVG is not: GitHub, nbviewer, an untrusted notebook), its display size
 * in CSS pixels, and an alt text (one sentence saying what it shows).
 *
 * <p>The kernel adapters send {@link #metadata()} with the display data, as IPython does for its
 * retina images: {@code {"image/png": {"width": 600, "height": 400, "alt": "..."}}}. JupyterLab and
 * nbconvert read the width and height; nbconvert's classic HTML template also reads {@code alt}.
 *
 * <p>Both images are made lazily and at most once: a picture asked only for its SVG never draws its PNG.
 *
 * <pre>{@code
 * Picture p = Picture.draw(600, 400, "loss", "Loss falls from 0.69 to 0.01.", g -> { ... paint on g ... });
 * Picture q = Picture.of(svgText, () -> pngBytesAt2x, 600, 400, "loss", "Loss falls ...");
 * }</pre>
 */
public final class Picture {

    /** How many PNG pixels per display pixel. */
    public static final int SCALE = 2;
    /** The largest display width or height, in pixels (the PNG is {@value #SCALE}× this). */
    public static final int MAX_SIDE = 2_000;

    private final int width;
    private final int height;
    private final String title;
    private final String alt;
    private final Supplier<String> svgSource;
    private final Supplier<byte[]> pngSource;
    private String svg;
    private byte[] png;

    private Picture(int width, int height, String title, String alt, Supplier<String> svg, Supplier<byte[]> png) {
        checkSize(width, height);
        this.width = width;
        this.height = height;
        this.title = title == null ? "" : title;
        this.alt = alt == null || alt.isBlank() ? this.title : alt;
        this.svgSource = Objects.requireNonNull(svg, "svg");
        this.pngSource = Objects.requireNonNull(png, "png");
    }

    /**
     * A picture from an SVG document and a PNG made on demand.
     *
     * @param svg    the SVG document (a {@code <title>} and {@code <desc>} are added when it has none)
     * @param png    makes the PNG bytes, {@value #SCALE}× the display size
     * @param width  display width in CSS pixels
     * @param height display height in CSS pixels
     * @param title  a short title (the SVG's {@code <title>})
     * @param alt    one sentence saying what the picture shows (the alt text and the SVG's {@code <desc>})
     */
    public static Picture of(String svg, Supplier<byte[]> png, int width, int height, String title, String alt) {
        Objects.requireNonNull(svg, "svg");
        return new Picture(width, height, title, alt, () -> svg, png);
    }

    /** A picture whose SVG and PNG are both made on demand (each at most once); see {@link #of(String, Supplier, int, int, String, String)}. */
    public static Picture of(Supplier<String> svg, Supplier<byte[]> png, int width, int height, String title, String alt) {
        return new Picture(width, height, title, alt, svg, png);
    }

    /**
     * A picture painted by {@code painter} twice, on the same {@code width} by {@code height}
     * coordinate space: once into an SVG, once into a transparent PNG at {@value #SCALE}×
     * (antialiased). The painter must draw the same thing both times.
     */
    public static Picture draw(int width, int height, String title, String alt, Consumer<Graphics2D> painter) {
        Objects.requireNonNull(painter, "painter");
        Headless.ensure();
        return new Picture(width, height, title, alt,
                () -> svgOf(painter, width, height),
                () -> pngOf(painter, width, height));
    }

    /** Display width in CSS pixels. */
    public int width() {
        return width;
    }

    /** Display height in CSS pixels. */
    public int height() {
        return height;
    }

    /** The short title (the SVG's {@code <title>}). */
    public String title() {
        return title;
    }

    /** The alt text: one sentence saying what the picture shows (the SVG's {@code <desc>}). */
    public String alt() {
        return alt;
    }

    /** The SVG document, with {@code <title>} and {@code <desc>} as the first children of its root. */
    public synchronized String svg() {
        if (svg == null) {
            Warmup.await();
            svg = withTitle(svgSource.get(), title, alt);
        }
        return svg;
    }

    /** The PNG bytes, {@value #SCALE}× the display size. */
    public synchronized byte[] png() {
        if (png == null) {
            Warmup.await();
            png = Objects.requireNonNull(pngSource.get(), "the PNG maker returned nothing");
        }
        return png.clone();
    }

    /** The PNG as base64, Jupyter's {@code image/png} text. */
    public String pngBase64() {
        return Base64.getEncoder().encodeToString(png());
    }

    /**
     * The output metadata for a display bundle holding this picture:
     * {@code {"image/png": {"width": 600, "height": 400, "alt": "..."}}} (display size, not the PNG's
     * pixel size, so the 2× PNG shows at its intended size).
     */
    public Map<String, Object> metadata() {
        Map<String, Object> png = new LinkedHashMap<>();
        png.put("width", width);
        png.put("height", height);
        png.put("alt", alt);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(Mime.IMAGE_PNG, png);
        return out;
    }

    /**
     * {@code svg} with {@code <title>} and {@code <desc>} (escaped) inserted as the first children of its
     * root element, unless it already has a {@code <title>}. Only the root's start tag is looked for.
     */
    public static String withTitle(String svg, String title, String desc) {
        int root = svg.indexOf("<svg");
        if (root < 0) {
            throw new IllegalArgumentException("not an SVG document: no <svg element");
        }
        int end = svg.indexOf('>', root);
        if (end < 0 || svg.charAt(end - 1) == '/') {
            throw new IllegalArgumentException("not an SVG document: the <svg element has no content");
        }
        if (svg.indexOf("<title", end) >= 0) {
            return svg;
        }
        String head = "\n  <title>" + Html.escape(title == null ? "" : title) + "</title>"
                + "\n  <desc>" + Html.escape(desc == null ? "" : desc) + "</desc>";
        return svg.substring(0, end + 1) + head + svg.substring(end + 1);
    }

    /** Throws unless both sides are 1 to {@value #MAX_SIDE} pixels. */
    static void checkSize(int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("a picture must be between 1 and " + MAX_SIDE
                    + " pixels on each side, got " + width + " x " + height);
        }
    }

    /** Paints into a transparent ARGB image {@value #SCALE}× the size and encodes it as PNG. */
    static byte[] pngOf(Consumer<Graphics2D> painter, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(SCALE, SCALE);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** PNG bytes of an image (the 2× images every picture draws). */
    public static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Paints into VectorGraphics2D and returns the SVG from its {@code <svg} element on (no prolog, no DTD). */
    static String svgOf(Consumer<Graphics2D> painter, int width, int height) {
        VectorGraphics2D g = new VectorGraphics2D();
        painter.accept(g);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width, height)).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    /** One line: title, display size and alt text. */
    @Override
    public String toString() {
        return "Picture \"" + title + "\" " + width + " x " + height + ": " + alt;
    }
}
