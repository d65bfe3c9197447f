package org.jbackprop.jupyter.chart;

import org.jbackprop.tensor.Tensor;

/**
 * Reads a tensor's values in row-major order one by one through {@link Tensor#get(int...)}, never
 * copying the whole tensor, and picks bounded samples for drawing.
 */
public final class Values {

    private final Tensor t;
    private final int[] shape;
    private final int[] index;
    private int position;

    /** A reader at the first value of {@code t}. */
    public Values(Tensor t) {
        this.t = t;
        this.shape = t.shape();
        this.index = new int[shape.length];
    }

    /** Whether values remain. */
    public boolean hasNext() {
        return position < t.size();
    }

    /** The next value in row-major order. */
    public double next() {
        double v = t.get(index);
        position++;
        for (int a = shape.length - 1; a >= 0; a--) {
            if (++index[a] < shape[a]) {
                break;
            }
            index[a] = 0;
        }
        return v;
    }

    /** Skips {@code n} values (at most to the end). */
    public void skip(long n) {
        long target = Math.min((long) t.size(), position + n);
        long rest = target;
        for (int a = shape.length - 1; a >= 0; a--) {
            index[a] = (int) (rest % shape[a]);
            rest /= shape[a];
        }
        position = (int) target;
    }

    /**
     * Points (x[i], y[i]) for drawing, at most {@code max} of them evenly spread over the tensors'
     * positions (every k-th point); non-finite pairs are dropped. {@code [0]} x, {@code [1]} y.
     */
    public static double[][] pairs(Tensor x, Tensor y, int max) {
        if (x.size() != y.size()) {
            throw new IllegalArgumentException("x and y must have the same number of values to plot, got x of shape "
                    + shape(x) + " (" + x.size() + " values) and y of shape " + shape(y) + " (" + y.size() + ")");
        }
        int n = x.size();
        long stride = Math.max(1, (n + (long) max - 1) / max);
        Values xs = new Values(x);
        Values ys = new Values(y);
        double[] px = new double[(int) Math.min(n, max)];
        double[] py = new double[px.length];
        int m = 0;
        while (xs.hasNext() && m < px.length) {
            double a = xs.next();
            double b = ys.next();
            if (Double.isFinite(a) && Double.isFinite(b)) {
                px[m] = a;
                py[m++] = b;
            }
            xs.skip(stride - 1);
            ys.skip(stride - 1);
        }
        return new double[][] {java.util.Arrays.copyOf(px, m), java.util.Arrays.copyOf(py, m)};
    }

    private static String shape(Tensor t) {
        return java.util.Arrays.toString(t.shape()).replace('[', '(').replace(']', ')');
    }
}
