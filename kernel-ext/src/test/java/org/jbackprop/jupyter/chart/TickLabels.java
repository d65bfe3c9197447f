package org.jbackprop.jupyter.chart;

import java.awt.geom.Rectangle2D;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.AxisTickCalculator;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Test helper: the tick labels XChart drew on each axis of a chart, read from its axes after a
 * drawing (XChart keeps no public list of them), only those inside the axis.
 */
public final class TickLabels {

    private TickLabels() {
    }

    /** Draws {@code chart} as a PNG at its own size, then returns the x axis labels. */
    public static List<String> x(Chart<?, ?> chart) {
        ChartImages.png(chart, chart.getWidth(), chart.getHeight());
        return visible(axis(chart, "getXAxis", -1), true);
    }

    /** Draws {@code chart}, then returns the labels of y axis group {@code group}. */
    public static List<String> y(Chart<?, ?> chart, int group) {
        ChartImages.png(chart, chart.getWidth(), chart.getHeight());
        return visible(axis(chart, "getYAxis", group), false);
    }

    private static Axis<?, ?> axis(Chart<?, ?> chart, String getter, int group) {
        try {
            Field f = Chart.class.getDeclaredField("axisPair");
            f.setAccessible(true);
            Object pair = f.get(chart);
            if (group < 0) {
                Method m = pair.getClass().getDeclaredMethod(getter);
                m.setAccessible(true);
                return (Axis<?, ?>) m.invoke(pair);
            }
            Field ys = pair.getClass().getDeclaredField("yAxisMap");
            ys.setAccessible(true);
            return (Axis<?, ?>) ((Map<?, ?>) ys.get(pair)).get(group);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read XChart's axes", e);
        }
    }

    private static List<String> visible(Axis<?, ?> axis, boolean x) {
        AxisTickCalculator calc = axis.getAxisTickCalculator();
        Rectangle2D b = axis.getBounds();
        double length = x ? b.getWidth() : b.getHeight();
        List<String> out = new ArrayList<>();
        List<Double> at = calc.getTickLocations();
        List<String> labels = calc.getTickLabels();
        for (int i = 0; i < labels.size(); i++) {
            if (at.get(i) >= -0.5 && at.get(i) <= length + 0.5) {
                out.add(labels.get(i));
            }
        }
        return out;
    }
}
