package org.jbackprop.tensor;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** SIMD loops for {@link VectorMath}; loaded only when jdk.incubator.vector is in the boot layer. */
final class VectorMathSimd {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private VectorMathSimd() {
    }

    private static final VectorSpecies<Double> S4 = DoubleVector.SPECIES_256;

    /** True when the preferred species is at least 256 bits, so SPECIES_256 runs in hardware. */
    static boolean wideEnough() {
        return S.vectorBitSize() >= 256;
    }

    static void addRow(double[] d, int row, double[] out, int ob, int n) {
        int i = 0;
        for (int up = S.loopBound(n); i < up; i += S.length()) {
            DoubleVector.fromArray(S, out, ob + i).add(DoubleVector.fromArray(S, d, row + i)).intoArray(out, ob + i);
        }
        for (; i < n; i++) {
            out[ob + i] += d[row + i];
        }
    }

    /**
     * numpy's pairwise_sum block for 8 &lt;= n &lt;= 128: lane j of (lo, hi) is numpy's partial sum
     * r[j], so the result has the same bits as the scalar version.
     */
    static double pairwiseBlock(double[] a, int off, int n) {
        DoubleVector lo = DoubleVector.fromArray(S4, a, off);
        DoubleVector hi = DoubleVector.fromArray(S4, a, off + 4);
        int i;
        int end = n - (n % 8);
        for (i = 8; i < end; i += 8) {
            lo = lo.add(DoubleVector.fromArray(S4, a, off + i));
            hi = hi.add(DoubleVector.fromArray(S4, a, off + i + 4));
        }
        double res = ((lo.lane(0) + lo.lane(1)) + (lo.lane(2) + lo.lane(3)))
                + ((hi.lane(0) + hi.lane(1)) + (hi.lane(2) + hi.lane(3)));
        for (; i < n; i++) {
            res += a[off + i];
        }
        return res;
    }
}
