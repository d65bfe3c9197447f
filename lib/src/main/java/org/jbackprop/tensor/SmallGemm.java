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

    /** The reference order, then + bias[biasOff + j] when bias is not null. */
    static void scalar(boolean transA, boolean transB, int m, int n, int k,
                       double[] a, int ao, double[] b, int bo, double[] bias, int biasOff, double[] c, int co) {
        // a[ao + i·ars + p·aps] and b[bo + p·bps + j·bjs] in either layout
        int ars = transA ? 1 : k;
        int aps = transA ? m : 1;
        int bps = transB ? 1 : n;
        int bjs = transB ? k : 1;
        for (int i = 0; i < m; i++) {
            int ai0 = ao + i * ars;
            for (int j = 0; j < n; j++) {
                double s = 0.0;
                for (int p = 0, ai = ai0, bi = bo + j * bjs; p < k; p++, ai += aps, bi += bps) {
                    s = s + a[ai] * b[bi];
                }
                c[co + i * n + j] = bias == null ? s : s + bias[biasOff + j];
            }
        }
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
