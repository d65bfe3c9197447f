package org.jbackprop.jupyter.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What every chart gets just before it is drawn, and loses again right after (the chart object
 * itself keeps all its data and settings):
 * <ul>
 *   <li>a line of more than {@value #MARKER_LIMIT} points with no marker chosen is drawn without markers;</li>
 *   <li>every line of an XY chart is thinned to at most the drawing's width in points (lowest and
 *       highest of every two pixels' worth)
 *       ({@link Downsample#minMax}), so a 10,001-step history draws as fast and small as it looks;</li>
 *   <li>an axis without a decimal pattern gets one from its range ({@link #decimalPattern}), so ticks read
 *       {@code -1.6}, not {@code -1.6000000000000012};</li>
 *   <li>a logarithmic y axis whose data spans fewer than two powers of ten (XChart would label at most
 *       one tick) is drawn linear.</li>
 * </ul>
 */
public final class Drawing implements AutoCloseable {

    /** Lines with more points than this are drawn without markers (a marker per point makes a thick band). */
    public static final int MARKER_LIMIT = 30;

    private final List<Runnable> undo = new ArrayList<>();

    private Drawing() {
    }

    /** Prepares {@code chart} for drawing {@code width} pixels wide; {@link #close()} undoes it. */
    public static Drawing prepare(Chart<?, ?> chart, int width) {
        Drawing d = new Drawing();
        if (chart instanceof XYChart xy) {
            d.thin(xy, width);
            d.axes(xy);
        }
        return d;
    }

    private void thin(XYChart chart, int width) {
        for (XYSeries s : chart.getSeriesMap().values()) {
            double[] x = s.getXData();
            double[] y = s.getYData();
            boolean line = s.getXYSeriesRenderStyle() != XYSeries.XYSeriesRenderStyle.Scatter;
            if (line && s.getMarker() == null && x.length > MARKER_LIMIT) {
                s.setMarker(SeriesMarkers.NONE);
                undo.add(() -> s.setMarker(null));
            }
            if (!line || s.getExtraValues() != null
                    || x.length <= width) {
                continue;
            }
            double[][] kept = Downsample.minMax(x, y, Math.max(1, width / 2));
            s.replaceData(kept[0], kept[1], null);
            undo.add(() -> s.replaceData(x, y, null));
        }
    }

    private void axes(XYChart chart) {
        AxesChartStyler st = chart.getStyler();
        if (st.getXAxisDecimalPattern() == null && st.getxAxisTickLabelsFormattingFunction() == null
                && !st.isXAxisLogarithmic()) {
            double[] r = range(chart, -1, true, st.getXAxisMin(), st.getXAxisMax());
            String p = decimalPattern(r[0], r[1]);
            if (p != null) {
                // A function rather than the pattern alone: tick positions like -1.8e-14 would read "-0",
                // and XChart 3.8 puts ~12 ticks on an x axis whatever their width, so "10,000" labels
                // ran together: thousands read "9.6k".
                boolean thousands = Math.max(Math.abs(r[0]), Math.abs(r[1])) >= 1000;
                st.setxAxisTickLabelsFormattingFunction(
                        thousands ? v -> thousandsLabel(v) : v -> tickLabel(p, v));
                undo.add(() -> st.setxAxisTickLabelsFormattingFunction(null));
            }
        }
        if (st.isYAxisLogarithmic()) {
            double[] r = range(chart, -1, false, st.getYAxisMin(), st.getYAxisMax());
            if (r[0] > 0 && decades(r[0], r[1]) < 2) {
                st.setYAxisLogarithmic(false);
                undo.add(() -> st.setYAxisLogarithmic(true));
            }
        }
        if (st.isYAxisLogarithmic()) {
            return;
        }
        boolean groups = chart.getSeriesMap().values().stream().anyMatch(s -> s.getYAxisGroup() != 0);
        if (!groups) {
            if (st.getYAxisDecimalPattern() == null) {
                double[] r = range(chart, -1, false, st.getYAxisMin(), st.getYAxisMax());
                String p = decimalPattern(r[0], r[1]);
                if (p != null) {
                    st.setYAxisDecimalPattern(p);
                    undo.add(() -> st.setYAxisDecimalPattern(null));
                }
            }
            return;
        }
        for (int g : chart.getSeriesMap().values().stream().mapToInt(XYSeries::getYAxisGroup).distinct().toArray()) {
            if (st.getYAxisGroupDecimalPatternMap().get(g) != null) {
                continue;
            }
            double[] r = range(chart, g, false, st.getYAxisMin(g), st.getYAxisMax(g));
            String p = decimalPattern(r[0], r[1]);
            if (p != null) {
                st.putYAxisGroupDecimalPatternMap(g, p);
                undo.add(() -> st.getYAxisGroupDecimalPatternMap().remove(g));
            }
        }
    }

    /** Data range of x (or y of axis group {@code group}, -1 for all), overridden by set limits. */
    private static double[] range(XYChart chart, int group, boolean x, Double min, Double max) {
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
        return new double[] {min != null ? min : lo, max != null ? max : hi};
    }

    /** How many powers of ten lie in [lo, hi] (both positive). */
    static int decades(double lo, double hi) {
        return (int) (Math.floor(Math.log10(hi) + 1e-9) - Math.ceil(Math.log10(lo) - 1e-9) + 1);
    }

    /** A tick at {@code v} on an axis reaching past 1000: "0", "800", "1.6k", "10k". */
    static String thousandsLabel(double v) {
        return Math.abs(v) < 1000 ? tickLabel("0", v) : tickLabel("0.#", v / 1000) + "k";
    }

    /** {@code v} in the decimal pattern, with a negative zero ("-0", "-0.0") shown as plain zero. */
    static String tickLabel(String pattern, double v) {
        String text = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
        return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9') ? text.substring(1) : text;
    }

    /**
     * A decimal pattern for ticks over [lo, hi]: one decimal more than a tenth of the range needs
     * ({@code 0.#} for a range of 10, {@code 0.##} for 1.2, {@code 0} from a range of 100 on),
     * or null for an empty or single-valued range (XChart's own choice then).
     */
    public static String decimalPattern(double lo, double hi) {
        double range = hi - lo;
        if (!Double.isFinite(range) || range <= 0) {
            return null;
        }
        int decimals = (int) Math.ceil(-Math.log10(range / 7) - 1e-9) + 1;
        if (range >= 100) {
            decimals = 0;
        }
        decimals = Math.max(0, Math.min(10, decimals));
        return decimals == 0 ? "0" : "0." + "#".repeat(decimals);
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
