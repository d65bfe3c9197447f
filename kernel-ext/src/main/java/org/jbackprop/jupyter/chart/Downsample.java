package org.jbackprop.jupyter.chart;

import java.util.Arrays;
import java.util.List;

/**
 * Thins a long series for drawing: at most a fixed number of points, keeping each bucket's
 * lowest and highest value so spikes survive. NaN and (for log axes) non-positive values are dropped.
 */
public final class Downsample {

    /** The most points drawn per series. */
    public static final int MAX_POINTS = 2_000;

    private Downsample() {
    }

    /**
     * The drawable points of a series, thinned to at most {@link #MAX_POINTS} by {@link #minMax}:
     * {@code [0]} the x values, {@code [1]} the y values.
     */
    public static double[][] points(List<? extends Number> x, List<? extends Number> y, boolean positiveOnly) {
        int n = Math.min(x.size(), y.size());
        double[] xs = new double[n];
        double[] ys = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double yi = y.get(i).doubleValue();
            if (drawable(yi, positiveOnly)) {
                xs[m] = x.get(i).doubleValue();
                ys[m++] = yi;
            }
        }
        return minMax(Arrays.copyOf(xs, m), Arrays.copyOf(ys, m), MAX_POINTS / 2);
    }

    /**
     * Thins one line to at most {@code 2 * buckets} points: the points are cut into {@code buckets}
     * runs of consecutive indices and each run keeps its lowest and highest point (in their order),
     * so a spike stays visible at any width. Fewer points than that come back unchanged (copied).
     *
     * @param x x values of length N
     * @param y y values of length N
     * @param buckets how many runs, usually the drawing's width in pixels (at least 1)
     * @return {@code [0]} the kept x values, {@code [1]} the kept y values, both of length at most 2 * buckets
     */
    public static double[][] minMax(double[] x, double[] y, int buckets) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length to thin, got "
                    + x.length + " and " + y.length);
        }
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be at least 1, got " + buckets);
        }
        int n = x.length;
        if (n <= 2L * buckets) {
            return new double[][] {x.clone(), y.clone()};
        }
        double[] xs = new double[2 * buckets];
        double[] ys = new double[2 * buckets];
        int m = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            int lo = -1;
            int hi = -1;
            for (int i = from; i < to; i++) {
                if (Double.isNaN(y[i])) {
                    continue;
                }
                if (lo < 0 || y[i] < y[lo]) {
                    lo = i;
                }
                if (hi < 0 || y[i] > y[hi]) {
                    hi = i;
                }
            }
            if (lo < 0) {
                continue;
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            xs[m] = x[first];
            ys[m++] = y[first];
            if (second != first) {
                xs[m] = x[second];
                ys[m++] = y[second];
            }
        }
        return new double[][] {Arrays.copyOf(xs, m), Arrays.copyOf(ys, m)};
    }

    private static boolean drawable(double v, boolean positiveOnly) {
        return Double.isFinite(v) && (!positiveOnly || v > 0);
    }
}
