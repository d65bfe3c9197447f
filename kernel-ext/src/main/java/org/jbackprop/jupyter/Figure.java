package org.jbackprop.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.jbackprop.jupyter.chart.ChartImages;
import org.jbackprop.jupyter.chart.Values;
import org.jbackprop.tensor.Tensor;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * A chart ready to show in a notebook (as PNG and SVG). Made by {@link Charts} and {@link Plots};
 * customised with the small methods here, each returning this figure, or, for anything else,
 * through the XChart object itself: {@code fig.xchart()}.
 *
 * <pre>{@code
 * Charts.compare("loss", slow, fast).title("learning rate 0.1 vs 0.01").logY()
 * }</pre>
 */
public final class Figure {

    /** The most points drawn per line (lines are thinned beyond). */
    static final int MAX_LINE = 5_000;
    /** The most points drawn per scatter. */
    static final int MAX_SCATTER = 5_000;

    private final Chart<?, ?> chart;
    private int width;
    private int height;
    private String alt;
    /** Made by {@link Charts} or {@link Plots} in the project's look: the legend follows the series count. */
    private boolean projectLook;

    /** Wraps an XChart chart, drawn at the chart's own size until {@link #size} says otherwise. */
    public Figure(Chart<?, ?> chart) {
        this.chart = Objects.requireNonNull(chart, "chart");
        this.width = chart.getWidth();
        this.height = chart.getHeight();
    }

    /** A figure of a chart in the project's look ({@link org.jbackprop.jupyter.chart.ChartStyle}). */
    static Figure styled(Chart<?, ?> chart) {
        Figure f = new Figure(chart);
        f.projectLook = true;
        return f;
    }

    /**
     * The XChart object, for anything this class does not offer, e.g.
     * {@code XYChart c = fig.xchart(); c.getStyler().setLegendPosition(...)}.
     */
    @SuppressWarnings("unchecked")
    public <C extends Chart<?, ?>> C xchart() {
        return (C) chart;
    }

    /** Sets the title shown above the chart. */
    public Figure title(String title) {
        chart.setTitle(title == null ? "" : title);
        return this;
    }

    /** Sets the label of the x axis. */
    public Figure xLabel(String label) {
        chart.setXAxisTitle(label == null ? "" : label);
        return this;
    }

    /** Sets the label of the (left) y axis. */
    public Figure yLabel(String label) {
        chart.setYAxisTitle(label == null ? "" : label);
        return this;
    }

    /** Draws the figure {@code width} by {@code height} pixels (1 to {@value ChartImages#MAX_SIDE}). */
    public Figure size(int width, int height) {
        checkSize(width, height);
        this.width = width;
        this.height = height;
        return this;
    }

    /**
     * A logarithmic y axis. Points at or below zero cannot be drawn on it and are left out
     * (a series left empty is removed).
     */
    public Figure logY() {
        if (chart instanceof XYChart xy) {
            for (XYSeries s : new ArrayList<>(xy.getSeriesMap().values())) {
                double[] x = s.getXData();
                double[] y = s.getYData();
                List<double[]> kept = new ArrayList<>();
                for (int i = 0; i < y.length; i++) {
                    if (y[i] > 0 && Double.isFinite(y[i])) {
                        kept.add(new double[] {x[i], y[i]});
                    }
                }
                if (kept.isEmpty()) {
                    xy.removeSeries(s.getName());
                } else {
                    double[] kx = new double[kept.size()];
                    double[] ky = new double[kept.size()];
                    for (int i = 0; i < kx.length; i++) {
                        kx[i] = kept.get(i)[0];
                        ky[i] = kept.get(i)[1];
                    }
                    xy.updateXYSeries(s.getName(), kx, ky, null);
                }
            }
        }
        styler().setYAxisLogarithmic(true);
        return this;
    }

    /** Adds a solid line through (x[i], y[i]) (matplotlib's {@code plt.plot(x, y)}). */
    public Figure line(String name, Tensor x, Tensor y) {
        addXY(name, x, y, XYSeries.XYSeriesRenderStyle.Line, SeriesLines.SOLID);
        return this;
    }

    /** Adds a dashed grey line, for overlays (matplotlib's {@code plt.plot(x, y, 'k--')}; grey reads on light and dark themes). */
    public Figure dashed(String name, Tensor x, Tensor y) {
        XYSeries s = addXY(name, x, y, XYSeries.XYSeriesRenderStyle.Line, SeriesLines.DASH_DASH);
        if (s != null) {
            s.setLineColor(org.jbackprop.jupyter.chart.ChartStyle.OVERLAY);
        }
        return this;
    }

    /** Adds points without a line (matplotlib's {@code plt.scatter(x, y)}). */
    public Figure scatter(String name, Tensor x, Tensor y) {
        addXY(name, x, y, XYSeries.XYSeriesRenderStyle.Scatter, SeriesLines.NONE);
        if (projectLook) {
            styler().setMarkerSize(5); // XChart's 8 px merges a few hundred points into a band
        }
        return this;
    }

    /** Adds the curve of {@code f} over [from, to], drawn through {@value Plots#CURVE_POINTS} points. */
    public Figure function(String name, DoubleUnaryOperator f, double from, double to) {
        Tensor x = Plots.grid(from, to);
        addXY(name, x, x.map(f), XYSeries.XYSeriesRenderStyle.Line, SeriesLines.SOLID);
        return this;
    }

    /** Adds the curve of {@code f} over [from, to] as a dashed grey line. */
    public Figure dashedFunction(String name, DoubleUnaryOperator f, double from, double to) {
        Tensor x = Plots.grid(from, to);
        return dashed(name, x, x.map(f));
    }

    /** Adds a series to the XY chart; null if nothing of it can be drawn. */
    private XYSeries addXY(String name, Tensor x, Tensor y, XYSeries.XYSeriesRenderStyle style, java.awt.BasicStroke line) {
        if (!(chart instanceof XYChart xy)) {
            throw new UnsupportedOperationException("lines and points go on an XY chart, not a "
                    + chart.getClass().getSimpleName());
        }
        double[][] p = Values.pairs(x, y, style == XYSeries.XYSeriesRenderStyle.Scatter ? MAX_SCATTER : MAX_LINE);
        if (p[0].length == 0) {
            return null;
        }
        String unique = name == null || name.isEmpty() ? "series" : name;
        for (int i = 2; xy.getSeriesMap().containsKey(unique); i++) {
            unique = (name == null || name.isEmpty() ? "series" : name) + " (" + i + ")";
        }
        XYSeries s = xy.addSeries(unique, p[0], p[1]);
        if (projectLook) {
            org.jbackprop.jupyter.chart.ChartStyle.legendFor(xy);
        }
        s.setXYSeriesRenderStyle(style);
        s.setLineStyle(line);
        if (style != XYSeries.XYSeriesRenderStyle.Scatter) {
            s.setMarker(p[0].length > Charts.MARKER_LIMIT ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        } else {
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        return s;
    }

    /** Fixes the y axis to {@code [min, max]} (matplotlib's {@code ylim}). */
    public Figure ylim(double min, double max) {
        checkRange("ylim", min, max);
        styler().setYAxisMin(min);
        styler().setYAxisMax(max);
        return this;
    }

    /** Fixes the x axis to {@code [min, max]} (matplotlib's {@code xlim}). */
    public Figure xlim(double min, double max) {
        checkRange("xlim", min, max);
        styler().setXAxisMin(min);
        styler().setXAxisMax(max);
        return this;
    }

    /** The width in pixels. */
    public int width() {
        return width;
    }

    /** The height in pixels. */
    public int height() {
        return height;
    }

    /**
     * Sets the alt text, one sentence saying what the figure shows; by default it names the title,
     * the axes and each series' last value ({@link org.jbackprop.jupyter.chart.ChartText#describe}).
     */
    public Figure alt(String text) {
        this.alt = text == null || text.isBlank() ? null : text;
        return this;
    }

    /** The alt text (see {@link #alt(String)}). */
    public String alt() {
        return alt != null ? alt : org.jbackprop.jupyter.chart.ChartText.describe(chart);
    }

    /**
     * The figure as a {@link Picture} (SVG and {@value Picture#SCALE}× PNG, display size, alt text), as a
     * notebook shows it. Drawn when asked; later changes to the figure do not reach a picture already taken.
     */
    public Picture picture() {
        return ChartImages.picture(chart, width, height, alt());
    }

    /** The figure as PNG bytes at {@value Picture#SCALE}× its size (what a notebook shows). */
    public byte[] png() {
        return ChartImages.png(chart, width, height, Picture.SCALE);
    }

    /** The figure as a base64 PNG (Jupyter's {@code image/png}), {@value Picture#SCALE}× its size. */
    public String pngBase64() {
        return java.util.Base64.getEncoder().encodeToString(png());
    }

    /** The figure as an SVG document, with {@code <title>} and {@code <desc>} (the alt text). */
    public String svg() {
        return picture().svg();
    }

    /** Throws unless both sides are 1 to {@value ChartImages#MAX_SIDE} pixels. */
    static void checkSize(int width, int height) {
        if (width < 1 || height < 1 || width > ChartImages.MAX_SIDE || height > ChartImages.MAX_SIDE) {
            throw new IllegalArgumentException("figure size must be between 1 and " + ChartImages.MAX_SIDE
                    + " pixels on each side, got " + width + " x " + height);
        }
    }

    private AxesChartStyler styler() {
        if (chart.getStyler() instanceof AxesChartStyler a) {
            return a;
        }
        throw new UnsupportedOperationException("a " + chart.getClass().getSimpleName() + " has no axes");
    }

    private static void checkRange(String what, double min, double max) {
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(what + " needs finite min < max, got [" + min + ", " + max + "]");
        }
    }

    /** One line naming the title, size and series, e.g. {@code Figure "loss" 600 x 400: lr = 0.1, lr = 0.01}. */
    @Override
    public String toString() {
        String title = chart.getTitle() == null || chart.getTitle().isEmpty() ? "" : " \"" + chart.getTitle() + "\"";
        return "Figure" + title + " " + width + " x " + height + ": " + String.join(", ", chart.getSeriesMap().keySet());
    }
}
