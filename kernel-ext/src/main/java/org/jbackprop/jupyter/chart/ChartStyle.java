package org.jbackprop.jupyter.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look of every chart the project draws, readable on JupyterLab's light and dark themes
 * alike: a transparent ground (the notebook's own shows through), text, axes and grid in a mid grey
 * that keeps about 4.3:1 contrast on white and on JupyterLab's dark {@code #111}, and series colours
 * of middle lightness (matplotlib's tab10, orange darkened a little) that read on both.
 * Set through XChart's styler only.
 */
public final class ChartStyle {

    /** Text, tick labels, axis lines: a grey as far from white as from JupyterLab's dark ground. */
    public static final Color INK = new Color(0x78, 0x78, 0x78);
    /** Grid lines: the same grey, faint. */
    public static final Color GRID = new Color(0x80, 0x80, 0x80, 0x48);
    /** Nothing: the notebook's background shows through. */
    public static final Color CLEAR = new Color(0, 0, 0, 0);
    /** Overlays such as the dashed step function (matplotlib's {@code 'k--'}, black, would vanish on a dark ground). */
    public static final Color OVERLAY = new Color(0x80, 0x80, 0x80);
    /** The series colours, in order. */
    public static final Color[] SERIES = {
        new Color(0x1f, 0x77, 0xb4), // blue
        new Color(0xe8, 0x71, 0x0a), // orange
        new Color(0x2c, 0xa0, 0x2c), // green
        new Color(0xd6, 0x27, 0x28), // red
        new Color(0x94, 0x67, 0xbd), // purple
        new Color(0xa0, 0x67, 0x4b), // brown
        new Color(0xe3, 0x77, 0xc2), // pink
        new Color(0xa8, 0xa9, 0x1e), // olive
        new Color(0x17, 0xa8, 0xb8), // cyan
    };

    private ChartStyle() {
    }

    /**
     * Applies the look to an axes chart's styler: transparent grounds, grey text and solid faint grid,
     * the palette, sans-serif fonts, and the legend below the plot (it never hides data) unless
     * there is only one series, which the title or axis title names.
     */
    public static void apply(AxesChartStyler s) {
        s.setChartBackgroundColor(CLEAR);
        s.setPlotBackgroundColor(CLEAR);
        s.setLegendBackgroundColor(CLEAR);
        s.setChartFontColor(INK);
        s.setAxisTickLabelsColor(INK);
        s.setAxisTickMarksColor(INK);
        s.setPlotBorderColor(GRID);
        s.setPlotGridLinesColor(GRID);
        // XChart's default grid is dashed, which VectorGraphics2D writes as one shape per dash.
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setLegendBorderColor(CLEAR);
        s.setChartTitleBoxVisible(false);
        s.setChartTitleBoxBackgroundColor(CLEAR);
        s.setSeriesColors(SERIES);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setAntiAlias(true);
        // at most about ten labels per axis: XChart's 1-2-5 steps at least this many pixels apart
        s.setXAxisTickMarkSpacingHint(80);
        s.setYAxisTickMarkSpacingHint(70);
    }

    /** Shows the legend only when there is more than one series to tell apart. */
    public static void legendFor(org.knowm.xchart.internal.chartpart.Chart<? extends AxesChartStyler, ?> chart) {
        chart.getStyler().setLegendVisible(chart.getSeriesMap().size() > 1);
    }
}
