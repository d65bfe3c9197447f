package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reductions, argmax/argmin, oneHot and unique; expected values from numpy 2.4, compared exactly. */
class ReductionTest {

    private static final double NAN = Double.NaN;
    /** np.arange(24.).reshape(2, 3, 4) * 0.7 - 3.1 */
    private static final Tensor T = Tensor.arange(24).reshape(2, 3, 4).mul(0.7).sub(3.1);

    /**
     * Sums along a leading axis of rows at least 2 wide (a layer's dB = Σ_rows dOut) add the rows one after another from 0,
     * on SIMD lanes or not: bit for bit the plain loop, for every row width around the vector
     * width, with rows near the end of the array, and with ±0, ±inf and NaN.
     */
    @Test
    void sumsAlongTheFirstAxisAddRowsInOrder() {
        Rng rng = new Rng(31);
        for (int inner = 2; inner <= 20; inner++) { // inner = 1 is a contiguous sum: numpy's pairwise order
            for (int n : new int[] {1, 3, 15, 16, 17, 100, 1000}) {
                double[] d = rng.randn(n * inner).toArray();
                for (int i = 0; i < d.length; i += 37) {
                    d[i] = i % 3 == 0 ? -0.0 : i % 3 == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
                }
                if (n == 100) {
                    java.util.Arrays.fill(d, -0.0);
                }
                double[] expected = new double[inner];
                for (int k = 0; k < n; k++) {
                    for (int j = 0; j < inner; j++) {
                        expected[j] = expected[j] + d[k * inner + j];
                    }
                }
                double[] actual = Tensor.fromArray(d, n, inner).sum(0).toArray();
                for (int j = 0; j < inner; j++) {
                    assertEquals(Double.doubleToLongBits(expected[j]), Double.doubleToLongBits(actual[j]),
                            "(" + n + ", " + inner + ").sum(0)[" + j + "]: " + expected[j] + " vs " + actual[j]);
                }
                // the same rows inside a leading axis: (2, n, inner).sum(1)
                double[] two = new double[2 * n * inner];
                System.arraycopy(d, 0, two, 0, d.length);
                System.arraycopy(d, 0, two, d.length, d.length);
                double[] both = Tensor.fromArray(two, 2, n, inner).sum(1).toArray();
                for (int j = 0; j < 2 * inner; j++) {
                    assertEquals(Double.doubleToLongBits(expected[j % inner]), Double.doubleToLongBits(both[j]));
                }
            }
        }
    }

    @Test
    void sumsAlongEveryAxisHaveNumpysBits() {
        assertArrayEquals(new double[] {-0.9000000000000008, 1.1999999999999993, 3.299999999999999, 5.399999999999999,
            24.299999999999997, 26.4, 28.5, 30.6}, T.sum(1).toArray());
        assertArrayEquals(new int[] {2, 4}, T.sum(1).shape());
        assertArrayEquals(new double[] {-8.200000000000001, 2.9999999999999982, 14.2, 25.4, 36.599999999999994, 47.8},
                T.sum(-1).toArray());
        assertArrayEquals(new double[] {2.199999999999999, 3.5999999999999996, 4.999999999999999, 6.4,
            7.799999999999999, 9.2, 10.6, 11.999999999999998, 13.4, 14.799999999999999, 16.2, 17.599999999999998},
                T.sum(0).toArray());
        assertEquals(118.79999999999998, T.sum().item());
        assertEquals(0, T.sum().rank());
    }

    @Test
    void keepDimsKeepsTheAxisWithLengthOne() {
        assertArrayEquals(new int[] {2, 1, 4}, T.sum(1, true).shape());
        assertArrayEquals(new int[] {2, 3, 1}, T.mean(-1, true).shape());
        assertArrayEquals(new int[] {1, 3, 4}, T.max(0, true).shape());
        assertArrayEquals(new int[] {2, 3, 1}, T.argmax(2, true).shape());
        assertArrayEquals(new int[] {2, 1, 4}, T.var(1, true).shape());
        assertArrayEquals(T.sum(1).toArray(), T.sum(1, true).toArray());
        // the lecture's softmax-style normalisation: x / sum(x, axis=1, keepdims=True)
        Tensor x = Tensor.of(new double[][] {{1, 3}, {2, 2}});
        assertEquals(Tensor.of(new double[][] {{0.25, 0.75}, {0.5, 0.5}}), x.div(x.sum(1, true)));
    }

    @Test
    void meanMaxMinProd() {
        assertArrayEquals(new double[] {-0.30000000000000027, 0.39999999999999974, 1.0999999999999996,
            1.7999999999999996, 8.1, 8.799999999999999, 9.5, 10.200000000000001}, T.mean(1).toArray());
        assertArrayEquals(new double[] {-1.0000000000000004, 1.7999999999999994, 4.6, 7.4, 10.2, 12.999999999999998},
                T.max(2).toArray());
        assertArrayEquals(new double[] {-3.1, -2.4000000000000004, -1.7000000000000002, -1.0000000000000004,
            -0.30000000000000027, 0.3999999999999999, 1.0999999999999992, 1.7999999999999994, 2.4999999999999996,
            3.1999999999999997, 3.9, 4.6}, T.min(0).toArray());
        assertArrayEquals(new double[] {12.648000000000009, -0.23759999999999987, 143.51999999999995,
            1576.6439999999998, 6907.031999999998, 20217.755999999994}, T.prod(2).toArray());
        assertEquals(4.949999999999999, T.mean().item());
        assertEquals(-94959578961001.3, T.prod().item());
        assertEquals(12.999999999999998, T.max().item());
        assertEquals(-3.1, T.min().item());
    }

    @Test
    void varianceAndStandardDeviation() {
        assertArrayEquals(new double[] {5.226666666666666, 5.226666666666667, 5.226666666666667, 5.226666666666666,
            5.226666666666669, 5.226666666666666, 5.226666666666666, 5.226666666666663}, T.var(1).toArray());
        assertArrayEquals(new double[] {0.7826237921249263, 0.7826237921249262, 0.7826237921249264, 0.7826237921249268,
            0.7826237921249264, 0.7826237921249256}, T.std(-1).toArray());
        assertEquals(23.479166666666668, T.var().item());
        assertEquals(4.8455305867022105, T.std().item());
        assertEquals(T.std(-1), T.std(-1, false));
        assertEquals(T.var(0).sqrt(), T.std(0));
    }

    @Test
    void argmaxTakesTheFirstOfTiesAndOfNans() {
        Tensor y = Tensor.of(new double[][] {{0.1, 0.7, 0.7}, {0.5, 0.2, 0.5}, {0.3, 0.3, 0.3}, {0.2, NAN, 0.9}});
        assertEquals(Tensor.of(1, 0, 0, 1), y.argmax(1));
        assertEquals(Tensor.of(0, 1, 0, 1), y.argmin(1));
        assertEquals(Tensor.of(1, 3, 3), y.argmax(0));
        assertEquals(Tensor.of(1, 3, 3), y.argmax(-2));
        assertEquals(10.0, y.argmax().item());
        assertEquals(Tensor.of(0.7, 0.5, 0.3, NAN), y.max(1));
        assertEquals(Tensor.of(0.1, NAN, 0.3), y.min(0));
        assertEquals(Tensor.of(0, 0), Tensor.zeros(2, 2).argmax(1));
        assertEquals(Tensor.of(0, 0), Tensor.zeros(2, 2).argmin(1, false));
        assertEquals(0.0, Tensor.zeros(3).argmin().item());
        assertEquals(NAN, Tensor.of(1, NAN, 3).max().item());
    }

    @Test
    void emptyReductions() {
        assertEquals(0.0, Tensor.zeros(0).sum().item());
        assertEquals(1.0, Tensor.zeros(0).prod().item());
        assertTrue(Double.isNaN(Tensor.zeros(0).mean().item()));
        assertEquals(Tensor.zeros(2), Tensor.zeros(2, 0).sum(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(2, 0).max(1));
        assertTrue(e.getMessage().startsWith("max: cannot reduce an empty axis"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(0).argmax());
        assertEquals(Tensor.zeros(0), Tensor.zeros(0, 3).max(1));
    }

    @Test
    void badAxesAreShapeMismatches() {
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> T.sum(3));
        assertEquals("sum", e.operation());
        assertEquals(3, e.axis());
        assertArrayEquals(new int[] {2, 3, 4}, e.leftShape());
        assertThrows(ShapeMismatchException.class, () -> T.argmax(-4));
        assertThrows(ShapeMismatchException.class, () -> T.mean(5));
        assertThrows(ShapeMismatchException.class, () -> Tensor.scalar(1).sum(0));
    }

    @Test
    void reductionsPropagateNan() {
        Tensor x = Tensor.of(new double[][] {{1, NAN}, {2, 3}});
        assertEquals(Tensor.of(NAN, 5), x.sum(1));
        assertEquals(Tensor.of(3, NAN), x.sum(0));
        assertTrue(Double.isNaN(x.mean().item()));
        assertTrue(Double.isNaN(x.std().item()));
        assertEquals(Tensor.of(NAN, 3), x.max(1));
        assertEquals(Tensor.of(NAN, 2), x.min(1));
    }

    @Test
    void oneHotFollowsTensorFlowsShapeRule() {
        Tensor y = Tensor.of(new double[][] {{0}, {3}, {6}, {1}});
        Tensor h = Tensor.oneHot(y, 7);
        assertArrayEquals(new int[] {4, 1, 7}, h.shape());
        assertEquals(Tensor.of(new double[][] {{1, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 1, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 1},
            {0, 1, 0, 0, 0, 0, 0}}), h.reshape(-1, 7));
        assertArrayEquals(new int[] {3, 2}, Tensor.oneHot(Tensor.of(0, 1, 1), 2).shape());
        assertArrayEquals(new int[] {4}, Tensor.oneHot(Tensor.scalar(2), 4).shape());
        // a label outside [0, classes) names its row and value: the lecture bug of labels 1..7 for 7 classes
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tensor.oneHot(Tensor.of(new double[][] {{1}, {7}, {3}}), 7));
        assertTrue(e.getMessage().startsWith("oneHot: label 7 in row 1 is outside [0, 7)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Tensor.oneHot(Tensor.of(new double[][] {{0, 1}, {2, -1}}), 3));
        assertTrue(e.getMessage().startsWith("oneHot: label -1 in row 1 is outside [0, 3)"), e.getMessage());
        // tf.one_hot's rule, by its explicit name: a row of zeros for labels outside [0, depth)
        assertEquals(Tensor.of(new double[][] {{0, 0, 0}, {0, 0, 0}}), Tensor.oneHotOrZeros(Tensor.of(-1, 3), 3));
        assertEquals(Tensor.of(new double[][] {{0, 1, 0}, {0, 0, 0}}), Tensor.oneHotOrZeros(Tensor.of(1, 7), 3));
        assertThrows(IllegalArgumentException.class, () -> Tensor.oneHot(Tensor.of(1.5), 3));
        assertThrows(IllegalArgumentException.class, () -> Tensor.oneHot(Tensor.of(NAN), 3));
        // and back: argmax over the class axis recovers the labels
        assertEquals(y.reshape(-1), h.reshape(-1, 7).argmax(1));
    }

    @Test
    void uniqueIsSortedWithOneNanLast() {
        Tensor u = Tensor.of(3, 1, 2, 3, 1, NAN, NAN, 0.0).unique();
        assertEquals(Tensor.of(0, 1, 2, 3, NAN), u);
        assertEquals(Tensor.of(0.0), Tensor.of(-0.0, 0.0).unique().abs());
        assertEquals(Tensor.zeros(0), Tensor.zeros(0, 2).unique());
        assertEquals(Tensor.of(5), Tensor.full(5, 2, 2).unique());
    }
}
