package org.jbackprop.jupyter.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.junit.jupiter.api.Test;

/** Thinning, tick patterns and the log-axis fallback applied around one drawing, then undone. */
class DrawingTest {

    @Test
    void minMaxKeepsEachBucketsExtremesInOrder() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {3, 9, 1, 4, 4, 4, -7, 2};
        double[][] kept = Downsample.minMax(x, y, 2); // buckets [0..3] and [4..7]
        assertArrayEquals(new double[] {1, 2, 4, 6}, kept[0]);
        assertArrayEquals(new double[] {9, 1, 4, -7}, kept[1]);
        assertArrayEquals(x, Downsample.minMax(x, y, 4)[0]); // 8 <= 2 * 4: unchanged
    }

    @Test
    void aLongLineIsThinnedToTheWidthWhileDrawingOnlyAndKeepsItsSpike() {
        XYChart chart = new XYChart(600, 400);
        double[] x = new double[10_001];
        double[] y = new double[10_001];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = 1.0 / (1 + i);
        }
        y[5_000] = 42;
        XYSeries s = chart.addSeries("loss", x, y);
        try (Drawing d = Drawing.prepare(chart, 600)) {
            assertTrue(s.getXData().length <= 600, "points " + s.getXData().length);
            assertEquals(42, java.util.Arrays.stream(s.getYData()).max().orElse(0));
            assertSame(SeriesMarkers.NONE, s.getMarker());
        }
        assertEquals(10_001, s.getXData().length);
        assertNull(s.getMarker());
    }

    @Test
    void theUsersOwnTickChoicesStayAndOursAreUndone() {
        XYChart chart = new XYChart(600, 400);
        chart.addSeries("sigmoid", new double[] {-5, 4.9}, new double[] {0.1, 0.9});
        chart.getStyler().setYAxisDecimalPattern("0.000"); // the user's own choice stays
        try (Drawing d = Drawing.prepare(chart, 600)) {
            assertEquals("-4.5", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(-4.5));
            assertEquals("0.000", chart.getStyler().getYAxisDecimalPattern());
            assertNull(chart.getStyler().getyAxisTickLabelsFormattingFunction());
        }
        assertNull(chart.getStyler().getxAxisTickLabelsFormattingFunction());
        assertNull(chart.getStyler().getXAxisMin());
    }

    @Test
    void aLogAxisIsDrawnAsLogarithmsAndGivenBack() {
        XYChart narrow = new XYChart(600, 400);
        XYSeries s = narrow.addSeries("cost", new double[] {0, 1, 2}, new double[] {300, 150, 100});
        narrow.getStyler().setYAxisLogarithmic(true);
        try (Drawing d = Drawing.prepare(narrow, 600)) {
            assertFalse(narrow.getStyler().isYAxisLogarithmic());
            assertEquals(2, s.getYData()[2], 1e-12);
            assertEquals("1e-4", narrow.getStyler().getyAxisTickLabelsFormattingFunction().apply(-4.0));
        }
        assertTrue(narrow.getStyler().isYAxisLogarithmic());
        assertArrayEquals(new double[] {300, 150, 100}, s.getYData());
    }

    @Test
    void aScatterKeepsItsMarkersHoweverManyPoints() { // NB11's scatter was empty as PNG
        XYChart chart = new XYChart(600, 400);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        double[] x = new double[100];
        XYSeries s = chart.addSeries("data", x, x);
        try (Drawing d = Drawing.prepare(chart, 600)) {
            assertNull(s.getMarker());
        }
    }

    @Test
    void aConstantSeriesGetsARangeAroundItsValue() {
        assertArrayEquals(new double[] {0.9, 1.1}, Drawing.widened(1, 1), 1e-12);
        assertArrayEquals(new double[] {0.26, 0.33}, Drawing.widened(0.298371108760003, 0.298371108760003), 1e-12);
        assertArrayEquals(new double[] {-1, 1}, Drawing.widened(0, 0), 1e-12);
        assertNull(Drawing.widened(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }
}
