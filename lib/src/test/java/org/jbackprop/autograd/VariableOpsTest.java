package org.jbackprop.autograd;

import static org.jbackprop.autograd.VariableTest.checkBinary;
import static org.jbackprop.autograd.VariableTest.checkUnary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jbackprop.nn.Parameter;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The operations lecture cost functions need (issue 11): pow, sqrt, clip, transpose, reshape, max/min,
 * softmax, log-softmax and reductions over several axes. Each one is gradient-checked on random shapes,
 * also behind a broadcasting operand, and lecture costs written with them are compared with numpy 2.4.
 */
class VariableOpsTest {

    static final double T12 = 1e-12;
    static final int[][] SHAPES = {{5}, {3, 4}, {2, 3, 4}, {2, 1, 3, 2}};

    @Test
    void everyNewOperationPassesAGradientCheckOnRandomShapes() {
        Rng rng = new Rng(11);
        for (int[] s : SHAPES) {
            Tensor x = rng.randn(s);
            Tensor positive = rng.uniform(0.5, 2.0, s);
            checkUnary("pow(3)", v -> v.pow(3), x);
            checkUnary("pow(1.5)", v -> v.pow(1.5), positive);
            checkUnary("pow(-0.5)", v -> v.pow(-0.5), positive);
            checkUnary("sqrt", Variable::sqrt, positive);
            checkUnary("clip", v -> v.clip(-0.5, 0.5), x.add(x.greaterEqual(0).mul(0.2).sub(0.1))); // off the corners
            checkUnary("transpose", Variable::transpose, x);
            checkUnary("reshape", v -> v.reshape(-1), x);
            checkUnary("softmax", Variable::softmax, x);
            checkUnary("logSoftmax", Variable::logSoftmax, x);
            checkUnary("softmax(0)", v -> v.softmax(0), x);
            checkUnary("logSoftmax(0)", v -> v.logSoftmax(0), x);
            checkUnary("max", Variable::max, x);
            checkUnary("min", Variable::min, x);
            checkUnary("max(-1)", v -> v.max(-1), x);
            checkUnary("min(0, keep)", v -> v.min(0, true), x);
            if (s.length >= 2) {
                checkUnary("transpose(perm)", v -> v.transpose(reversedPairs(s.length)), x);
                checkUnary("reshape(n, -1)", v -> v.reshape(s[0], -1), x);
                checkUnary("sum(0, -1)", v -> v.sum(new int[] {0, -1}), x);
                checkUnary("mean(0, -1, keep)", v -> v.mean(new int[] {0, -1}, true), x);
                checkUnary("max(0, -1)", v -> v.max(new int[] {0, -1}, false), x);
                checkUnary("min(0, -1, keep)", v -> v.min(new int[] {0, -1}, true), x);
            }
            if (s.length >= 3) {
                checkUnary("mean(1, 2)", v -> v.mean(new int[] {1, 2}), x);
                checkUnary("sum(1, 2, keep)", v -> v.sum(new int[] {1, 2}, true), x);
            }
        }
    }

    @Test
    void theNewOperationsPassGradientsBackThroughBroadcasting() {
        Rng rng = new Rng(12);
        int[][][] shapes = {{{3, 4}, {4}}, {{3, 4}, {3, 1}}, {{2, 3, 4}, {3, 1}}, {{2, 3, 4}, {}}};
        for (int[][] s : shapes) {
            Tensor a = rng.randn(s[0]);
            Tensor b = rng.randn(s[1]);
            Tensor bPositive = rng.uniform(0.5, 2.0, s[1]);
            checkBinary("(a * b).softmax", (x, y) -> x.mul(y).softmax(), a, b);   // (a + b): a shift along the axis, gradient 0
            checkBinary("(a * b).logSoftmax(0)", (x, y) -> x.mul(y).logSoftmax(0), a, b);
            checkBinary("(a - b).max(-1)", (x, y) -> x.sub(y).max(-1), a, b);
            checkBinary("(a * b).sum(0, -1)", (x, y) -> x.mul(y).sum(new int[] {0, -1}), a, b);
            checkBinary("(a² + b).sqrt", (x, y) -> x.square().add(y).sqrt(), a, bPositive);
            checkBinary("(a / b).pow(3).transpose", (x, y) -> x.div(y).pow(3).transpose(), a, bPositive);
        }
    }

    @Test
    void softmaxCrossEntropyMatchesNumpy() {
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 3.0}, {1.5, 0.5, -0.5}});
        Tensor t = Tensor.of(new double[][] {{0, 0, 1}, {1, 0, 0}});
        Variable xv = Variable.parameter("x", x);
        assertClose(new double[][] {{0.056351231872158083, 0.016972664874016417, 0.9266761032538255},
            {0.6652409557748218, 0.24472847105479764, 0.09003057317038046}}, xv.softmax().value());
        assertClose(new double[][] {{-2.876151177649976, -4.076151177649977, -0.07615117764997653},
            {-0.4076059644443804, -1.4076059644443804, -2.4076059644443806}}, xv.logSoftmax().value());
        // tf.reduce_mean(-tf.reduce_sum(t * tf.nn.log_softmax(x), axis=1)); dL/dx = (softmax − t)/N
        Variable cost = xv.logSoftmax().mul(t).sum(1).neg().mean();
        assertEquals(0.24187857104717847, cost.item(), T12);
        cost.backward();
        assertClose(new double[][] {{0.028175615936079042, 0.008486332437008208, -0.03666194837308723},
            {-0.1673795221125891, 0.12236423552739882, 0.04501528658519023}}, xv.grad());
    }

    @Test
    void aClippedCrossEntropyMatchesNumpy() {
        // h = tf.clip_by_value(sigmoid(x), 0.1, 0.9); cost = −mean(t log h + (1 − t) log(1 − h))
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 3.0}, {1.5, 0.5, -0.5}});
        Tensor t = Tensor.of(new double[][] {{0, 0, 1}, {1, 0, 0}});
        Variable xv = Variable.parameter("x", x);
        Variable h = xv.sigmoid().clip(0.1, 0.9);
        Variable cost = h.log().mul(t).add(h.rsub(1).log().mul(Tensor.onesLike(t).sub(t))).mean().neg();
        assertEquals(0.4777213864834345, cost.item(), T12);
        cost.backward();
        // σ(3) = 0.95 was clipped to 0.9: no gradient flows there
        assertClose(new double[][] {{0.09163899955207966, 0.04482357022833252, 0.0},
            {-0.03040425396772606, 0.10374322186697575, 0.0629234447996909}}, xv.grad());
    }

    @Test
    void rootMeanSquareMatchesNumpy() {
        // rms = np.sqrt(np.mean(x**2, axis=1)); d Σ rms / dx = x / (3·rms)
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 3.0}, {1.5, 0.5, -0.5}});
        Variable xv = Variable.parameter("x", x);
        Variable rms = xv.pow(2).mean(new int[] {1}).sqrt();
        assertClose(new double[] {1.829389697868299, 0.9574271077563381}, rms.value());
        rms.sum().backward();
        assertClose(new double[][] {{0.036442025853950184, -0.18221012926975091, 0.5466303878092528},
            {0.5222329678670935, 0.17407765595569785, -0.17407765595569785}}, xv.grad());
        assertClose(new double[][] {{0.08944271909999159, 1.0, 5.196152422706632},
            {1.8371173070873836, 0.3535533905932738, 0.3535533905932738}}, Variable.constant(x.abs()).pow(1.5).value());
    }

    @Test
    void multiAxisReductionsMatchNumpy() {
        Tensor a = Tensor.arange(0, 24, 1).reshape(2, 3, 4).div(7).sub(1.3);
        Variable av = Variable.constant(a);
        assertClose(new double[] {-0.5142857142857143, 1.2}, av.mean(new int[] {1, 2}).value());
        assertClose(new double[] {-0.5142857142857143, 1.2}, a.mean(new int[] {1, 2}));
        Tensor s = a.sum(new int[] {0, 2}, true);
        assertArrayEquals(new int[] {1, 3, 1}, s.shape());
        assertClose(new double[] {-1.8285714285714292, 2.742857142857142, 7.314285714285714}, s.reshape(-1));
        assertClose(new double[] {0.27142857142857135, 1.9857142857142855}, a.max(new int[] {1, 2}, false));
        assertClose(new double[] {-1.3, -1.1571428571428573, -1.0142857142857142, -0.8714285714285714},
                av.min(new int[] {0, 1}, false).value());
        assertArrayEquals(new int[] {2}, a.sum(new int[] {-1, 1}).shape());
        assertEquals(a, a.sum(new int[] {}));
        assertThrows(IllegalArgumentException.class, () -> a.sum(new int[] {1, -2}));
        assertThrows(IllegalArgumentException.class, () -> av.mean(new int[] {3}));
    }

    @Test
    void tiesShareTheGradientOfMaxEqually() {
        Parameter p = new Parameter("x", Tensor.of(new double[][] {{1, 3, 3}, {2, 0, 1}}));
        Variable.parameter(p).max(1).sum().backward();
        assertEquals(Tensor.of(new double[][] {{0, 0.5, 0.5}, {1, 0, 0}}), p.grad());
    }

    private static int[] reversedPairs(int rank) {
        int[] perm = new int[rank];
        for (int i = 0; i < rank; i++) {
            perm[i] = (i ^ 1) < rank ? i ^ 1 : i;
        }
        return perm;
    }

    private static void assertClose(double[] expected, Tensor actual) {
        assertArrayEquals(new int[] {expected.length}, actual.shape());
        assertArrayEquals(expected, actual.toArray(), T12);
    }

    private static void assertClose(double[][] expected, Tensor actual) {
        assertArrayEquals(new int[] {expected.length, expected[0].length}, actual.shape());
        assertArrayEquals(Tensor.of(expected).toArray(), actual.toArray(), T12);
    }
}
