package org.jbackprop.jupyter.chart;

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

    /** The drawable points of a series: {@code [0]} the x values, {@code [1]} the y values. */
    public static double[][] points(List<? extends Number> x, List<? extends Number> y, boolean positiveOnly) {
        int n = Math.min(x.size(), y.size());
        int buckets = MAX_POINTS / 2;
        double[] xs = new double[Math.min(n, MAX_POINTS)];
        double[] ys = new double[xs.length];
        int m = 0;
        if (n <= MAX_POINTS) {
            for (int i = 0; i < n; i++) {
                double yi = y.get(i).doubleValue();
                if (drawable(yi, positiveOnly)) {
                    xs[m] = x.get(i).doubleValue();
                    ys[m++] = yi;
                }
            }
        } else {
            for (int b = 0; b < buckets; b++) {
                int from = (int) ((long) b * n / buckets);
                int to = (int) ((long) (b + 1) * n / buckets);
                int lo = -1;
                int hi = -1;
                for (int i = from; i < to; i++) {
                    double yi = y.get(i).doubleValue();
                    if (!drawable(yi, positiveOnly)) {
                        continue;
                    }
                    if (lo < 0 || yi < y.get(lo).doubleValue()) {
                        lo = i;
                    }
                    if (hi < 0 || yi > y.get(hi).doubleValue()) {
                        hi = i;
                    }
                }
                if (lo < 0) {
                    continue;
                }
                int first = Math.min(lo, hi);
                int second = Math.max(lo, hi);
                xs[m] = x.get(first).doubleValue();
                ys[m++] = y.get(first).doubleValue();
                if (second != first) {
                    xs[m] = x.get(second).doubleValue();
                    ys[m++] = y.get(second).doubleValue();
                }
            }
        }
        return new double[][] {java.util.Arrays.copyOf(xs, m), java.util.Arrays.copyOf(ys, m)};
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
        return new double[][] {java.util.Arrays.copyOf(xs, m), java.util.Arrays.copyOf(ys, m)};
    }

    private static boolean drawable(double v, boolean positiveOnly) {
        return Double.isFinite(v) && (!positiveOnly || v > 0);
    }
}
