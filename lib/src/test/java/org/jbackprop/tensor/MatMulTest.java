package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matrix products with numpy's @ rules, and agreement of every backend; expected values from numpy 2.4. */
class MatMulTest {

    /** Products summed in a different order (BLAS kernels, FMA) agree to this relative error. */
    private static final double TOLERANCE = 1e-12;

    /** np.arange(12.).reshape(3,4)*0.5-1 */
    private static final Tensor A = Tensor.arange(12).reshape(3, 4).mul(0.5).sub(1);
    /** np.arange(20.).reshape(4,5)*0.25+0.1 */
    private static final Tensor B = Tensor.arange(20).reshape(4, 5).mul(0.25).add(0.1);

    private static void close(double[] expected, Tensor actual) {
        double[] a = actual.toArray();
        assertEquals(expected.length, a.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(expected[i], a[i], TOLERANCE * Math.max(1, Math.abs(expected[i])), "element " + i);
        }
    }

    @Test
    void twoMatrices() {
        Tensor p = A.matmul(B);
        assertArrayEquals(new int[] {3, 5}, p.shape());
        close(new double[] {1.15, 0.8999999999999999, 0.6499999999999999, 0.3999999999999999, 0.14999999999999947,
            16.95, 18.7, 20.45, 22.2, 23.95, 32.75, 36.5, 40.25, 44.0, 47.75}, p);
        assertEquals(p, A.dot(B));
    }

    @Test
    void oneDimensionalOperandsArePromotedAndDropped() {
        Tensor v = Tensor.arange(4);
        close(new double[] {18.1, 19.6, 21.1, 22.6, 24.1}, v.matmul(B));
        assertArrayEquals(new int[] {5}, v.matmul(B).shape());
        assertEquals(Tensor.of(1, 13, 25), A.matmul(v));
        assertEquals(Tensor.scalar(14), v.matmul(v));
        assertEquals(Tensor.scalar(14), v.dot(v));
        Tensor t = Tensor.arange(24).reshape(2, 3, 4);
        assertEquals(Tensor.of(new double[][] {{20, 23, 26, 29}, {56, 59, 62, 65}}), Tensor.arange(3).matmul(t));
    }

    @Test
    void batchedProductsBroadcastTheBatchAxes() {
        Tensor t = Tensor.arange(24).reshape(2, 3, 4);
        Tensor p = t.matmul(B);
        assertArrayEquals(new int[] {2, 3, 5}, p.shape());
        close(new double[] {112.9, 126.4, 139.9, 153.4, 166.9, 144.5, 162.0, 179.5, 197.0, 214.5, 176.1, 197.6, 219.1,
            240.6, 262.1}, p.row(1));
        Tensor x = Tensor.arange(24).reshape(2, 1, 3, 4);
        Tensor y = Tensor.arange(40).reshape(5, 4, 2);
        Tensor q = x.matmul(y);
        assertArrayEquals(new int[] {2, 5, 3, 2}, q.shape());
        assertEquals(Tensor.of(new double[][] {{1900, 1954}, {2460, 2530}, {3020, 3106}}), q.row(1).row(4));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
                () -> Tensor.zeros(2, 3, 4).matmul(Tensor.zeros(3, 4, 5)));
        assertEquals("matmul", e.operation());
        assertArrayEquals(new int[] {3, 4, 5}, e.rightShape());
    }

    @Test
    void dotOfHigherRanksAndOuter() {
        Tensor t = Tensor.arange(24).reshape(2, 3, 4);
        assertEquals(Tensor.of(new double[][] {{14, 38, 62}, {86, 110, 134}}), t.dot(Tensor.arange(4)));
        Tensor y = Tensor.arange(40).reshape(5, 4, 2);
        Tensor d = t.dot(y);
        assertArrayEquals(new int[] {2, 3, 5, 2}, d.shape());
        assertEquals(Tensor.of(2332, 2418), d.slice("1, 2, 3"));
        assertEquals(Tensor.of(2, 4), Tensor.scalar(2).dot(Tensor.of(1, 2)));
        assertEquals(Tensor.of(new double[][] {{3, 4, 5, 6}, {6, 8, 10, 12}}),
                Tensor.of(1, 2).outer(Tensor.of(new double[][] {{3, 4}, {5, 6}})));
        assertEquals(Tensor.zeros(2, 3, 5, 2), t.slice("..., 0:0").dot(Tensor.zeros(5, 0, 2)));
        assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(3).dot(Tensor.zeros(4)));
        assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(2, 3).dot(Tensor.zeros(2, 3)));
        assertThrows(ShapeMismatchException.class, () -> t.dot(Tensor.zeros(3)));
    }

    @Test
    void transposedProductsReadTheOperandInPlace() {
        Rng rng = new Rng(8);
        Tensor x = rng.randn(101, 16);
        Tensor d = rng.randn(101, 7);
        Tensor w = rng.randn(16, 7);
        assertTrue(x.T().matmul(d).allWithin(x.transposedMatmul(d), 1e-12));
        assertTrue(d.matmul(w.T()).allWithin(d.matmulTransposed(w), 1e-12));
        assertTrue(x.transposedMatmul(d).T().allWithin(d.transposedMatmul(x), 1e-12));
        assertEquals(Tensor.of(new double[][] {{17, 23}, {39, 53}}),
                Tensor.of(new double[][] {{1, 3}, {2, 4}}).transposedMatmul(Tensor.of(new double[][] {{5, 7}, {6, 8}})));
        assertEquals(Tensor.of(new double[][] {{26, 30}, {38, 44}}),
                Tensor.of(new double[][] {{1, 3}, {2, 4}}).matmulTransposed(Tensor.of(new double[][] {{5, 7}, {6, 8}})));
        Tensor t = Tensor.arange(24).reshape(2, 3, 4);
        assertEquals(t.transpose(0, 2, 1).matmul(t), t.transposedMatmul(t));
        assertEquals(t.matmul(t.transpose(0, 2, 1)), t.matmulTransposed(t));
        assertEquals(Tensor.scalar(14), Tensor.arange(4).transposedMatmul(Tensor.arange(4)));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> x.transposedMatmul(w));
        assertEquals(0, e.axis());
        assertArrayEquals(new int[] {101, 16}, e.leftShape());
        e = assertThrows(ShapeMismatchException.class, () -> x.matmulTransposed(d));
        assertEquals(1, e.axis());
    }

    @Test
    void mismatchesAreReportedCalmly() {
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
                () -> Tensor.zeros(101, 16).matmul(Tensor.zeros(7, 16)));
        assertEquals(1, e.axis());
        e = assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(3).matmul(Tensor.zeros(4)));
        assertEquals("matmul: inner dimensions differ: (3,) @ (4,); axis 0 of the left (3) must equal axis 0 of the "
                + "right (4)", e.getMessage());
        assertThrows(ShapeMismatchException.class, () -> Tensor.scalar(1).matmul(Tensor.zeros(1)));
    }

    @Test
    void nanAndInfinityPropagateThroughProducts() {
        Tensor a = Tensor.of(new double[][] {{0, 1}, {1, 1}});
        Tensor b = Tensor.of(new double[][] {{Double.POSITIVE_INFINITY, 1}, {1, Double.NaN}});
        Tensor p = a.matmul(b);
        assertTrue(Double.isNaN(p.get(0, 0))); // 0 * inf
        assertTrue(Double.isNaN(p.get(0, 1)));
        assertEquals(Double.POSITIVE_INFINITY, p.get(1, 0));
        Tensor big = Tensor.ones(64, 64);
        big.set(Double.NaN, 3, 5);
        Tensor q = big.matmul(Tensor.ones(64, 64));
        assertTrue(Double.isNaN(q.get(3, 0)));
        assertFalse(Double.isNaN(q.get(4, 0)));
    }

    /** Every backend available here computes the same products, for every transpose combination. */
    @Test
    void everyBackendAgreesWithin1e12() {
        List<BLAS> backends = new ArrayList<>();
        backends.add(JavaBLAS.getInstance());
        try {
            backends.add(NativeBLAS.getInstance());
        } catch (RuntimeException | LinkageError noNative) {
            // only the pure-Java BLAS on this machine
        }
        Rng rng = new Rng(3);
        int[][] sizes = {{1, 1, 1}, {7, 5, 3}, {101, 16, 7}, {64, 64, 64}, {130, 70, 150}};
        for (int[] s : sizes) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    Tensor a = rng.randn(ta ? k : m, ta ? m : k);
                    Tensor b = rng.randn(tb ? n : k, tb ? k : n);
                    double[] reference = naive(ta ? a.T() : a, tb ? b.T() : b);
                    double[] c = new double[m * n];
                    Gemm.loops(ta, tb, m, n, k, a.data, 0, b.data, 0, c, 0);
                    assertClose(reference, c, "loops " + ta + tb);
                    for (BLAS blas : backends) {
                        double[] d = new double[m * n];
                        Gemm.blas(blas, ta, tb, m, n, k, a.data, 0, ta ? m : k, b.data, 0, d, 0);
                        assertClose(reference, d, blas.getClass().getSimpleName() + " " + ta + tb);
                    }
                    double[] e = new double[m * n];
                    Gemm.gemm(ta, tb, m, n, k, a.data, 0, b.data, 0, e, 0);
                    assertClose(reference, e, "gemm " + ta + tb);
                    double[] f = new double[m * n];
                    Gemm.gemm(null, false, ta, tb, m, n, k, a.data, 0, b.data, 0, f, 0);
                    assertClose(reference, f, "loops only " + ta + tb);
                }
            }
        }
    }

    /**
     * Lecture-size products (below SmallGemm.LIMIT) never reach BLAS: whatever the backend, native,
     * pure Java or none, they have the bits of the reference order (s = s + a·b for p = 0, 1, …),
     * on SIMD lanes along rows or along columns and in the scalar tails. The notebooks' printed
     * digits rest on this.
     */
    @Test
    void lectureSizeProductsHaveTheSameBitsWithEveryBackend() {
        List<BLAS> backends = new ArrayList<>();
        backends.add(null);
        backends.add(JavaBLAS.getInstance());
        try {
            backends.add(NativeBLAS.getInstance());
        } catch (RuntimeException | LinkageError noNative) {
            // only the pure-Java BLAS on this machine
        }
        Rng rng = new Rng(4);
        // zoo forward and X^T D, NB11's layers, XOR's, Mazur's, a vector, and shapes around the vector width
        int[][] sizes = {{101, 16, 7}, {16, 101, 7}, {100, 1, 10}, {100, 10, 6}, {100, 6, 1}, {4, 2, 2}, {4, 10, 10},
            {2, 2, 2}, {1, 5, 1}, {3, 3, 17}, {17, 3, 3}, {9, 8, 33}, {40, 40, 40}};
        for (int[] s : sizes) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            assertTrue((long) m * n * k < SmallGemm.LIMIT);
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    Tensor a = rng.randn(ta ? k : m, ta ? m : k);
                    Tensor b = rng.randn(tb ? n : k, tb ? k : n);
                    double[] reference = new double[m * n];
                    SmallGemm.scalar(ta, tb, m, n, k, a.data, 0, b.data, 0, reference, 0);
                    for (BLAS blas : backends) {
                        double[] c = new double[m * n];
                        Gemm.gemm(blas, blas != null, ta, tb, m, n, k, a.data, 0, b.data, 0, c, 0);
                        assertArrayEquals(reference, c, 0.0, "(" + m + ", " + k + ") @ (" + k + ", " + n + ") "
                                + ta + tb + " with " + (blas == null ? "no BLAS" : blas.getClass().getSimpleName()));
                    }
                }
            }
        }
    }

    /**
     * Every tile of the SIMD kernel (4 or 1 rows, 1 or 2 vectors, a partial last block, stores that
     * spill into the next row or past the end of C, loads past the end of B) and both orientations
     * give the reference bits, with and without a bias, on operands inside larger arrays (offsets,
     * neighbours that must stay untouched) and with zeros of both signs, infinities and NaN. Bits are
     * compared as bits (a -0.0 for a 0.0 fails).
     */
    @Test
    void everyTileShapeHasTheReferenceBits() {
        Rng rng = new Rng(12);
        int[] ks = {1, 2, 3, 6, 10, 17, 33};
        for (int m = 1; m <= 13; m++) {
            for (int n = 1; n <= 35; n += n < 20 ? 1 : 7) {
                for (int k : ks) {
                    for (int flags = 0; flags < 8; flags++) {
                        boolean ta = (flags & 1) != 0;
                        boolean tb = (flags & 2) != 0;
                        boolean withBias = (flags & 4) != 0;
                        checkBits(rng, m, n, k, ta, tb, withBias, 3, 5, 2);
                        checkBits(rng, m, n, k, ta, tb, withBias, 0, 0, 0);
                    }
                }
            }
        }
        // the lecture shapes: NB11's layers and their backward products at full size, zoo's, XOR's
        int[][] lecture = {{1000, 1, 10}, {1000, 10, 6}, {1000, 6, 1}, {101, 16, 7}, {16, 101, 7}, {4, 2, 2}, {4, 10, 10}};
        for (int[] s : lecture) {
            for (int flags = 0; flags < 8; flags++) {
                checkBits(rng, s[0], s[2], s[1], (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, 0, 0, 0);
                checkBits(rng, s[0], s[2], s[1], (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, 1, 7, 3);
            }
        }
    }

    private static void checkBits(Rng rng, int m, int n, int k, boolean ta, boolean tb, boolean withBias,
                                  int ao, int bo, int co) {
        double[] a = values(rng, ao + m * k + 2);
        double[] b = values(rng, bo + k * n);
        double[] bias = withBias ? values(rng, 1 + n) : null;
        double[] reference = new double[co + m * n + 9];
        java.util.Arrays.fill(reference, 42.0);
        double[] c = reference.clone();
        double[] scalar = reference.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = SmallGemm.dot(ta, tb, m, n, k, a, ao, b, bo, i, j); // the definition, in order
                reference[co + i * n + j] = bias == null ? s : s + bias[1 + j];
            }
        }
        SmallGemm.scalar(ta, tb, m, n, k, a, ao, b, bo, bias, 1, scalar, co);
        SmallGemm.gemm(ta, tb, m, n, k, a, ao, b, bo, bias, 1, c, co);
        for (int i = 0; i < c.length; i++) {
            if (Double.doubleToLongBits(reference[i]) != Double.doubleToLongBits(scalar[i])) {
                throw new AssertionError("scalar loop, (" + m + ", " + k + ") @ (" + k + ", " + n + ") " + ta + tb + " at " + i);
            }
            if (Double.doubleToLongBits(reference[i]) != Double.doubleToLongBits(c[i])) {
                throw new AssertionError("(" + m + ", " + k + ") @ (" + k + ", " + n + ") transA=" + ta + " transB=" + tb
                        + " bias=" + withBias + " offsets " + ao + "/" + bo + "/" + co + ": element " + i + " is " + c[i]
                        + ", the reference order gives " + reference[i]);
            }
        }
    }

    /** Mostly normal values, some ±0, ±inf and NaN, so that a sum started or ended differently shows. */
    private static double[] values(Rng rng, int size) {
        double[] v = rng.randn(size).toArray();
        for (int i = 0; i < size; i++) {
            int pick = (i * 7 + size) % 97;
            if (pick == 0) {
                v[i] = -0.0;
            } else if (pick == 1) {
                v[i] = 0.0;
            } else if (pick == 2 && size > 200) {
                v[i] = Double.NaN;
            } else if (pick == 3 && size > 200) {
                v[i] = Double.NEGATIVE_INFINITY;
            }
        }
        return v;
    }

    /** x.matmulAdd(W, b) has the bits of x.matmul(W).add(b): small, SIMD, BLAS-sized and other shapes. */
    @Test
    void matmulAddIsTheProductThenTheBias() {
        Rng rng = new Rng(13);
        int[][] sizes = {{4, 2, 2}, {1000, 1, 10}, {1000, 10, 6}, {1000, 6, 1}, {101, 16, 7}, {3, 0, 2}, {0, 3, 2}, {70, 70, 70}};
        for (int[] s : sizes) {
            Tensor x = rng.randn(s[0], s[1]);
            Tensor w = rng.randn(s[1], s[2]);
            Tensor b = rng.randn(s[2]);
            Tensor fused = x.matmulAdd(w, b);
            Tensor twoSteps = x.matmul(w).add(b);
            assertArrayEquals(twoSteps.shape(), fused.shape());
            double[] f = fused.toArray();
            double[] t = twoSteps.toArray();
            for (int i = 0; i < f.length; i++) {
                assertEquals(Double.doubleToLongBits(t[i]), Double.doubleToLongBits(f[i]), java.util.Arrays.toString(s) + " at " + i);
            }
        }
        // shapes the fused kernel does not take: the same result as the two steps, broadcasting included
        Tensor v = rng.randn(3);
        Tensor w = rng.randn(3, 2);
        assertEquals(v.matmul(w).add(Tensor.of(1, 2)), v.matmulAdd(w, Tensor.of(1, 2)));
        Tensor x = rng.randn(4, 3);
        assertEquals(x.matmul(w).add(rng.randn(4, 1).mul(0)), x.matmulAdd(w, Tensor.zeros(4, 1)));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> x.matmulAdd(w, Tensor.zeros(3)));
        assertEquals("add", e.operation());
        assertThrows(ShapeMismatchException.class, () -> x.matmulAdd(Tensor.zeros(2, 2), Tensor.zeros(2)));
    }

    /** The pure-Java BLAS path gives large products to two threads, row halves of C; the halves must meet exactly. */
    @Test
    void twoThreadSplitOfThePureJavaPath() {
        Rng rng = new Rng(5);
        int m = 201;
        int k = 100;
        int n = 150;
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                Tensor a = rng.randn(ta ? k : m, ta ? m : k);
                Tensor b = rng.randn(tb ? n : k, tb ? k : n);
                double[] whole = new double[m * n];
                Gemm.blas(JavaBLAS.getInstance(), ta, tb, m, n, k, a.data, 0, ta ? m : k, b.data, 0, whole, 0);
                double[] split = new double[m * n];
                Gemm.gemm(JavaBLAS.getInstance(), true, ta, tb, m, n, k, a.data, 0, b.data, 0, split, 0);
                assertClose(naive(ta ? a.T() : a, tb ? b.T() : b), split, "split " + ta + tb);
                assertClose(whole, split, "split vs whole " + ta + tb);
            }
        }
    }

    @Test
    void theBackendIsNamed() {
        String name = Tensor.backend();
        assertTrue(name.contains("BLAS") || name.contains("java"), name);
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], TOLERANCE * Math.max(1, Math.abs(expected[i])), what + " at " + i);
        }
    }

    /** The definition, summed in order: sum_p a[i, p] b[p, j]. */
    private static double[] naive(Tensor a, Tensor b) {
        int m = a.shape(0);
        int k = a.shape(1);
        int n = b.shape(1);
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a.get(i, p) * b.get(p, j);
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }
}
