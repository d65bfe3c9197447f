package org.jbackprop.tensor;

/**
 * Reductions along one axis (or over all elements), with numpy's summation order.
 *
 * <p>A tensor reduced along {@code axis} is viewed as (outer, n, inner). Along a contiguous axis
 * (inner = 1) sums use numpy's pairwise summation (blocks of 8 partial sums, halves above 128),
 * so {@code sum()} gives the same bits as {@code np.sum}; along other axes rows are added in
 * order, as numpy's iterator does. With the Vector API both loops run on SIMD lanes that keep
 * exactly this order, so the bits do not change.
 */
final class Reduce {

    enum Kind { SUM, PROD, MAX, MIN, ARGMAX, ARGMIN }

    private static final int PAIRWISE_BLOCK = 128;

    private Reduce() {
    }

    /** Reduces over every element; the result has rank 0. */
    static Tensor all(Kind kind, Tensor t) {
        double[] out = new double[1];
        reduce(kind, t.data, 1, t.data.length, 1, out, kind.name().toLowerCase(), t.shape, -1);
        return new Tensor(out, new int[0]);
    }

    /** Reduces along one axis (negative counts from the end), keeping it as length 1 if asked. */
    static Tensor along(Kind kind, Tensor t, int axis, boolean keepDims) {
        String op = kind.name().toLowerCase();
        int a = Shapes.axis(op, axis, t.shape);
        int outer = Shapes.prod(t.shape, 0, a);
        int n = t.shape[a];
        int inner = Shapes.prod(t.shape, a + 1, t.shape.length);
        double[] out = new double[outer * inner];
        reduce(kind, t.data, outer, n, inner, out, op, t.shape, a);
        return new Tensor(out, reducedShape(t.shape, a, keepDims));
    }

    /**
     * Reduces over several axes at once, like numpy's {@code axis=(1, 2)}; an empty list reduces nothing.
     * Axes next to each other are reduced as one block (numpy does the same for contiguous axes), the
     * others one after the other.
     */
    static Tensor over(Kind kind, Tensor t, int[] axes, boolean keepDims) {
        String op = kind.name().toLowerCase();
        boolean[] reduced = axesMask(op, axes, t.shape);
        Tensor r = t;
        // from the last axis to the first, one block of adjacent axes at a time, keeping dims
        for (int end = t.shape.length - 1; end >= 0; end--) {
            if (!reduced[end]) {
                continue;
            }
            int start = end;
            while (start > 0 && reduced[start - 1]) {
                start--;
            }
            r = block(kind, r, start, end, op);
            end = start;
        }
        return new Tensor(r == t ? t.data.clone() : r.data, keepDims ? r.shape : without(r.shape, reduced));
    }

    /** The means over several axes: the sums divided by how many elements each one adds up. */
    static Tensor meanOver(Tensor t, int[] axes, boolean keepDims) {
        Tensor s = over(Kind.SUM, t, axes, keepDims);
        boolean[] reduced = axesMask("mean", axes, t.shape);
        int n = 1;
        for (int i = 0; i < reduced.length; i++) {
            n *= reduced[i] ? t.shape[i] : 1;
        }
        for (int i = 0; i < s.data.length; i++) {
            s.data[i] = s.data[i] / n;
        }
        return s;
    }

    /** Which axes a list names, each once, negative counting from the end. */
    static boolean[] axesMask(String op, int[] axes, int[] shape) {
        boolean[] reduced = new boolean[shape.length];
        for (int axis : axes) {
            int a = Shapes.axis(op, axis, shape);
            if (reduced[a]) {
                throw new IllegalArgumentException(op + ": axis " + axis + " is repeated in "
                        + java.util.Arrays.toString(axes));
            }
            reduced[a] = true;
        }
        return reduced;
    }

    /** The shape with the masked axes left out. */
    static int[] without(int[] shape, boolean[] reduced) {
        int n = 0;
        for (boolean b : reduced) {
            n += b ? 0 : 1;
        }
        int[] s = new int[n];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (!reduced[i]) {
                s[j++] = shape[i];
            }
        }
        return s;
    }

    /** Reduces axes start..end (adjacent) as one axis of their product's length, keeping them as 1s. */
    private static Tensor block(Kind kind, Tensor t, int start, int end, String op) {
        int outer = Shapes.prod(t.shape, 0, start);
        int n = Shapes.prod(t.shape, start, end + 1);
        int inner = Shapes.prod(t.shape, end + 1, t.shape.length);
        double[] out = new double[outer * inner];
        reduce(kind, t.data, outer, n, inner, out, op, t.shape, start);
        int[] s = t.shape.clone();
        for (int i = start; i <= end; i++) {
            s[i] = 1;
        }
        return new Tensor(out, s);
    }

    static int[] reducedShape(int[] shape, int axis, boolean keepDims) {
        if (keepDims) {
            int[] s = shape.clone();
            s[axis] = 1;
            return s;
        }
        int[] s = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != axis) {
                s[j++] = shape[i];
            }
        }
        return s;
    }

    private static void reduce(Kind kind, double[] d, int outer, int n, int inner, double[] out,
                               String op, int[] shape, int axis) {
        if (n == 0 && out.length > 0 && kind != Kind.SUM && kind != Kind.PROD) {
            throw new IllegalArgumentException(op + ": cannot reduce an empty axis of a tensor of shape "
                    + Shapes.str(shape) + (axis >= 0 ? " along axis " + axis : "")
                    + "; " + op + " of zero values is undefined");
        }
        switch (kind) {
            case SUM:
                sum(d, outer, n, inner, out);
                break;
            case PROD:
                prod(d, outer, n, inner, out);
                break;
            case MAX:
            case MIN:
                extreme(kind == Kind.MAX, d, outer, n, inner, out);
                break;
            default:
                argExtreme(kind == Kind.ARGMAX, d, outer, n, inner, out);
        }
    }

    private static void sum(double[] d, int outer, int n, int inner, double[] out) {
        if (inner == 1) {
            for (int o = 0; o < outer; o++) {
                out[o] = 0.0 + pairwiseSum(d, o * n, n);
            }
            return;
        }
        if (VectorMath.SIMD && inner >= 2 && n >= 16 && inner <= KernelsSimd.SUM_WIDTH) {
            // a layer's dB = Σ_rows dOut of shape (N, 10): each column summed on a lane, rows in order
            for (int o = 0; o < outer; o++) {
                KernelsSimd.sumRows(d, o * n * inner, n, inner, out, o * inner);
            }
            return;
        }
        if (VectorMath.SIMD && inner >= 16) {
            for (int o = 0; o < outer; o++) {
                int base = o * n * inner;
                for (int k = 0; k < n; k++) {
                    VectorMath.addRow(d, base + k * inner, out, o * inner, inner);
                }
            }
            return;
        }
        for (int o = 0; o < outer; o++) {
            int base = o * n * inner;
            int ob = o * inner;
            int k = 0;
            // four rows per pass, still added one after another: the same bits, half the traffic on out
            for (; k + 4 <= n; k += 4) {
                int r0 = base + k * inner;
                int r1 = r0 + inner;
                int r2 = r1 + inner;
                int r3 = r2 + inner;
                for (int i = 0; i < inner; i++) {
                    out[ob + i] = (((out[ob + i] + d[r0 + i]) + d[r1 + i]) + d[r2 + i]) + d[r3 + i];
                }
            }
            for (; k < n; k++) {
                int row = base + k * inner;
                for (int i = 0; i < inner; i++) {
                    out[ob + i] += d[row + i];
                }
            }
        }
    }

    /** numpy's pairwise_sum for contiguous doubles: bit-identical to np.add.reduce. */
    static double pairwiseSum(double[] a, int off, int n) {
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) {
                res += a[off + i];
            }
            return res;
        } else if (n <= PAIRWISE_BLOCK) {
            if (VectorMath.SIMD_SUM) {
                return VectorMathSimd.pairwiseBlock(a, off, n);
            }
            double r0 = a[off];
            double r1 = a[off + 1];
            double r2 = a[off + 2];
            double r3 = a[off + 3];
            double r4 = a[off + 4];
            double r5 = a[off + 5];
            double r6 = a[off + 6];
            double r7 = a[off + 7];
            int i;
            int end = n - (n % 8);
            for (i = 8; i < end; i += 8) {
                r0 += a[off + i];
                r1 += a[off + i + 1];
                r2 += a[off + i + 2];
                r3 += a[off + i + 3];
                r4 += a[off + i + 4];
                r5 += a[off + i + 5];
                r6 += a[off + i + 6];
                r7 += a[off + i + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[off + i];
            }
            return res;
        } else {
            int n2 = n / 2;
            n2 -= n2 % 8;
            return pairwiseSum(a, off, n2) + pairwiseSum(a, off + n2, n - n2);
        }
    }

    private static void prod(double[] d, int outer, int n, int inner, double[] out) {
        java.util.Arrays.fill(out, 1.0);
        for (int o = 0; o < outer; o++) {
            int base = o * n * inner;
            int ob = o * inner;
            for (int k = 0; k < n; k++) {
                int row = base + k * inner;
                for (int i = 0; i < inner; i++) {
                    out[ob + i] *= d[row + i];
                }
            }
        }
    }

    private static void extreme(boolean max, double[] d, int outer, int n, int inner, double[] out) {
        for (int o = 0; o < outer; o++) {
            int base = o * n * inner;
            int ob = o * inner;
            System.arraycopy(d, base, out, ob, inner);
            for (int k = 1; k < n; k++) {
                int row = base + k * inner;
                for (int i = 0; i < inner; i++) {
                    double v = d[row + i];
                    double cur = out[ob + i];
                    // NaN propagates, as in numpy
                    if (max ? !(cur >= v) : !(cur <= v)) {
                        if (cur == cur) {
                            out[ob + i] = v;
                        }
                    }
                }
            }
        }
    }

    private static void argExtreme(boolean max, double[] d, int outer, int n, int inner, double[] out) {
        for (int o = 0; o < outer; o++) {
            int base = o * n * inner;
            for (int i = 0; i < inner; i++) {
                int best = 0;
                double bv = d[base + i];
                if (bv == bv) {
                    for (int k = 1; k < n; k++) {
                        double v = d[base + k * inner + i];
                        if (v != v) { // the first NaN wins, as in numpy
                            best = k;
                            break;
                        }
                        if (max ? v > bv : v < bv) { // strict: ties keep the first index
                            bv = v;
                            best = k;
                        }
                    }
                }
                out[o * inner + i] = best;
            }
        }
    }
}
