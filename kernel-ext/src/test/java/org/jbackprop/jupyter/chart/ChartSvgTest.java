package org.jbackprop.jupyter.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jbackprop.jupyter.Charts;
import org.jbackprop.jupyter.Figure;
import org.jbackprop.train.History;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The SVG of whole charts: small, identical on every drawing, and never carrying markup from labels. */
class ChartSvgTest {

    private static History run(String name, double scale) {
        History h = new History(name);
        for (int s = 0; s <= 10_000; s++) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("cost", scale * Math.exp(-s / 1500.0) + 0.01 * Math.sin(s * 0.37) * Math.exp(-s / 3000.0));
            m.put("accuracy", Math.min(1.0, 0.5 + s / 6000.0));
            h.record(s, m);
        }
        return h;
    }

    @Test
    void aTenThousandStepHistoryIsSmallAndTheSameTwice() {
        History h = run("xor", 0.7);
        String first = Charts.history(h).svg();
        assertTrue(first.length() < 64_000, "svg of " + first.length() + " characters");
        assertEquals(first, Charts.history(h).svg());
        assertTrue(first.contains("id=\"clip0\""));
        String drawing = first.substring(first.indexOf("</desc>"));
        assertFalse(drawing.matches("(?s).*\\d\\.\\d{3}.*"), "a number with more than two decimals");
        assertFalse(first.contains("<line style=\"fill:none;stroke:rgb(0,55,255)"), "series drawn segment by segment");
    }

    @Test
    void aCompareOfTwoRunsIsSmall() {
        String svg = Charts.compare("cost", run("lr 0.1", 0.7), run("lr 0.01", 0.9)).svg();
        assertTrue(svg.length() < 60_000, "svg of " + svg.length() + " characters");
    }

    @Test
    void hostileLabelsNeverBecomeElements() {
        String evil = "<script>alert(1)</script>";
        History h = new History(evil);
        for (int s = 0; s < 10; s++) {
            h.record(s, evil, 1.0 / (s + 1));
        }
        String svg = Charts.history(h).xLabel(evil).svg();
        assertFalse(svg.toLowerCase().contains("<script"));
        String drawing = svg.substring(svg.indexOf("</desc>"));
        assertFalse(drawing.contains("alert"), "only the escaped title and description name it");
        assertEquals(0, org.jbackprop.jupyter.Svgs.parse(svg).getElementsByTagNameNS("*", "script").getLength());
    }

    @Test
    void aUserBuiltChartIsThinnedWithoutMarkers() {
        XYChart chart = new XYChart(600, 400);
        double[] x = new double[10_001];
        double[] y = new double[10_001];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 500.0);
        }
        chart.addSeries("sin", x, y);
        String svg = new Figure(chart).svg();
        // XChart's own look (dashed grid, bold fonts) costs more than ours, but the line is thinned
        assertTrue(svg.length() < 100_000, "svg of " + svg.length() + " characters");
        assertFalse(svg.contains("<circle"), "markers on a 10,001-point line");
        assertEquals(10_001, chart.getSeriesMap().get("sin").getXData().length);
    }
}
