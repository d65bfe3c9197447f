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
    void ticksGetADecimalPatternFromTheRange() {
        assertEquals("0.#", Drawing.decimalPattern(-5, 4.9)); // arange(-5, 5, 0.1)
        assertEquals("0.##", Drawing.decimalPattern(-0.1, 1.1)); // ylim of sigmoid vs step
        assertEquals("0", Drawing.decimalPattern(0, 10_000)); // steps
        assertEquals("0.####", Drawing.decimalPattern(0, 0.007));
        assertNull(Drawing.decimalPattern(3, 3));

        XYChart chart = new XYChart(600, 400);
        chart.addSeries("sigmoid", new double[] {-5, 4.9}, new double[] {0.1, 0.9});
        chart.getStyler().setYAxisDecimalPattern("0.000"); // the user's own choice stays
        try (Drawing d = Drawing.prepare(chart, 600)) {
            assertEquals("-4.5", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(-4.5));
            assertEquals("0", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(-1.7763568394002505e-14));
            assertEquals("0.000", chart.getStyler().getYAxisDecimalPattern());
        }
        assertNull(chart.getStyler().getxAxisTickLabelsFormattingFunction());
    }

    @Test
    void aLogAxisUnderTwoDecadesIsDrawnLinear() {
        assertEquals(1, Drawing.decades(100, 300));
        assertEquals(2, Drawing.decades(0.01, 0.7));
        assertEquals(4, Drawing.decades(7e-5, 0.7)); // 1e-4 ... 1e-1
        XYChart narrow = new XYChart(600, 400);
        narrow.addSeries("cost", new double[] {0, 1, 2}, new double[] {300, 150, 100});
        narrow.getStyler().setYAxisLogarithmic(true);
        try (Drawing d = Drawing.prepare(narrow, 600)) {
            assertFalse(narrow.getStyler().isYAxisLogarithmic());
        }
        assertTrue(narrow.getStyler().isYAxisLogarithmic());
        XYChart wide = new XYChart(600, 400);
        wide.addSeries("cost", new double[] {0, 1, 2}, new double[] {0.7, 0.01, 7e-5});
        wide.getStyler().setYAxisLogarithmic(true);
        try (Drawing d = Drawing.prepare(wide, 600)) {
            assertTrue(wide.getStyler().isYAxisLogarithmic());
        }
    }

    @Test
    void tickLabelsNeverReadMinusZero() {
        assertEquals("0", Drawing.tickLabel("0.#", -1.7763568394002505e-14));
        assertEquals("0.0", Drawing.tickLabel("0.0", -0.0));
        assertEquals("-0.5", Drawing.tickLabel("0.#", -0.5));
        assertEquals("-4.5", Drawing.tickLabel("0.#", -4.5));
        assertEquals("10", Drawing.tickLabel("0.#", 10));
    }

    @Test
    void stepAxesPastAThousandReadInThousands() {
        assertEquals("0", Drawing.thousandsLabel(0));
        assertEquals("800", Drawing.thousandsLabel(800));
        assertEquals("1.6k", Drawing.thousandsLabel(1600));
        assertEquals("10k", Drawing.thousandsLabel(10_000));
        assertEquals("-2.5k", Drawing.thousandsLabel(-2500));
    }
}
