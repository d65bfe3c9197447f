package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jbackprop.tensor.Tensor;

import org.jbackprop.train.History;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

class RenderersTest {

    @Test
    void tensorAsHtmlTableAndNumpyText() {
        Map<String, String> out = Renderers.render(Tensor.of(1, 2));
        assertEquals(List.of(Mime.TEXT_HTML, Mime.TEXT_PLAIN), List.copyOf(out.keySet()));
        assertEquals("[1. 2.]", out.get(Mime.TEXT_PLAIN));
        assertTrue(out.get(Mime.TEXT_HTML).startsWith("<table class=\"jbackprop-tensor\">"));
    }

    @Test
    void hugeTensorTextStaysSmall() {
        Map<String, String> out = Renderers.render(TestTensors.arange(1000, 10_000));
        assertTrue(out.get(Mime.TEXT_PLAIN).length() < 1_000, out.get(Mime.TEXT_PLAIN));
    }

    @Test
    void historyAsPngAndSvg() {
        History h = new History("run").record(0, "loss", 1.0).record(1, "loss", 0.5);
        Map<String, String> out = Renderers.render(h);
        assertEquals(List.of(Mime.IMAGE_PNG, Mime.IMAGE_SVG, Mime.TEXT_PLAIN), List.copyOf(out.keySet()));
        byte[] png = Base64.getDecoder().decode(out.get(Mime.IMAGE_PNG));
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3));
        assertEquals("svg", Svgs.parse(out.get(Mime.IMAGE_SVG)).getDocumentElement().getLocalName());
        assertEquals("History 'run': 2 steps, loss 0.5", out.get(Mime.TEXT_PLAIN));
    }

    @Test
    void plainXChartChartsRenderToo() {
        CategoryChart chart = new CategoryChartBuilder().width(300).height(200).title("counts").build();
        chart.addSeries("w", new double[] {1, 2, 3}, new double[] {4, 1, 2});
        Map<String, String> out = Renderers.render(chart);
        assertTrue(out.containsKey(Mime.IMAGE_PNG));
        assertEquals("0 0 300 200", Svgs.parse(out.get(Mime.IMAGE_SVG)).getDocumentElement().getAttribute("viewBox"));
        assertEquals("CategoryChart \"counts\" 300 x 200: w", out.get(Mime.TEXT_PLAIN));
    }

    @Test
    void onlyTheAskedTypes() {
        History h = new History("run").record(0, "loss", 1.0);
        assertEquals(List.of(Mime.IMAGE_SVG, Mime.TEXT_PLAIN), List.copyOf(Renderers.render(h, Mime.IMAGE_SVG).keySet()));
    }

    @Test
    void unknownValuesAsBoundedText() {
        assertEquals(Map.of(Mime.TEXT_PLAIN, "42"), Renderers.render(42));
        String longText = "x".repeat(5_000);
        assertTrue(Renderers.render(new StringBuilder(longText)).get(Mime.TEXT_PLAIN).length() < 2_100);
    }
}
