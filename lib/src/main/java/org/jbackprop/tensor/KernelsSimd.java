package org.jbackprop.tensor;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} on SIMD lanes; loaded only when jdk.incubator.vector is in the boot layer. Every
 * lane computes what the scalar loop computes for its element, in the same order.
 */
final class KernelsSimd {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /** The widest row {@link #sumRows} takes: two vectors. */
    static final int SUM_WIDTH = 2 * L;

    private KernelsSimd() {
    }

    /** y[i] = max(0, x[i]) and mask[i] = x[i] &gt; 0 ? 1 : 0 for i in [0, n). */
    static void relu(double[] x, double[] y, double[] mask, int n) {
        DoubleVector zero = DoubleVector.zero(S);
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        int i = 0;
        for (int up = S.loopBound(n); i < up; i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, i);
            v.max(zero).intoArray(y, i);
            zero.blend(one, v.compare(VectorOperators.GT, zero)).intoArray(mask, i);
        }
        for (; i < n; i++) {
            double v = x[i];
            y[i] = Math.max(0.0, v);
            mask[i] = v > 0 ? 1.0 : 0.0;
        }
    }

    /**
     * out[ob + j] = ((0 + d[row 0, j]) + d[row 1, j]) + … over n rows of width {@code inner}
     * (at most two vectors) starting at d[base]; out[ob..ob + inner) holds zeros on entry. The
     * columns are summed on lanes, rows one after another; the last rows, whose vector would
     * read past the end of d, are added one by one.
     */
    static void sumRows(double[] d, int base, int n, int inner, double[] out, int ob) {
        int width = inner <= L ? L : 2 * L;
        long room = (long) d.length - base - width;
        int safe = room < 0 ? 0 : (int) Math.min(n, room / inner + 1);
        DoubleVector s0 = DoubleVector.zero(S);
        DoubleVector s1 = s0;
        if (width == L) {
            for (int k = 0; k < safe; k++) {
                s0 = DoubleVector.fromArray(S, d, base + k * inner).add(s0);
            }
        } else {
            for (int k = 0; k < safe; k++) {
                int r = base + k * inner;
                s0 = DoubleVector.fromArray(S, d, r).add(s0);
                s1 = DoubleVector.fromArray(S, d, r + L).add(s1);
            }
        }
        // sums as p.add(s) and −0.0 + s (no bit changes): every call has a receiver of a known class (see SmallGemmSimd)
        double[] sums = new double[2 * L];
        DoubleVector noBias = DoubleVector.broadcast(S, -0.0);
        noBias.add(s0).intoArray(sums, 0);
        noBias.add(s1).intoArray(sums, L);
        System.arraycopy(sums, 0, out, ob, inner);
        for (int k = safe; k < n; k++) {
            int r = base + k * inner;
            for (int j = 0; j < inner; j++) {
                out[ob + j] += d[r + j];
            }
        }
    }
}
