package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Element-wise arithmetic, broadcasting and in-place updates; expected values from numpy 2.4. */
class ArithmeticTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;
    /** np.array([-3.5, -1.0, -0.0, 0.0, 0.5, 2.0, nan, inf, -inf]) */
    private static final Tensor X = Tensor.of(-3.5, -1.0, -0.0, 0.0, 0.5, 2.0, NAN, INF, -INF);
    /** Transcendental functions may differ from numpy's in the last bit. */
    private static final double ULPS = 1e-15;

    private static void close(double[] expected, Tensor actual) {
        double[] a = actual.toArray();
        assertEquals(expected.length, a.length);
        for (int i = 0; i < a.length; i++) {
            double e = expected[i];
            if (Double.isNaN(e) || Double.isInfinite(e) || e == 0) {
                assertEquals(e, a[i], 0.0, "element " + i);
            } else {
                assertEquals(e, a[i], Math.abs(e) * ULPS, "element " + i);
            }
        }
    }

    @Test
    void unaryFunctionsLikeNumpy() {
        close(new double[] {0.0301973834223185, 0.36787944117144233, 1, 1, 1.6487212707001282, 7.38905609893065, NAN,
            INF, 0}, X.exp());
        close(new double[] {NAN, NAN, -INF, -INF, -0.6931471805599453, 0.6931471805599453, NAN, INF, NAN}, X.log());
        close(new double[] {NAN, NAN, 0, 0, 0.7071067811865476, 1.4142135623730951, NAN, INF, NAN}, X.sqrt());
        close(new double[] {3.5, 1, 0, 0, 0.5, 2, NAN, INF, INF}, X.abs());
        close(new double[] {-1, -1, 0, 0, 1, 1, NAN, 1, -1}, X.sign());
        close(new double[] {-0.9981778976111987, -0.7615941559557649, 0, 0, 0.46211715726000974, 0.9640275800758169,
            NAN, 1, -1}, X.tanh());
        close(new double[] {0.02931223075135632, 0.2689414213699951, 0.5, 0.5, 0.6224593312018546, 0.8807970779778823,
            NAN, 1, 0}, X.sigmoid());
        close(new double[] {0, 0, 0, 0, 0.5, 2, NAN, INF, 0}, X.relu());
        close(new double[] {0, 0, 0, 0, 1, 1, 0, 1, 0}, X.step());
        close(new double[] {12.25, 1, 0, 0, 0.25, 4, NAN, INF, INF}, X.square());
        close(new double[] {12.25, 1, 0, 0, 0.25, 4, NAN, INF, INF}, X.pow(2));
        close(new double[] {NAN, NAN, 0, 0, 0.3535533905932738, 2.8284271247461903, NAN, INF, INF}, X.pow(1.5));
        close(new double[] {3.5, 1, 0, -0.0, -0.5, -2, NAN, -INF, INF}, X.neg());
        close(new double[] {-7, -2, 0, 0, 1, 4, NAN, INF, -INF}, X.map(v -> 2 * v));
    }

    /** relu(positive): relu()'s values, step()'s mask written into positive, bit for bit (−0.0 and NaN included). */
    @Test
    void reluWithItsMaskInOnePass() {
        Tensor positive = Tensor.full(9.0, X.shape());
        Tensor y = X.relu(positive);
        assertEquals(X.relu(), y);
        assertEquals(X.step(), positive);
        Tensor big = new Rng(3).randn(37, 5);
        Tensor mask = Tensor.zeros(37, 5);
        assertEquals(big.relu(), big.relu(mask));
        assertEquals(big.step(), mask);
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> X.relu(Tensor.zeros(3)));
        assertEquals("relu", e.operation());
    }

    @Test
    void scalarExponentsTakeNumpysFastPaths() {
        // np.array([-inf, -0.0, 2.0, nan]) ** 0.5, ** -1, ** 0, ** 1, ** 3
        Tensor x = Tensor.of(-INF, -0.0, 2.0, NAN);
        assertEquals(Tensor.of(NAN, -0.0, 1.4142135623730951, NAN), x.pow(0.5));
        assertEquals(Tensor.of(-0.0, -INF, 0.5, NAN), x.pow(-1));
        assertEquals(Tensor.of(1, 1, 1, 1), x.pow(0));
        assertEquals(x, x.pow(1));
        assertEquals(Tensor.of(-INF, -0.0, 8, NAN), x.pow(3));
        // array ** array follows C's pow: np.power([-inf, -0.0], [0.5, 0.5]) = [inf, 0.]
        assertEquals(Tensor.of(INF, 0.0), Tensor.of(-INF, -0.0).pow(Tensor.of(0.5, 0.5)));
    }

    @Test
    void roundingFunctionsLikeNumpy() {
        Tensor x = Tensor.of(-2.5, -1.5, -0.4, 0.5, 1.5, 2.675, NAN);
        assertEquals(Tensor.of(-3, -2, -1, 0, 1, 2, NAN), x.floor());
        assertEquals(Tensor.of(-2, -1, -0.0, 1, 2, 3, NAN), x.ceil());
        assertEquals(Tensor.of(-2, -2, -0.0, 0, 2, 3, NAN), x.round());
        assertEquals(Tensor.of(-2.5, -1.5, -0.4, 0.5, 1.5, 2.68, NAN), x.round(2));
        assertEquals(Tensor.of(0.12, 0.38, 1.0, 0.0, 0.28), Tensor.of(0.125, 0.375, 1.005, 2.5e-8, 0.285).round(2));
        assertEquals(Tensor.of(1200, 1200), Tensor.of(1234.5, 1250.0).round(-2));
        close(new double[] {0, 0.8414709848078965, -0.7568024953079282}, Tensor.of(0, 1, 4).sin());
        close(new double[] {1, 0.5403023058681398, -0.6536436208636119}, Tensor.of(0, 1, 4).cos());
    }

    @Test
    void nanAndInfinityTests() {
        assertEquals(Tensor.of(0, 0, 0, 0, 0, 0, 1, 0, 0), X.isNan());
        assertEquals(Tensor.of(0, 0, 0, 0, 0, 0, 0, 1, 1), X.isInf());
        assertEquals(Tensor.of(1, 1, 1, 1, 1, 1, 0, 0, 0), X.isFinite());
    }

    @Test
    void functionsKeepTheShape() {
        Tensor m = Tensor.ones(2, 3, 1);
        assertArrayEquals(new int[] {2, 3, 1}, m.sigmoid().shape());
        assertArrayEquals(new int[] {2, 3, 1}, m.clip(0, 0.5).shape());
        assertEquals(Tensor.scalar(StrictMath.exp(1)), Tensor.scalar(1).exp()); // fdlibm: e + 1 ulp
    }

    @Test
    void broadcastingLikeNumpy() {
        Tensor a = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.2, 0.25, 0.3},
                a.div(Tensor.of(new double[][] {{10}, {20}})).toArray());
        close(new double[] {1, 4, 0.3333333333333333, 2, 25, 0.16666666666666666}, a.pow(Tensor.of(0.5, 2, -1)));
        // np.arange(6.).reshape(2,3,1) - np.arange(4.).reshape(1,4)
        Tensor d = Tensor.arange(6).reshape(2, 3, 1).sub(Tensor.arange(4).reshape(1, 4));
        assertArrayEquals(new int[] {2, 3, 4}, d.shape());
        assertArrayEquals(new double[] {0, -1, -2, -3, 1, 0, -1, -2, 2, 1, 0, -1, 3, 2, 1, 0, 4, 3, 2, 1, 5, 4, 3, 2},
                d.toArray());
        assertArrayEquals(new double[] {0, 0, 0, 1, 0, 2}, Tensor.arange(3).reshape(3, 1).mul(Tensor.arange(2)).toArray());
        assertEquals(Tensor.of(new double[][] {{11, 12, 13}, {14, 15, 16}}), Tensor.scalar(10).add(a));
        assertEquals(Tensor.scalar(5), Tensor.scalar(2).add(Tensor.scalar(3)));
        assertArrayEquals(new int[] {1, 1, 3}, Tensor.ones(1, 1, 1).add(Tensor.ones(3)).shape());
    }

    @Test
    void scalarForms() {
        Tensor v = Tensor.of(1, 2);
        assertEquals(Tensor.of(3, 4), v.add(2));
        assertEquals(Tensor.of(-1, 0), v.sub(2));
        assertEquals(Tensor.of(2, 1), v.rsub(3));
        assertEquals(Tensor.of(3, 6), v.mul(3));
        assertEquals(Tensor.of(0.5, 1), v.div(2));
        assertEquals(Tensor.of(2, 1), v.rdiv(2));
        assertEquals(Tensor.of(INF, -INF, 0.5), Tensor.of(0.0, -0.0, 2).rdiv(1));
        assertEquals(Tensor.of(NAN), Tensor.of(INF).mul(0));
    }

    @Test
    void comparisonsGiveZerosAndOnes() {
        Tensor a = Tensor.of(1, 2, NAN);
        Tensor b = Tensor.of(1, 3, NAN);
        assertEquals(Tensor.of(1, 0, 0), a.equal(b));
        assertEquals(Tensor.of(0, 1, 1), a.notEqual(b));
        assertEquals(Tensor.of(1, 1, 1), a.notEqual(NAN));
        assertEquals(Tensor.of(0, 1, 0), a.greater(1));
        assertEquals(Tensor.of(1, 1, 0), a.greaterEqual(1));
        assertEquals(Tensor.of(0, 1, 0), a.less(b));
        assertEquals(Tensor.of(1, 1, 0), a.lessEqual(b));
        assertEquals(Tensor.of(0, 0, 0), a.greater(b));
        assertEquals(Tensor.of(1, 0, 0), a.greaterEqual(b));
        assertEquals(Tensor.of(0, 0, 0), a.less(1));
        assertEquals(Tensor.of(1, 0, 0), a.lessEqual(1));
        assertEquals(Tensor.of(1, 0, 0), a.equal(1));
        // lecture: predicted = hypothesis > 0.5, accuracy = mean(predicted == Y)
        Tensor h = Tensor.of(0.01, 0.98, 0.99, 0.011);
        assertEquals(0.75, h.greater(0.5).equal(Tensor.of(0, 1, 1, 1)).mean().item());
    }

    @Test
    void whereMaximumMinimumClip() {
        Tensor w = Tensor.where(Tensor.of(new double[][] {{1}, {0}}), Tensor.of(1, 2, 3), Tensor.scalar(-1));
        assertEquals(Tensor.of(new double[][] {{1, 2, 3}, {-1, -1, -1}}), w);
        assertEquals(Tensor.of(2, NAN, NAN), Tensor.of(1, NAN, 3).maximum(Tensor.of(2, 2, NAN)));
        assertEquals(Tensor.of(1, NAN, 2), Tensor.of(1, NAN, 3).minimum(2));
        assertEquals(Tensor.of(2, NAN, 3), Tensor.of(1, NAN, 3).maximum(2));
        assertEquals(Tensor.of(1, NAN, 2), Tensor.of(1, NAN, 3).minimum(Tensor.scalar(2)));
        assertEquals(Tensor.of(0, 0.5, 1, NAN), Tensor.of(-2, 0.5, 3, NAN).clip(0, 1));
        assertThrows(ShapeMismatchException.class,
                () -> Tensor.where(Tensor.ones(2), Tensor.ones(3), Tensor.ones(3)));
        assertEquals(Tensor.of(new double[][] {{1, 2}, {1, 2}}), Tensor.of(1, 2).broadcastTo(2, 2));
        assertThrows(ShapeMismatchException.class, () -> Tensor.ones(2, 2).broadcastTo(2));
    }

    @Test
    void broadcastMismatchNamesShapesAndAxis() {
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
                () -> Tensor.zeros(2, 3).add(Tensor.zeros(4)));
        assertEquals("add", e.operation());
        assertArrayEquals(new int[] {2, 3}, e.leftShape());
        assertArrayEquals(new int[] {4}, e.rightShape());
        assertEquals(1, e.axis());
        assertEquals("add: shapes cannot be broadcast together: (2, 3) and (4,); axis 1 of the left (3) and axis 0 "
                + "of the right (4) must be equal, or one of them 1", e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
        assertEquals("mul", assertThrows(ShapeMismatchException.class,
                () -> Tensor.zeros(101, 7).mul(Tensor.zeros(7, 101))).operation());
        assertEquals("greater", assertThrows(ShapeMismatchException.class,
                () -> Tensor.zeros(3).greater(Tensor.zeros(2))).operation());
    }

    @Test
    void inPlaceUpdatesReturnThisAndBroadcastOnlyTheRight() {
        Tensor w = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        assertSame(w, w.subInPlace(Tensor.of(new double[][] {{1, 1}, {1, 1}}).mul(0.5)));
        assertEquals(Tensor.of(new double[][] {{0.5, 1.5}, {2.5, 3.5}}), w);
        assertSame(w, w.addInPlace(Tensor.of(0.5, -0.5)));
        assertEquals(Tensor.of(new double[][] {{1, 1}, {3, 3}}), w);
        w.mulInPlace(2).addInPlace(1).subInPlace(1).divInPlace(2);
        assertEquals(Tensor.of(new double[][] {{1, 1}, {3, 3}}), w);
        w.mulInPlace(Tensor.of(new double[][] {{0}, {1}}));
        assertEquals(Tensor.of(new double[][] {{0, 0}, {3, 3}}), w);
        w.divInPlace(Tensor.scalar(3));
        assertEquals(Tensor.of(new double[][] {{0, 0}, {1, 1}}), w);
        assertSame(w, w.fill(7));
        assertEquals(Tensor.full(7, 2, 2), w);
        assertSame(w, w.assign(Tensor.eye(2)));
        assertEquals(Tensor.eye(2), w);
        w.addInPlace(w);
        assertEquals(Tensor.eye(2).mul(2), w);
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(2).addInPlace(Tensor.zeros(2, 2)));
        assertEquals("addInPlace", e.operation());
        assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(2).assign(Tensor.zeros(3)));
        assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(2, 3).subInPlace(Tensor.zeros(2)));
    }

    @Test
    void pureOperationsNeverChangeTheirInputs() {
        Tensor a = Tensor.of(1, 2, 3);
        Tensor b = Tensor.of(4, 5, 6);
        a.add(b).mul(b).exp().sum(0);
        a.slice("::-1").set(0, 0);
        a.reshape(3, 1).T().flatten().set(9, 1);
        assertEquals(Tensor.of(1, 2, 3), a);
        assertEquals(Tensor.of(4, 5, 6), b);
    }

    /**
     * Short rows broadcast down many rows, e.g. the zoo's (101, 7) + (7,), run as groups of rows
     * against a tiled copy of the row, on whole SIMD vectors: every element must still be its own
     * pair's result, on both sides, for every group and for the rows left over, for each operation.
     */
    @Test
    void shortRowsBroadcastDownManyRowsElementByElement() {
        for (int cols : new int[] {1, 3, 7, 9, 31}) {
            for (int rows : new int[] {2, 17, 101}) {
                double[] m = new double[rows * cols];
                for (int i = 0; i < m.length; i++) {
                    m[i] = (i * 37 % 101) / 7.0 - 5;
                }
                double[] r = new double[cols];
                for (int j = 0; j < cols; j++) {
                    r[j] = j % 2 == 0 ? j + 0.5 : -j - 0.25;
                }
                Tensor full = Tensor.of(m).reshape(rows, cols);
                Tensor row = Tensor.of(r);
                Tensor sum = full.add(row);
                Tensor diff = row.sub(full);
                Tensor quot = full.div(row);
                Tensor pow = row.pow(full.abs().add(1).log());
                Tensor max = row.maximum(full);
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        double a = m[i * cols + j];
                        double b = r[j];
                        String where = "(" + rows + ", " + cols + ") element [" + i + ", " + j + "]";
                        assertEquals(a + b, sum.get(i, j), 0.0, where);
                        assertEquals(b - a, diff.get(i, j), 0.0, where);
                        assertEquals(a / b, quot.get(i, j), 0.0, where);
                        assertEquals(Math.pow(b, Tensor.scalar(Math.abs(a) + 1).log().item()), pow.get(i, j), 0.0, where);
                        assertEquals(Math.max(b, a), max.get(i, j), 0.0, where);
                    }
                }
            }
        }
    }
}
