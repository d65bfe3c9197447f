package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.History;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Renders through a real IJava 1.3.0 (jupyter-jvm-basekernel 2.3.0) {@link Renderer}. */
class IJavaInstallTest {

    private static Renderer renderer() {
        Renderer r = new Renderer();
        IJavaInstall.register(r);
        return r;
    }

    @Test
    void tensorShowsAsHtmlWithNumpyText() {
        DisplayData d = renderer().render(Tensor.of(1, 2, 3));
        assertTrue(((String) d.getData(MIMEType.TEXT_HTML)).contains("<caption>shape (3,)</caption>"));
        assertEquals("[1. 2. 3.]", d.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void historyShowsAsPngAndSvg() {
        DisplayData d = renderer().render(new History("h").record(0, "loss", 1).record(1, "loss", 0.5));
        assertTrue(d.hasDataForType(MIMEType.IMAGE_PNG));
        Svgs.parse((String) d.getData(MIMEType.IMAGE_SVG));
        Map<?, ?> png = (Map<?, ?>) metadata(d).get("image/png");
        assertEquals(Charts.WIDTH, png.get("width"));
        assertEquals(Charts.HEIGHT, png.get("height"));
        assertEquals("Chart \"h\" of loss against step: loss ends at 0.5 (step 1).", png.get("alt"));
    }

    /** The output metadata the kernel sends (DisplayData has no getter for it). */
    static Map<?, ?> metadata(DisplayData d) {
        try {
            java.lang.reflect.Field f = DisplayData.class.getDeclaredField("metadata");
            f.setAccessible(true);
            Map<?, ?> m = (Map<?, ?>) f.get(d);
            return m == null ? Map.of() : m;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void renderAsAsksForOneType() {
        DisplayData d = renderer().renderAs(new History("h").record(0, "loss", 1), "image/svg+xml");
        assertTrue(d.hasDataForType(MIMEType.IMAGE_SVG));
        assertFalse(d.hasDataForType(MIMEType.IMAGE_PNG));
    }

    @Test
    void graphShowsAsSvgWithEscapedLabels() {
        Graph g = new Graph();
        Node x = g.input("<script>", 1);
        g.backward(g.exp(x).name("y"));
        DisplayData d = renderer().render(g);
        String svg = (String) d.getData(MIMEType.IMAGE_SVG);
        assertEquals(0, Svgs.parse(svg).getElementsByTagNameNS("*", "script").getLength());
        assertTrue(svg.contains("&lt;script&gt;"));
    }

    @Test
    void xchartChartsFoundThroughTheirSuperclass() {
        XYChart chart = new XYChartBuilder().width(200).height(100).build();
        chart.addSeries("s", new double[] {1, 2}, new double[] {3, 4});
        assertTrue(renderer().render(chart).hasDataForType(MIMEType.IMAGE_PNG));
    }

    @Test
    void installOutsideIJavaSaysSoAndReturnsFalse() {
        assertFalse(IJavaInstall.install());
    }

    @Test
    void startupScriptImportsThenInstalls() {
        assertTrue(IJavaInstall.STARTUP_SCRIPT.startsWith("import org.jbackprop.tensor.*; import org.jbackprop.nn.*;"));
        assertTrue(IJavaInstall.STARTUP_SCRIPT.endsWith(" org.jbackprop.jupyter.IJavaInstall.install();"));
    }
}
