package org.jbackprop.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jbackprop.jupyter.chart.ChartStyle;
import org.jbackprop.jupyter.chart.Downsample;
import org.jbackprop.jupyter.chart.Headless;
import org.jbackprop.train.History;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Training curves: a run's metrics against the step, or one metric of several runs side by side
 * (the lecture's "learning rate 0.1 vs 0.01" picture). Each method returns a {@link Figure}, which
 * a notebook shows as an image.
 */
public final class Charts {

    /** The default figure width in pixels. */
    public static final int WIDTH = 600;
    /** The default figure height in pixels. */
    public static final int HEIGHT = 400;
    /** Series with more points than this are drawn as lines without markers. */
    static final int MARKER_LIMIT = org.jbackprop.jupyter.chart.Drawing.MARKER_LIMIT;

    static {
        Headless.ensure();
    }

    private Charts() {
    }

    /**
     * Every metric of one run against the step: losses on the left axis, accuracies (metrics whose
     * name contains "acc") on a second axis at the right when the run has both.
     */
    public static Figure history(History run) {
        XYChart chart = newChart(run.name(), "step", "");
        List<String> metrics = run.metrics();
        boolean hasLoss = metrics.stream().anyMatch(m -> !isAccuracy(m));
        boolean hasAccuracy = metrics.stream().anyMatch(Charts::isAccuracy);
        boolean twoAxes = hasLoss && hasAccuracy;
        for (String metric : metrics) {
            XYSeries s = addSeries(chart, metric, run, metric);
            if (s != null && twoAxes && isAccuracy(metric)) {
                s.setYAxisGroup(1);
            }
        }
        if (twoAxes) {
            chart.setYAxisGroupTitle(0, String.join(", ", metrics.stream().filter(m -> !isAccuracy(m)).toList()));
            chart.setYAxisGroupTitle(1, String.join(", ", metrics.stream().filter(Charts::isAccuracy).toList()));
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        } else if (metrics.size() == 1) {
            chart.setYAxisTitle(metrics.get(0));
        }
        ChartStyle.legendFor(chart);
        return Figure.styled(chart);
    }

    /** One metric of several runs, one line per run named by the run (its legend entry). */
    public static Figure compare(String metric, History... runs) {
        XYChart chart = newChart(metric, "step", metric);
        for (History run : runs) {
            if (run.metrics().contains(metric)) {
                addSeries(chart, uniqueName(chart, run.name()), run, metric);
            }
        }
        chart.getStyler().setLegendVisible(true); // the runs are told apart only by the legend
        return Figure.styled(chart);
    }

    /** The first metric of the first run (usually "loss" or "cost") for several runs. */
    public static Figure compare(History... runs) {
        String metric = runs.length == 0 || runs[0].metrics().isEmpty() ? "loss" : runs[0].metrics().get(0);
        return compare(metric, runs);
    }

    /** Whether a metric belongs on the accuracy axis: its name contains "acc" in any case. */
    static boolean isAccuracy(String metric) {
        return metric.toLowerCase(Locale.ROOT).contains("acc");
    }

    /** A line chart with the project's look ({@link ChartStyle}): transparent, grey text, legend below the plot. */
    static XYChart newChart(String title, String xLabel, String yLabel) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title == null ? "" : title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        return chart;
    }

    /** Adds one metric of a run as a line; returns null (and adds nothing) if it has no finite value. */
    static XYSeries addSeries(XYChart chart, String name, History run, String metric) {
        double[][] p = Downsample.points(run.steps(), run.values(metric), false);
        if (p[0].length == 0) {
            return null;
        }
        XYSeries s = chart.addSeries(name, p[0], p[1]);
        s.setMarker(p[0].length > MARKER_LIMIT ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        return s;
    }

    /** {@code name}, or {@code name (2)}, {@code name (3)}... if a series of that name exists (XChart needs unique names). */
    static String uniqueName(XYChart chart, String name) {
        String base = name == null || name.isEmpty() ? "run" : name;
        String candidate = base;
        for (int i = 2; chart.getSeriesMap().containsKey(candidate); i++) {
            candidate = base + " (" + i + ")";
        }
        return candidate;
    }

    /** The names of the series of a chart, in order (for tests and messages). */
    static List<String> seriesNames(XYChart chart) {
        return new ArrayList<>(chart.getSeriesMap().keySet());
    }
}
