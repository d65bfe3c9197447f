package org.jbackprop.jupyter.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What every chart gets just before it is drawn, and loses again right after (the chart object
 * itself keeps all its data and settings), all through XChart's styler and series:
 * <ul>
 *   <li>a line of more than {@value #MARKER_LIMIT} points with no marker chosen is drawn without markers
 *       (a scatter keeps its markers: they are all it draws);</li>
 *   <li>every line of an XY chart is thinned to at most the drawing's width in points (lowest and
 *       highest of every two pixels' worth) ({@link Downsample#minMax}), so a 10,001-step history
 *       draws as fast and small as it looks;</li>
 *   <li>an axis without the user's own decimal pattern or formatter gets {@link Ticks} labels
 *       ({@code 0.25}, {@code 1.2k}, {@code 1e-4}; whole numbers only on an axis of whole numbers);</li>
 *   <li>an axis range the user did not fix is widened by a millionth: XChart 3.8 puts the ticks of
 *       equally spaced data (steps 0, 1, ..., 500; x = arange(-5, 5, 0.1)) on data points (0, 3, 6 ...;
 *       -4.2, -3.4 ...) instead of round numbers, unless the range is not itself on that grid;</li>
 *   <li>a constant series gets a range around its value instead of a single tick;</li>
 *   <li>a logarithmic y axis is drawn as log10 of the data on a linear axis labelled {@code 10^v}
 *       ({@link Ticks#powerOfTen}), so any positive range gets round ticks ({@code 1e-4},
 *       {@code 0.001}, ...; XChart's own log axis labels only whole decades, as {@code 1E-4}, and none at
 *       all for data within one decade); points at or below zero are left out.</li>
 * </ul>
 */
public final class Drawing implements AutoCloseable {

    /** Lines with more points than this are drawn without markers (a marker per point makes a thick band). */
    public static final int MARKER_LIMIT = 30;
    /** How far a free axis range is widened, as a fraction of its span (far below a pixel). */
    static final double NUDGE = 1e-6;

    private final List<Runnable> undo = new ArrayList<>();

    private Drawing() {
    }

    /** Prepares {@code chart} for drawing {@code width} pixels wide; {@link #close()} undoes it. */
    public static Drawing prepare(Chart<?, ?> chart, int width) {
        Drawing d = new Drawing();
        if (chart instanceof XYChart xy) {
            d.thin(xy, width);
            boolean log = d.logY(xy);
            d.xAxis(xy);
            if (!log) {
                d.yAxes(xy);
            }
        } else if (chart instanceof CategoryChart c) {
            d.categoryY(c);
        }
        return d;
    }

    private void thin(XYChart chart, int width) {
        for (XYSeries s : chart.getSeriesMap().values()) {
            double[] x = s.getXData();
            double[] y = s.getYData();
            XYSeries.XYSeriesRenderStyle style = s.getXYSeriesRenderStyle() != null
                    ? s.getXYSeriesRenderStyle() : chart.getStyler().getDefaultSeriesRenderStyle();
            boolean line = style != XYSeries.XYSeriesRenderStyle.Scatter;
            if (line && s.getMarker() == null && x.length > MARKER_LIMIT) {
                s.setMarker(SeriesMarkers.NONE);
                undo.add(() -> s.setMarker(null));
            }
            if (!line || s.getExtraValues() != null || x.length <= width) {
                continue;
            }
            double[][] kept = Downsample.minMax(x, y, Math.max(1, width / 2));
            s.replaceData(kept[0], kept[1], null);
            undo.add(() -> s.replaceData(x, y, null));
        }
    }

    /** Draws a logarithmic y axis as log10 of the data on a linear one; returns whether it did. */
    private boolean logY(XYChart chart) {
        AxesChartStyler st = chart.getStyler();
        if (!st.isYAxisLogarithmic()) {
            return false;
        }
        st.setYAxisLogarithmic(false);
        undo.add(() -> st.setYAxisLogarithmic(true));
        for (XYSeries s : chart.getSeriesMap().values()) {
            double[] x = s.getXData();
            double[] y = s.getYData();
            double[] extra = s.getExtraValues();
            double[] logs = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                logs[i] = y[i] > 0 ? Math.log10(y[i]) : Double.NaN;
            }
            s.replaceData(x, logs, extra);
            undo.add(() -> s.replaceData(x, y, extra));
        }
        Double min = st.getYAxisMin();
        Double max = st.getYAxisMax();
        if (min != null && min > 0) {
            st.setYAxisMin(Math.log10(min));
            undo.add(() -> st.setYAxisMin(min));
        } else if (min != null) {
            st.setYAxisMin(null);
            undo.add(() -> st.setYAxisMin(min));
        }
        if (max != null && max > 0) {
            st.setYAxisMax(Math.log10(max));
            undo.add(() -> st.setYAxisMax(max));
        }
        Function<Double, String> before = st.getyAxisTickLabelsFormattingFunction();
        st.setyAxisTickLabelsFormattingFunction(Ticks::powerOfTen);
        undo.add(() -> st.setyAxisTickLabelsFormattingFunction(before));
        String pattern = st.getYAxisDecimalPattern();
        if (pattern != null) {
            st.setYAxisDecimalPattern(null);
            undo.add(() -> st.setYAxisDecimalPattern(pattern));
        }
        if (min == null && max == null) {
            freeRange(chart, -1, false, st);
        }
        return true;
    }

    private void xAxis(XYChart chart) {
        AxesChartStyler st = chart.getStyler();
        if (st.isXAxisLogarithmic()) {
            return;
        }
        if (st.getXAxisDecimalPattern() == null && st.getxAxisTickLabelsFormattingFunction() == null) {
            boolean whole = wholeNumbers(chart, -1, true);
            st.setxAxisTickLabelsFormattingFunction(whole ? Ticks::integerLabel : Ticks::label);
            undo.add(() -> st.setxAxisTickLabelsFormattingFunction(null));
        }
        if (st.getXAxisMin() == null && st.getXAxisMax() == null) {
            double[] r = range(chart, -1, true);
            double[] wide = widened(r[0], r[1]);
            if (wide != null) {
                st.setXAxisMin(wide[0]);
                st.setXAxisMax(wide[1]);
                undo.add(() -> {
                    st.setXAxisMin(null);
                    st.setXAxisMax(null);
                });
            }
        }
    }

    private void yAxes(XYChart chart) {
        AxesChartStyler st = chart.getStyler();
        if (st.getYAxisDecimalPattern() == null && st.getYAxisGroupDecimalPatternMap().isEmpty()
                && st.getyAxisTickLabelsFormattingFunction() == null) {
            boolean whole = wholeNumbers(chart, -1, false);
            st.setyAxisTickLabelsFormattingFunction(whole ? Ticks::integerLabel : Ticks::label);
            undo.add(() -> st.setyAxisTickLabelsFormattingFunction(null));
        }
        int[] groups = chart.getSeriesMap().values().stream().mapToInt(XYSeries::getYAxisGroup).distinct().toArray();
        if (groups.length <= 1) {
            if (st.getYAxisMin() == null && st.getYAxisMax() == null) {
                freeRange(chart, -1, false, st);
            }
            return;
        }
        for (int g : groups) {
            if (st.getYAxisMin(g) == null && st.getYAxisMax(g) == null) {
                double[] wide = widened(range(chart, g, false));
                if (wide != null) {
                    st.setYAxisMin(g, wide[0]);
                    st.setYAxisMax(g, wide[1]);
                    undo.add(() -> {
                        st.setYAxisMin(g, null);
                        st.setYAxisMax(g, null);
                    });
                }
            }
        }
    }

    /** Widens the single y axis (all groups, {@code group} -1) of {@code chart} for drawing. */
    private void freeRange(XYChart chart, int group, boolean x, AxesChartStyler st) {
        double[] wide = widened(range(chart, group, x));
        if (wide != null) {
            st.setYAxisMin(wide[0]);
            st.setYAxisMax(wide[1]);
            undo.add(() -> {
                st.setYAxisMin(null);
                st.setYAxisMax(null);
            });
        }
    }

    private void categoryY(CategoryChart chart) {
        AxesChartStyler st = chart.getStyler();
        if (st.getYAxisDecimalPattern() != null || st.getyAxisTickLabelsFormattingFunction() != null) {
            return;
        }
        boolean whole = true;
        for (CategorySeries s : chart.getSeriesMap().values()) {
            for (Number n : s.getYData()) {
                if (n != null && Double.isFinite(n.doubleValue()) && n.doubleValue() != Math.rint(n.doubleValue())) {
                    whole = false;
                }
            }
        }
        st.setyAxisTickLabelsFormattingFunction(whole ? Ticks::integerLabel : Ticks::label);
        undo.add(() -> st.setyAxisTickLabelsFormattingFunction(null));
    }

    private static double[] widened(double[] r) {
        return widened(r[0], r[1]);
    }

    /**
     * The range drawn for data in [lo, hi]: widened by {@link #NUDGE} of the span (off the data's grid,
     * see the class comment), or, for a single value v, v ± 10% of |v| (± 1 around 0) out to round
     * numbers; null without data.
     */
    static double[] widened(double lo, double hi) {
        if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return null;
        }
        if (lo == hi) {
            double half = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            double step = Math.pow(10, Math.floor(Math.log10(half)));
            return new double[] {Math.floor((lo - half) / step) * step, Math.ceil((hi + half) / step) * step};
        }
        double nudge = (hi - lo) * NUDGE;
        return new double[] {lo - nudge, hi + nudge};
    }

    /** Finite data range of x (or y of axis group {@code group}, -1 for all); [+inf, -inf] when empty. */
    private static double[] range(XYChart chart, int group, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (XYSeries s : chart.getSeriesMap().values()) {
            if (group >= 0 && s.getYAxisGroup() != group) {
                continue;
            }
            for (double v : x ? s.getXData() : s.getYData()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[] {lo, hi};
    }

    /** Whether every finite x (or y) value is a whole number (steps, counts), and there is one. */
    private static boolean wholeNumbers(XYChart chart, int group, boolean x) {
        boolean any = false;
        for (XYSeries s : chart.getSeriesMap().values()) {
            if (group >= 0 && s.getYAxisGroup() != group) {
                continue;
            }
            for (double v : x ? s.getXData() : s.getYData()) {
                if (Double.isFinite(v)) {
                    if (v != Math.rint(v)) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /** Gives the chart back its own data and settings. */
    @Override
    public void close() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Drawing (%d changes)", undo.size());
    }
}
