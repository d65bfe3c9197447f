package org.jbackprop.tensor;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * Row-major general matrix product C = op(A) op(B) for C of shape (m, n), the one place where
 * the tensor engine multiplies matrices.
 *
 * <p>Products below {@link SmallGemm#LIMIT} (every product in the lectures) run in
 * {@link SmallGemm}'s Java kernel, which sums in a fixed order, so that a notebook prints the same
 * digits with any BLAS or none; a JNI call would also cost more than they do. Larger ones go
 * to BLAS {@code dgemm} through dev.ludovic.netlib: the native library ({@code libblas.so.3},
 * e.g. OpenBLAS) when it loads, otherwise netlib's pure-Java BLAS (VectorBLAS when the JVM runs
 * with {@code --add-modules jdk.incubator.vector}, a scalar Java BLAS otherwise); the pure-Java
 * BLAS is given the rows of C in two halves on two threads. BLAS is column-major, so the row-major
 * product C = A B is computed as the column-major C^T = B^T A^T: operands swapped, no copies.
 *
 * <p>The system property {@code jbackprop.blas} chooses: {@code auto} (default), {@code native}
 * (fail if it cannot load), {@code java} (netlib's pure-Java BLAS) or {@code loops} (plain Java
 * loops only).
 */
final class Gemm {

    /** m * n * k from which the pure-Java BLAS is split over two threads. */
    static final long PARALLEL = 128L * 128 * 128;

    /** A second thread for the pure-Java BLAS (the common pool has a single worker on 2 cores). */
    private static final java.util.concurrent.Executor POOL = ForkJoinPool.commonPool();

    private static final BLAS BLAS_IMPL;
    private static final boolean NATIVE;
    private static final String BACKEND;

    /** Held so that the quieted logger is not garbage-collected and reset. */
    private static final java.util.logging.Logger NETLIB_LOG =
            java.util.logging.Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");

    static {
        // netlib logs a warning for every implementation it cannot load (no libblas.so.3, no Vector
        // API); backend() already says which one is in use, so a notebook stays quiet.
        NETLIB_LOG.setLevel(java.util.logging.Level.SEVERE);
        String choice = System.getProperty("jbackprop.blas", "auto").trim().toLowerCase();
        BLAS blas = null;
        boolean nat = false;
        String why = "";
        if (choice.equals("auto") || choice.equals("native")) {
            try {
                blas = NativeBLAS.getInstance();
                nat = true;
            } catch (Throwable e) {
                if (choice.equals("native")) {
                    throw new IllegalStateException("jbackprop.blas=native but no native BLAS could be loaded "
                            + "(install libopenblas0, which provides libblas.so.3): " + e, e);
                }
                why = "no native BLAS: " + e.getMessage();
            }
        }
        if (blas == null && !choice.equals("loops")) {
            blas = JavaBLAS.getInstance();
        }
        BLAS_IMPL = blas;
        NATIVE = nat;
        if (blas == null) {
            BACKEND = "java loops";
        } else if (nat) {
            BACKEND = "native BLAS (libblas.so.3 via netlib " + blas.getClass().getSimpleName() + ")";
        } else {
            BACKEND = "pure-Java BLAS (netlib " + blas.getClass().getSimpleName() + ")"
                    + (why.isEmpty() ? "" : "; " + why);
        }
    }

    private Gemm() {
    }

    /** The name of the matrix-product backend in use. */
    static String backend() {
        return BACKEND;
    }

    /** The netlib BLAS used for large products, or null when only Java loops are used. */
    static BLAS blas() {
        return BLAS_IMPL;
    }

    /**
     * c[co..] = op(a) op(b), with op(a) of shape (m, k) and op(b) of shape (k, n), all row-major;
     * a transposed operand is stored as (k, m) resp. (n, k). Overwrites c.
     */
    static void gemm(boolean transA, boolean transB, int m, int n, int k,
                     double[] a, int ao, double[] b, int bo, double[] c, int co) {
        gemm(BLAS_IMPL, !NATIVE, transA, transB, m, n, k, a, ao, b, bo, c, co);
    }

    /** As above with a given BLAS (null: loops only); {@code split} runs large products on two threads. */
    static void gemm(BLAS blas, boolean split, boolean transA, boolean transB, int m, int n, int k,
                     double[] a, int ao, double[] b, int bo, double[] c, int co) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            java.util.Arrays.fill(c, co, co + m * n, 0.0);
            return;
        }
        long work = (long) m * n * k;
        int lda = transA ? m : k;
        if (work < SmallGemm.LIMIT) {
            SmallGemm.gemm(transA, transB, m, n, k, a, ao, b, bo, c, co);
        } else if (blas == null) {
            loops(transA, transB, m, n, k, a, ao, b, bo, c, co);
        } else if (split && work >= PARALLEL && m >= 2) {
            int half = m / 2;
            CompletableFuture<Void> top = CompletableFuture.runAsync(
                    () -> blas(blas, transA, transB, half, n, k, a, ao, lda, b, bo, c, co), POOL);
            int aoBottom = transA ? ao + half : ao + half * k;
            blas(blas, transA, transB, m - half, n, k, a, aoBottom, lda, b, bo, c, co + half * n);
            top.join();
        } else {
            blas(blas, transA, transB, m, n, k, a, ao, lda, b, bo, c, co);
        }
    }

    /**
     * One dgemm call computing the row-major product as the column-major C^T = op(B)^T op(A)^T;
     * {@code lda} is the row stride of A as stored (k, or the full width m of a transposed A).
     */
    static void blas(BLAS blas, boolean transA, boolean transB, int m, int n, int k,
                     double[] a, int ao, int lda, double[] b, int bo, double[] c, int co) {
        blas.dgemm(transB ? "T" : "N", transA ? "T" : "N", n, m, k, 1.0,
                b, bo, transB ? k : n, a, ao, lda, 0.0, c, co, n);
    }

    /** Plain Java loops: the i-p-j order keeps the innermost loop on contiguous rows of B and C. */
    static void loops(boolean transA, boolean transB, int m, int n, int k,
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
        java.util.Arrays.fill(c, co, co + m * n, 0.0);
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
