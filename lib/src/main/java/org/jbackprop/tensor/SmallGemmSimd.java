package org.jbackprop.tensor;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SmallGemm} on SIMD lanes; loaded only when jdk.incubator.vector is in the boot layer.
 * Lanes run along the longer side of C: along a row of C (j) when n is the longer, reading rows of
 * B, or along a column of C (i) when m is, reading rows of Aᵀ and writing Cᵀ, which is then copied
 * into C. Either way each element is summed over p in order, so the bits are the scalar ones.
 */
final class SmallGemmSimd {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private SmallGemmSimd() {
    }

    static void gemm(boolean transA, boolean transB, int m, int n, int k,
                     double[] a, int ao, double[] b, int bo, double[] c, int co) {
        if (n >= m || m < L) {
            // B as (k, n) rows: B itself, or Bᵀ copied when B is stored transposed
            double[] bRows = b;
            int bRowsOff = bo;
            if (transB) {
                bRows = new double[k * n];
                transpose(b, bo, n, k, bRows, 0);
                bRowsOff = 0;
            }
            alongRows(transA, m, n, k, a, ao, bRows, bRowsOff, c, co);
        } else {
            // Aᵀ as (k, m) rows: A itself when stored transposed, else a copy
            double[] at = a;
            int atOff = ao;
            if (!transA) {
                at = new double[k * m];
                transpose(a, ao, m, k, at, 0);
                atOff = 0;
            }
            double[] ct = new double[n * m];
            alongRows(!transB, n, m, k, b, bo, at, atOff, ct, 0);
            transpose(ct, 0, n, m, c, co);
        }
    }

    /**
     * c (m, n) = op(a) · r with r stored as (k, n) rows; lanes along n. op(a) is a (m, k) row-major,
     * or stored as (k, m) when transA.
     */
    private static void alongRows(boolean transA, int m, int n, int k, double[] a, int ao,
                                  double[] r, int ro, double[] c, int co) {
        int full = S.loopBound(n);
        for (int i = 0; i < m; i++) {
            int ci = co + i * n;
            int j = 0;
            for (; j + 2 * L <= full; j += 2 * L) {
                DoubleVector s0 = DoubleVector.zero(S);
                DoubleVector s1 = DoubleVector.zero(S);
                for (int p = 0; p < k; p++) {
                    double aip = transA ? a[ao + p * m + i] : a[ao + i * k + p];
                    int rp = ro + p * n + j;
                    s0 = s0.add(DoubleVector.fromArray(S, r, rp).mul(aip));
                    s1 = s1.add(DoubleVector.fromArray(S, r, rp + L).mul(aip));
                }
                s0.intoArray(c, ci + j);
                s1.intoArray(c, ci + j + L);
            }
            for (; j < full; j += L) {
                DoubleVector s0 = DoubleVector.zero(S);
                for (int p = 0; p < k; p++) {
                    double aip = transA ? a[ao + p * m + i] : a[ao + i * k + p];
                    s0 = s0.add(DoubleVector.fromArray(S, r, ro + p * n + j).mul(aip));
                }
                s0.intoArray(c, ci + j);
            }
            for (; j < n; j++) {
                double s = 0.0;
                for (int p = 0; p < k; p++) {
                    double aip = transA ? a[ao + p * m + i] : a[ao + i * k + p];
                    s = s + aip * r[ro + p * n + j];
                }
                c[ci + j] = s;
            }
        }
    }

    /** out (cols, rows) := x (rows, cols) from offset xo, transposed. */
    private static void transpose(double[] x, int xo, int rows, int cols, double[] out, int oo) {
        for (int i = 0; i < rows; i++) {
            int src = xo + i * cols;
            for (int j = 0; j < cols; j++) {
                out[oo + j * rows + i] = x[src + j];
            }
        }
    }
}
