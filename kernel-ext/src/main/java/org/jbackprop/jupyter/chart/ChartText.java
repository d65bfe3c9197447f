package org.jbackprop.jupyter.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbackprop.tensor.Significant;
import org.knowm.xchart.internal.series.AxesChartSeriesCategory;
import org.knowm.xchart.internal.series.AxesChartSeriesNumericalNoErrorBars;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;

/** The alt text of a chart: one sentence with its title, axes, and each series' last value. */
public final class ChartText {

    /** The most series named in one sentence. */
    static final int MAX_SERIES = 8;

    private ChartText() {
    }

    /**
     * E.g. {@code Chart "run" of loss, accuracy against step: loss ends at 3.51e-05 (step 10000),
     * accuracy ends at 1 (step 10000).} Numbers to 3 significant digits.
     */
    public static String describe(Chart<?, ?> chart) {
        StringBuilder sb = new StringBuilder("Chart");
        String title = chart.getTitle();
        if (title != null && !title.isBlank()) {
            sb.append(" \"").append(title).append('"');
        }
        String y = chart.getYAxisTitle();
        String x = chart.getXAxisTitle();
        if (y != null && !y.isBlank()) {
            sb.append(" of ").append(y);
        }
        if (x != null && !x.isBlank()) {
            sb.append(" against ").append(x);
        }
        List<String> parts = new ArrayList<>();
        int more = 0;
        for (Map.Entry<String, ? extends Series> e : chart.getSeriesMap().entrySet()) {
            if (parts.size() == MAX_SERIES) {
                more++;
                continue;
            }
            parts.add(last(e.getKey(), e.getValue(), x));
        }
        if (parts.isEmpty()) {
            return sb.append(", empty.").toString();
        }
        sb.append(": ").append(String.join(", ", parts));
        if (more > 0) {
            sb.append(" and ").append(more).append(" more series");
        }
        return sb.append('.').toString();
    }

    private static String last(String name, Series s, String xTitle) {
        if (s instanceof AxesChartSeriesNumericalNoErrorBars n) {
            double[] xs = n.getXData();
            double[] ys = n.getYData();
            for (int i = ys.length - 1; i >= 0; i--) {
                if (Double.isFinite(ys[i])) {
                    String at = xTitle == null || xTitle.isBlank() ? "x = " : xTitle + " ";
                    return name + " ends at " + Significant.format(ys[i], 3)
                            + " (" + at + Significant.format(xs[i], 6) + ")";
                }
            }
            return name + " (no finite value)";
        }
        if (s instanceof AxesChartSeriesCategory c) {
            List<Number> ys = new ArrayList<>(c.getYData());
            for (int i = ys.size() - 1; i >= 0; i--) {
                if (ys.get(i) != null && Double.isFinite(ys.get(i).doubleValue())) {
                    return name + " ends at " + Significant.format(ys.get(i).doubleValue(), 3);
                }
            }
        }
        return name;
    }
}
