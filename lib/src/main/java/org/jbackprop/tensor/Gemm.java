package org.jbackprop.tensor;

/**
 * Row-major general matrix product C = op(A) op(B) for C of shape (m, n), the one place where
 * the tensor engine multiplies matrices.
 *
 * <p>This version multiplies in plain Java with an i-k-j loop whose inner loop runs over
 * contiguous rows (the JIT vectorises it).
 */
final class Gemm {

    private Gemm() {
    }

    /** The name of the BLAS in use. */
    static String backend() {
        return "java";
    }

    /**
     * c[co..] = op(a) op(b), with op(a) of shape (m, k) and op(b) of shape (k, n), all row-major;
     * a transposed operand is stored as (k, m) resp. (n, k). Overwrites c.
     */
    static void gemm(boolean transA, boolean transB, int m, int n, int k,
                     double[] a, int ao, double[] b, int bo, double[] c, int co) {
        java.util.Arrays.fill(c, co, co + m * n, 0.0);
        if (m == 0 || n == 0 || k == 0) {
            return;
        }
        javaGemm(transA, transB, m, n, k, a, ao, b, bo, c, co);
    }

    static void javaGemm(boolean transA, boolean transB, int m, int n, int k,
                         double[] a, int ao, double[] b, int bo, double[] c, int co) {
        if (transB) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    int bj = bo + j * k;
                    for (int p = 0; p < k; p++) {
                        double aip = transA ? a[ao + p * m + i] : a[ao + i * k + p];
                        s += aip * b[bj + p];
                    }
                    c[co + i * n + j] = s;
                }
            }
            return;
        }
        for (int i = 0; i < m; i++) {
            int ci = co + i * n;
            for (int p = 0; p < k; p++) {
                double aip = transA ? a[ao + p * m + i] : a[ao + i * k + p];
                int bp = bo + p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bp + j];
                }
            }
        }
    }
}
