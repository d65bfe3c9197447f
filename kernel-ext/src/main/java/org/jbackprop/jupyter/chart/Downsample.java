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

    private static boolean drawable(double v, boolean positiveOnly) {
        return Double.isFinite(v) && (!positiveOnly || v > 0);
    }
}
