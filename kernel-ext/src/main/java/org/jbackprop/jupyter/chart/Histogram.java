package org.jbackprop.jupyter.chart;

import java.util.List;
import org.jbackprop.tensor.Tensor;

/**
 * Counts of tensor values in equal-width bins over a shared range, so the histograms of one weight
 * at different steps can be overlaid (TensorBoard's histogram picture). Non-finite values are left out.
 */
public final class Histogram {

    private final double low;
    private final double high;
    private final long[] counts;

    private Histogram(double low, double high, long[] counts) {
        this.low = low;
        this.high = high;
        this.counts = counts;
    }

    /** The finite range [min, max] over all tensors; a single value v gives [v − 0.5, v + 0.5], none gives [0, 1]. */
    public static double[] range(List<Tensor> tensors) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Tensor t : tensors) {
            Values v = new Values(t);
            while (v.hasNext()) {
                double x = v.next();
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        if (lo == hi) {
            return new double[] {lo - 0.5, hi + 0.5};
        }
        return new double[] {lo, hi};
    }

    /** Counts the finite values of {@code t} in {@code bins} bins over [low, high] (the last bin closed). */
    public static Histogram of(Tensor t, int bins, double low, double high) {
        if (bins < 1 || bins > 10_000) {
            throw new IllegalArgumentException("bins must be between 1 and 10000, got " + bins);
        }
        long[] counts = new long[bins];
        double width = (high - low) / bins;
        Values v = new Values(t);
        while (v.hasNext()) {
            double x = v.next();
            if (!Double.isFinite(x) || x < low || x > high) {
                continue;
            }
            int b = (int) Math.min(bins - 1, Math.floor((x - low) / width));
            counts[b]++;
        }
        return new Histogram(low, high, counts);
    }

    /** The bin counts. */
    public long[] counts() {
        return counts.clone();
    }

    /**
     * The outline to draw as a step line: x at every bin edge, y the count of the bin starting there
     * (the last edge repeats the last count), plus zero at both ends so the outline closes.
     */
    public double[][] outline() {
        int bins = counts.length;
        double width = (high - low) / bins;
        double[] x = new double[bins + 3];
        double[] y = new double[bins + 3];
        x[0] = low;
        y[0] = 0;
        for (int i = 0; i <= bins; i++) {
            x[i + 1] = low + i * width;
            y[i + 1] = counts[Math.min(i, bins - 1)];
        }
        x[bins + 2] = high;
        y[bins + 2] = 0;
        return new double[][] {x, y};
    }
}
