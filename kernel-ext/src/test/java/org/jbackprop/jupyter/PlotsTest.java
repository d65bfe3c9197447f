package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbackprop.jupyter.chart.Histogram;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;

class PlotsTest {

    private static XYChart xy(Figure f) {
        return f.xchart();
    }

    @Test
    void sigmoidVsStepOverlaysADashedStepWithTheLecturesYlim() {
        XYChart c = xy(Plots.sigmoidVsStep());
        assertEquals(List.of("sigmoid", "step"), List.copyOf(c.getSeriesMap().keySet()));
        XYSeries step = c.getSeriesMap().get("step");
        assertEquals(SeriesLines.DASH_DASH, step.getLineStyle());
        assertEquals(100, step.getXData().length); // arange(-5, 5, 0.1)
        assertEquals(0.0, step.getYData()[50]); // step(0) = 0: x > 0 ? 1 : 0
        assertEquals(1.0, step.getYData()[51]);
        assertEquals(-0.1, c.getStyler().getYAxisMin());
        assertEquals(1.1, c.getStyler().getYAxisMax());
        Svgs.parse(Plots.sigmoidVsStep().svg());
    }

    @Test
    void reluWithItsOwnYlim() {
        Tensor x = Tensor.arange(-5, 5, 0.1);
        XYChart c = xy(Plots.line("ReLU", x, x.relu()).ylim(-1, 5.5));
        assertEquals(4.9, c.getSeriesMap().get("ReLU").getYData()[99], 1e-12);
        assertEquals(5.5, c.getStyler().getYAxisMax());
    }

    @Test
    void scatterWithFitDrawsDataAsPointsAndTheModelAcrossTheirRange() {
        Tensor x = Tensor.of(-1, 0, 2);
        Tensor y = Tensor.of(4.1, 2.9, 48.2);
        XYChart c = xy(Plots.scatterWithFit(x, y, v -> 8 * v * v + 7 * v + 3));
        XYSeries data = c.getSeriesMap().get("data");
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, data.getXYSeriesRenderStyle());
        assertArrayEquals(new double[] {4.1, 2.9, 48.2}, data.getYData());
        XYSeries fit = c.getSeriesMap().get("fit");
        assertEquals(Plots.CURVE_POINTS, fit.getXData().length);
        assertEquals(-1.0, fit.getXData()[0]);
        assertEquals(2.0, fit.getXData()[Plots.CURVE_POINTS - 1]);
        assertEquals(49.0, fit.getYData()[Plots.CURVE_POINTS - 1], 1e-9);
    }

    @Test
    void costCurveOfTheGradientDescentLecture() {
        // lab-03-1: W = i * 0.1 for i = -30..49, cost = (14/3)(W - 1)^2
        Tensor w = Tensor.arange(-30, 50, 1).mul(0.1);
        Tensor cost = w.sub(1).square().mul(14.0 / 3);
        XYChart c = xy(Plots.cost(w, cost));
        assertEquals("W", c.getXAxisTitle());
        assertEquals("cost", c.getYAxisTitle());
        XYSeries s = c.getSeriesMap().get("cost");
        assertEquals(80, s.getXData().length);
        assertEquals(14.0 / 3 * 16, s.getYData()[0], 1e-9); // W = -3
    }

    @Test
    void histogramsShareOneRangeSoStepsCanBeCompared() {
        Rng rng = new Rng(7);
        Map<String, Tensor> snapshots = new LinkedHashMap<>();
        snapshots.put("W1 step 0", rng.randn(1000));
        snapshots.put("W1 step 1000", rng.randn(1000).mul(3));
        XYChart c = xy(Plots.histograms(20, snapshots));
        assertEquals(List.of("W1 step 0", "W1 step 1000"), List.copyOf(c.getSeriesMap().keySet()));
        double[] x0 = c.getSeriesMap().get("W1 step 0").getXData();
        double[] x1 = c.getSeriesMap().get("W1 step 1000").getXData();
        assertArrayEquals(x0, x1);
        double total = 0;
        double[] y = c.getSeriesMap().get("W1 step 0").getYData();
        for (int i = 1; i <= 20; i++) {
            total += y[i];
        }
        assertEquals(1000, total);
    }

    @Test
    void histogramCountsLikeNumpy() {
        // np.histogram([0, 1, 1, 2, 3, 3, 3], bins=3, range=(0, 3)) -> [1, 2, 4]: the last bin is closed
        Histogram h = Histogram.of(Tensor.of(0, 1, 1, 2, 3, 3, 3), 3, 0, 3);
        assertArrayEquals(new long[] {1, 2, 4}, h.counts());
        assertArrayEquals(new double[] {0, 1}, Histogram.range(List.of(Tensor.of(Double.NaN))));
        assertArrayEquals(new double[] {1.5, 2.5}, Histogram.range(List.of(Tensor.of(2, 2))));
    }

    @Test
    void degenerateInputsStillDraw() {
        Svgs.parse(Plots.histogram("empty", Tensor.zeros(0), 10).svg());
        Svgs.parse(Plots.histogram("constant", Tensor.full(0.5, 10), 10).svg());
        Svgs.parse(Plots.line("nan", Tensor.of(1, 2), Tensor.of(Double.NaN, Double.NaN)).svg());
        assertTrue(Plots.scatter("one", Tensor.of(1), Tensor.of(1)).png().length > 0);
    }

    @Test
    void longLinesAreThinned() {
        Tensor x = Tensor.arange(1_000_000);
        XYChart c = xy(Plots.line("long", x, x));
        assertTrue(c.getSeriesMap().get("long").getXData().length <= 5_000);
    }

    @Test
    void mismatchedSizesSayWhich() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.line("bad", Tensor.of(1, 2, 3), Tensor.of(1, 2)));
        assertEquals("x and y must have the same number of values to plot, got x of shape (3) (3 values) and y of shape (2) (2)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Plots.function("f", v -> v, 1, 1));
    }
}
