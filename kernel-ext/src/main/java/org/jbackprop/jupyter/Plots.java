package org.jbackprop.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.jbackprop.jupyter.chart.Headless;
import org.jbackprop.jupyter.chart.Histogram;
import org.jbackprop.tensor.Tensor;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plots the lectures draw, each returning a {@link Figure} that can be extended with
 * {@link Figure#line}, {@link Figure#dashed}, {@link Figure#scatter}, {@link Figure#ylim}, ...:
 *
 * <pre>{@code
 * Tensor x = Tensor.arange(-5, 5, 0.1);
 * Plots.line("sigmoid", x, x.sigmoid()).dashed("step", x, x.step()).ylim(-0.1, 1.1)
 * Plots.scatter("data", x, y).line("fit", x, model.forward(x))
 * Plots.histograms(30, Map.of("W1 at step 0", w0, "W1 at step 10000", w1))
 * Plots.cost(w, cost)
 * }</pre>
 */
public final class Plots {

    /** Points drawn for a function's curve. */
    public static final int CURVE_POINTS = 400;

    static {
        Headless.ensure();
    }

    private Plots() {
    }

    /** An empty XY figure with a title and axis labels, to add lines and points to. */
    public static Figure figure(String title, String xLabel, String yLabel) {
        return Figure.styled(Charts.newChart(title, xLabel, yLabel));
    }

    /** One line through (x[i], y[i]), e.g. {@code line("sigmoid", x, x.sigmoid())}. */
    public static Figure line(String name, Tensor x, Tensor y) {
        return figure(name, "x", "y").line(name, x, y);
    }

    /** Points (x[i], y[i]), e.g. the lecture's noisy quadratic data. */
    public static Figure scatter(String name, Tensor x, Tensor y) {
        return figure(name, "x", "y").scatter(name, x, y);
    }

    /** The curve of {@code f} over [from, to]. */
    public static Figure function(String name, DoubleUnaryOperator f, double from, double to) {
        return figure(name, "x", "y").function(name, f, from, to);
    }

    /**
     * The data as points and a fitted model as a curve over the data's x range, e.g.
     * {@code scatterWithFit(x, y, v -> 8 * v * v + 7 * v + 3)} for the quadratic-regression lecture.
     */
    public static Figure scatterWithFit(Tensor x, Tensor y, DoubleUnaryOperator fit) {
        double[] range = finiteRange(x);
        return figure("data and fit", "x", "y").scatter("data", x, y).function("fit", fit, range[0], range[1]);
    }

    /**
     * The lecture's overlay of sigmoid and step (dashed) over x = arange(-5, 5, 0.1), the y axis
     * limited to [-0.1, 1.1].
     */
    public static Figure sigmoidVsStep() {
        Tensor x = Tensor.arange(-5, 5, 0.1);
        return figure("sigmoid and step", "x", "y")
                .line("sigmoid", x, x.sigmoid())
                .dashed("step", x, x.step())
                .ylim(-0.1, 1.1);
    }

    /** Cost against weight, the lecture's {@code plt.plot(W_val, cost_val)}: x label "W", y label "cost". */
    public static Figure cost(Tensor w, Tensor cost) {
        return figure("cost(W)", "W", "cost").line("cost", w, cost);
    }

    /** The curve of a cost function of one weight over [from, to]. */
    public static Figure cost(DoubleUnaryOperator cost, double from, double to) {
        return figure("cost(W)", "W", "cost").function("cost", cost, from, to);
    }

    /** The histogram of a tensor's values in {@code bins} bins. */
    public static Figure histogram(String name, Tensor values, int bins) {
        return histograms(bins, Map.of(name, values)).title(name);
    }

    /**
     * Histograms of several tensors over one shared range, overlaid as outlines (TensorBoard's
     * weight histograms at chosen steps). Pass a {@code LinkedHashMap} to fix the legend order.
     */
    public static Figure histograms(int bins, Map<String, Tensor> snapshots) {
        XYChart chart = Charts.newChart("histograms", "value", "count");
        double[] range = Histogram.range(new ArrayList<>(snapshots.values()));
        for (Map.Entry<String, Tensor> e : snapshots.entrySet()) {
            double[][] outline = Histogram.of(e.getValue(), bins, range[0], range[1]).outline();
            XYSeries s = chart.addSeries(Charts.uniqueName(chart, e.getKey()), outline[0], outline[1]);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
            s.setMarker(SeriesMarkers.NONE);
        }
        org.jbackprop.jupyter.chart.ChartStyle.legendFor(chart);
        return Figure.styled(chart).alt("Histograms of " + String.join(", ", snapshots.keySet()) + ": counts of values in "
                + bins + " bins from " + org.jbackprop.tensor.Significant.format(range[0], 3) + " to "
                + org.jbackprop.tensor.Significant.format(range[1], 3) + ".");
    }

    /** {@value #CURVE_POINTS} evenly spaced points from {@code from} to {@code to}. */
    static Tensor grid(double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            throw new IllegalArgumentException("a curve needs finite from < to, got [" + from + ", " + to + "]");
        }
        return Tensor.linspace(from, to, CURVE_POINTS);
    }

    private static double[] finiteRange(Tensor x) {
        double[] r = Histogram.range(List.of(x));
        return r;
    }
}
