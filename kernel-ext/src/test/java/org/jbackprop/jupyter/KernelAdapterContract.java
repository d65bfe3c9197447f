package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.History;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * What either kernel adapter shows for a cell's value, through that kernel's real {@code Renderer}:
 * exactly the texts of the kernel-neutral catalogue {@link Renderers}, and those texts are the
 * table, the numpy print-out and the pictures expected. {@link JJavaExtensionTest} and
 * {@link IJavaInstallTest} run these against JJava's and IJava's renderer.
 */
abstract class KernelAdapterContract {

    static final List<String> TYPES = List.of(Mime.TEXT_PLAIN, Mime.TEXT_HTML, Mime.IMAGE_PNG, Mime.IMAGE_SVG);

    /** The kernel's renderer with the adapter's registrations: MIME type to data for {@code value}. */
    abstract Map<String, Object> render(Object value);

    /** The same, asking the kernel for one MIME type only (Jupyter's {@code display(value, type)}). */
    abstract Map<String, Object> renderAs(Object value, String mime);

    /** The output metadata the kernel sends with {@code value}'s display data, MIME type to its map. */
    abstract Map<?, ?> metadata(Object value);

    /** A kernel's DisplayData keeps its metadata in a private field, with no getter: read it there. */
    static Map<?, ?> privateMetadata(Object displayData, Class<?> type) {
        try {
            java.lang.reflect.Field f = type.getDeclaredField("metadata");
            f.setAccessible(true);
            Map<?, ?> m = (Map<?, ?>) f.get(displayData);
            return m == null ? Map.of() : m;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The data {@code get} finds for each MIME type of {@link #TYPES}, in that order. */
    static Map<String, Object> collect(java.util.function.Function<String, Object> get) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String type : TYPES) {
            Object data = get.apply(type);
            if (data != null) {
                out.put(type, data);
            }
        }
        return out;
    }

    private static Map<String, Object> catalogue(Object value) {
        Map<String, String> all = Renderers.render(value);
        return collect(all::get);
    }

    private static BufferedImage png(Map<String, Object> out) throws IOException {
        byte[] bytes = Base64.getMimeDecoder().decode((String) out.get(Mime.IMAGE_PNG));
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void tensorShowsAsTheCataloguesTableAndNumpyText() {
        Tensor t = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        Map<String, Object> out = render(t);
        assertEquals(catalogue(t), out);
        String html = (String) out.get(Mime.TEXT_HTML);
        assertTrue(html.contains("<caption>shape (2, 2)</caption>"), html);
        assertEquals("[[1. 2.]\n [3. 4.]]", out.get(Mime.TEXT_PLAIN));
    }

    @Test
    void historyShowsAsTheChartsPngAndSvg() throws IOException {
        History h = new History("h").record(0, "loss", 1).record(1, "loss", 0.5);
        Map<String, Object> out = render(h);
        assertEquals(catalogue(h), out);
        Figure chart = Charts.history(h);
        assertEquals(chart.svg(), out.get(Mime.IMAGE_SVG));
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(chart.png()));
        BufferedImage shown = png(out);
        assertEquals(expected.getWidth() + "x" + expected.getHeight(), shown.getWidth() + "x" + shown.getHeight());
        Map<?, ?> png = (Map<?, ?>) metadata(h).get(Mime.IMAGE_PNG);
        assertEquals(Charts.WIDTH, png.get("width"));
        assertEquals(Charts.HEIGHT, png.get("height"));
        assertEquals("Chart \"h\" of loss against step: loss ends at 0.5 (step 1).", png.get("alt"));
    }

    @Test
    void renderAsAsksForOneType() {
        History h = new History("h").record(0, "loss", 1);
        Map<String, Object> out = renderAs(h, Mime.IMAGE_SVG);
        assertEquals(Charts.history(h).svg(), out.get(Mime.IMAGE_SVG));
        assertEquals(null, out.get(Mime.IMAGE_PNG));
    }

    @Test
    void graphShowsAsSvgWithEscapedLabels() {
        Graph g = new Graph();
        Node x = g.input("<script>", 1);
        g.backward(g.exp(x).name("y"));
        Map<String, Object> out = render(g);
        assertEquals(catalogue(g), out);
        String svg = (String) out.get(Mime.IMAGE_SVG);
        assertEquals(0, Svgs.parse(svg).getElementsByTagNameNS("*", "script").getLength());
        assertTrue(svg.contains("&lt;script&gt;"));
    }

    @Test
    void xchartChartsFoundThroughTheirSuperclass() throws IOException {
        XYChart chart = new XYChartBuilder().width(200).height(100).build();
        chart.addSeries("s", new double[] {1, 2}, new double[] {3, 4});
        BufferedImage shown = png(render(chart));
        assertEquals("400x200", shown.getWidth() + "x" + shown.getHeight(), "drawn at twice the size, for sharp screens");
        Map<?, ?> png = (Map<?, ?>) metadata(chart).get(Mime.IMAGE_PNG);
        assertEquals(200, png.get("width"));
        assertEquals(100, png.get("height"));
    }
}
