package org.jbackprop.tensor;

/**
 * The product C = op(A) op(B) for every lecture-size matrix (m·n·k below {@link #LIMIT}) in Java,
 * so that printed lecture numbers do not depend on which BLAS the machine has: each element is the
 * sum a[i,0]·b[0,j] + a[i,1]·b[1,j] + … taken in that order, without fused multiply-adds, the same
 * bits on SIMD lanes ({@link SmallGemmSimd}), in scalar loops, in the interpreter and in compiled
 * code. Operands are row-major; a transposed operand is stored as (k, m) resp. (n, k).
 */
final class SmallGemm {

    /**
     * m·n·k below which products run here: every lecture product is below it (the largest, NB11's
     * (1000, 10) @ (10, 6) and its backward products, is 60,000; the zoo's (101, 16) @ (16, 7) is
     * 11,312), while a (64, 64) @ (64, 64) product (262,144) already goes to BLAS.
     */
    static final long LIMIT = 1L << 17;

    private SmallGemm() {
    }

    /** c[co..co + m·n) = op(a) op(b); overwrites c. */
    static void gemm(boolean transA, boolean transB, int m, int n, int k,
                     double[] a, int ao, double[] b, int bo, double[] c, int co) {
        gemm(transA, transB, m, n, k, a, ao, b, bo, null, 0, c, co);
    }

    /**
     * c[co..co + m·n) = op(a) op(b) + bias, bias[biasOff + j] added to column j after its sum (the
     * bits of the product followed by a broadcast add), or no bias when it is null; overwrites c.
     */
    static void gemm(boolean transA, boolean transB, int m, int n, int k,
                     double[] a, int ao, double[] b, int bo, double[] bias, int biasOff, double[] c, int co) {
        if (VectorMath.SIMD) {
            SmallGemmSimd.gemm(transA, transB, m, n, k, a, ao, b, bo, bias, biasOff, c, co);
        } else {
            scalar(transA, transB, m, n, k, a, ao, b, bo, bias, biasOff, c, co);
        }
    }

    /** The reference order: s = 0; s = s + a[i,p]·b[p,j] for p = 0, 1, …, k − 1. */
    static void scalar(boolean transA, boolean transB, int m, int n, int k,
                       double[] a, int ao, double[] b, int bo, double[] c, int co) {
        scalar(transA, transB, m, n, k, a, ao, b, bo, null, 0, c, co);
    }

    /**
     * The reference order, then + bias[biasOff + j] when bias is not null. Four elements of C are
     * summed side by side (four columns of a row, or four rows of a column when C has fewer than
     * four columns): four independent sums, each still taken in the order p = 0, 1, …, so the bits
     * are those of one element at a time, but the processor overlaps four additions instead of
     * waiting for each one (the lectures' products, e.g. XOR's (4, 10) @ (10, 10), all land here).
     */
    static void scalar(boolean transA, boolean transB, int m, int n, int k,
                       double[] a, int ao, double[] b, int bo, double[] bias, int biasOff, double[] c, int co) {
        // a[ao + i·ars + p·aps] and b[bo + p·bps + j·bjs] in either layout
        int ars = transA ? 1 : k;
        int aps = transA ? m : 1;
        int bps = transB ? 1 : n;
        int bjs = transB ? k : 1;
        int i = 0;
        if (n < 4) {
            // four rows of a column at a time
            for (; i + 4 <= m; i += 4) {
                for (int j = 0; j < n; j++) {
                    four(k, a, ao + i * ars, ars, aps, b, bo + j * bjs, 0, bps, bias, biasOff + j, 0,
                            c, co + i * n + j, n);
                }
            }
        }
        for (; i < m; i++) {
            int ai0 = ao + i * ars;
            int ci = co + i * n;
            int j = 0;
            // four columns of a row at a time
            for (; j + 4 <= n; j += 4) {
                four(k, a, ai0, 0, aps, b, bo + j * bjs, bjs, bps, bias, biasOff + j, 1, c, ci + j, 1);
            }
            for (; j < n; j++) {
                double s = 0.0;
                for (int p = 0, ai = ai0, bi = bo + j * bjs; p < k; p++, ai += aps, bi += bps) {
                    s = s + a[ai] * b[bi];
                }
                c[ci + j] = bias == null ? s : s + bias[biasOff + j];
            }
        }
    }

    /**
     * Four elements of C side by side, element r = 0..3 being the sum over p = 0, 1, … of
     * a[ai + r·ar + p·aps]·b[bi + r·br + p·bps], taken in that order, then + bias[bb + r·biasStep]
     * when bias is not null, stored at c[ci + r·cr]. Four rows of a column step through a (ar = the
     * row stride, br = 0); four columns of a row step through b (ar = 0, br = the column stride).
     */
    private static void four(int k, double[] a, int ai, int ar, int aps, double[] b, int bi, int br, int bps,
                             double[] bias, int bb, int biasStep, double[] c, int ci, int cr) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        for (int p = 0; p < k; p++, ai += aps, bi += bps) {
            s0 = s0 + a[ai] * b[bi];
            s1 = s1 + a[ai + ar] * b[bi + br];
            s2 = s2 + a[ai + 2 * ar] * b[bi + 2 * br];
            s3 = s3 + a[ai + 3 * ar] * b[bi + 3 * br];
        }
        if (bias != null) {
            s0 = s0 + bias[bb];
            s1 = s1 + bias[bb + biasStep];
            s2 = s2 + bias[bb + 2 * biasStep];
            s3 = s3 + bias[bb + 3 * biasStep];
        }
        c[ci] = s0;
        c[ci + cr] = s1;
        c[ci + 2 * cr] = s2;
        c[ci + 3 * cr] = s3;
    }

    /** Element (i, j) of the product in the reference order: the definition the tests check every path against. */
    static double dot(boolean transA, boolean transB, int m, int n, int k,
                      double[] a, int ao, double[] b, int bo, int i, int j) {
        double s = 0.0;
        for (int p = 0; p < k; p++) {
            double aip = transA ? a[ao + p * m + i] : a[ao + i * k + p];
            double bpj = transB ? b[bo + j * k + p] : b[bo + p * n + j];
            s = s + aip * bpj;
        }
        return s;
    }
}
