package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * exp, log and tanh of {@link DeterministicMath} against {@code StrictMath} (fdlibm), and the
 * sigmoid against the exact σ ({@link ExactSigmoid}): within 1 ulp at every edge and over
 * {@value #SAMPLES} random inputs per function (about a second each; the sigmoid's decimal
 * reference is slower, so it gets a twentieth of them), and the SIMD loops of {@link VectorMath} give
 * the scalar function's bits in every lane and in the tail. {@code -Djbackprop.ulpSamples=10000000}
 * runs the 10⁷-input sweep, {@code -Djbackprop.sigmoidSamples=10000000} the sigmoid's (measured: no
 * input beyond 1 ulp; see lib/bench/README.md).
 */
class DeterministicMathTest {

    static final int SAMPLES = 1_000_000;
    private static final int N = Integer.getInteger("jbackprop.ulpSamples", SAMPLES);
    /** The sigmoid's decimal reference costs about 50 µs an input: a twentieth of N unless set. */
    private static final int SIGMOID_N = Integer.getInteger("jbackprop.sigmoidSamples", N / 20);

    /** Distance in units in the last place, counting the doubles between a and b; NaN = NaN. */
    static long ulps(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Long.MAX_VALUE;
        }
        if (a == b) {
            return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b) ? 0 : 1; // +0 vs -0
        }
        return Math.abs(ordered(a) - ordered(b));
    }

    private static long ordered(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    static final double[] EDGES = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
        Math.nextDown(Double.MIN_NORMAL), 0x1p-1060, -0x1p-1060, 0x1p-60, -0x1p-60, 0x1p-55, 0x1p-54, 0x1p-28,
        -0x1p-28, 1e-10, 0.1, 0.25, 0.34657359027997264, 0.3465735902799727, 0.5, 0.5493061443340549,
        0.6931471805599453, 1.0397207708399179, Math.nextDown(1.0), 1.0, Math.nextUp(1.0), -1.0, 2.0, -2.0,
        10.0, -10.0, 19.06, 21.99, 22.0, Math.nextDown(22.0), -22.0, 36.7, -36.7, 100.0, -100.0,
        DeterministicMath.EXP_OVERFLOW, Math.nextUp(DeterministicMath.EXP_OVERFLOW),
        Math.nextDown(DeterministicMath.EXP_OVERFLOW), 709.0, 709.78, 710.0,
        DeterministicMath.EXP_UNDERFLOW, Math.nextUp(DeterministicMath.EXP_UNDERFLOW),
        Math.nextDown(DeterministicMath.EXP_UNDERFLOW), -708.3964185322641, -708.4, -709.0, -720.0, -740.0,
        -745.0, -746.0, 745.0, -1000.0, 1000.0, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Double.longBitsToDouble(0x7ff8000000000123L),
    };

    private static final DoubleUnaryOperator STRICT_SIGMOID = x -> 1.0 / (1.0 + StrictMath.exp(-x));
    private static final DoubleUnaryOperator EXACT_SIGMOID = ExactSigmoid::of;

    @Test
    void expAtEveryEdgeIsWithinOneUlpOfStrictMath() {
        assertEdges("exp", DeterministicMath::exp, StrictMath::exp);
        assertEquals(Double.POSITIVE_INFINITY, DeterministicMath.exp(Math.nextUp(DeterministicMath.EXP_OVERFLOW)));
        assertEquals(0.0, DeterministicMath.exp(Math.nextDown(DeterministicMath.EXP_UNDERFLOW)));
        assertEquals(Double.MIN_VALUE, DeterministicMath.exp(DeterministicMath.EXP_UNDERFLOW), 0.0);
        assertEquals(1.0, DeterministicMath.exp(0.0));
        assertEquals(1.0, DeterministicMath.exp(-0.0));
    }

    @Test
    void logAtEveryEdgeIsWithinOneUlpOfStrictMath() {
        assertEdges("log", DeterministicMath::log, StrictMath::log);
        assertEquals(Double.NEGATIVE_INFINITY, DeterministicMath.log(-0.0));
        assertTrue(Double.isNaN(DeterministicMath.log(-Double.MIN_VALUE)));
        assertEquals(0.0, DeterministicMath.log(1.0));
        assertEquals(-744.4400719213812, DeterministicMath.log(Double.MIN_VALUE));
    }

    @Test
    void tanhAtEveryEdgeIsWithinOneUlpOfStrictMath() {
        assertEdges("tanh", DeterministicMath::tanh, StrictMath::tanh);
        assertEquals(-0.0, DeterministicMath.tanh(-0.0));
        assertEquals(1.0, DeterministicMath.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, DeterministicMath.tanh(-22.0));
    }

    @Test
    void sigmoidAtEveryEdgeIsWithinOneUlpOfTheExactSigmoid() {
        assertEdges("sigmoid", DeterministicMath::sigmoid, EXACT_SIGMOID);
        // where e^-x overflows, σ(x) = e^x to far below an ulp: the plain formula would say 0
        assertEquals(StrictMath.exp(-720.0), DeterministicMath.sigmoid(-720.0), Math.ulp(StrictMath.exp(-720.0)));
        assertEquals(0.5, DeterministicMath.sigmoid(0.0));
        assertEquals(0.0, DeterministicMath.sigmoid(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, DeterministicMath.sigmoid(Double.POSITIVE_INFINITY));
    }

    private static void assertEdges(String name, DoubleUnaryOperator ours, DoubleUnaryOperator strict) {
        List<String> off = new ArrayList<>();
        for (double e : EDGES) {
            for (double x : new double[] {e, -e}) {
                long u = ulps(ours.applyAsDouble(x), strict.applyAsDouble(x));
                if (u > 1) {
                    off.add(name + "(" + x + ") = " + ours.applyAsDouble(x) + ", reference " + strict.applyAsDouble(x)
                            + ": " + u + " ulps");
                }
            }
        }
        assertEquals(List.of(), off);
    }

    @Test
    void expOverRandomInputsIsWithinOneUlp() {
        SplittableRandom r = new SplittableRandom(1);
        assertRandom("exp", DeterministicMath::exp, StrictMath::exp,
                () -> r.nextInt(4) == 0 ? smallMagnitude(r) : -746 + 1456 * r.nextDouble());
    }

    @Test
    void logOverRandomInputsIsWithinOneUlp() {
        SplittableRandom r = new SplittableRandom(2);
        // every positive finite double is equally likely by bit pattern: all exponents, subnormals too
        assertRandom("log", DeterministicMath::log, StrictMath::log, () -> r.nextInt(4) == 0
                ? 0.5 + r.nextDouble() * 1.5
                : Double.longBitsToDouble(r.nextLong(0x7ff0000000000000L)));
    }

    @Test
    void tanhOverRandomInputsIsWithinOneUlp() {
        SplittableRandom r = new SplittableRandom(3);
        assertRandom("tanh", DeterministicMath::tanh, StrictMath::tanh,
                () -> r.nextInt(4) == 0 ? smallMagnitude(r) : -25 + 50 * r.nextDouble());
    }

    @Test
    void sigmoidOverRandomInputsIsWithinOneUlp() {
        SplittableRandom r = new SplittableRandom(4);
        assertRandom("sigmoid", DeterministicMath::sigmoid, EXACT_SIGMOID, SIGMOID_N,
                () -> r.nextInt(4) == 0 ? smallMagnitude(r) : -750 + 1500 * r.nextDouble());
        // for the record: the formula with StrictMath against the same exact values (not asserted)
        SplittableRandom again = new SplittableRandom(4);
        report("1 / (1 + StrictMath.exp(-x))", STRICT_SIGMOID, EXACT_SIGMOID, SIGMOID_N,
                () -> again.nextInt(4) == 0 ? smallMagnitude(again) : -750 + 1500 * again.nextDouble());
    }

    /** ±2^e with e uniform in [-60, 4]: the small arguments where relative accuracy is hardest. */
    private static double smallMagnitude(SplittableRandom r) {
        double m = Math.scalb(1.0 + r.nextDouble(), r.nextInt(-60, 5));
        return r.nextBoolean() ? m : -m;
    }

    private static void assertRandom(String name, DoubleUnaryOperator ours, DoubleUnaryOperator strict,
                                     java.util.function.DoubleSupplier inputs) {
        assertRandom(name, ours, strict, N, inputs);
    }

    private static void assertRandom(String name, DoubleUnaryOperator ours, DoubleUnaryOperator reference, int n,
                                     java.util.function.DoubleSupplier inputs) {
        double[] worst = report(name, ours, reference, n, inputs);
        assertTrue(worst[0] <= 1, name + "(" + worst[1] + ") is " + (long) worst[0] + " ulps from the reference");
    }

    /** Prints how many of n inputs match the reference's bits and the worst distance; returns {worst, its x}. */
    private static double[] report(String name, DoubleUnaryOperator ours, DoubleUnaryOperator reference, int n,
                                   java.util.function.DoubleSupplier inputs) {
        long worst = 0;
        double worstX = 0;
        long exact = 0;
        for (int i = 0; i < n; i++) {
            double x = inputs.getAsDouble();
            long u = ulps(ours.applyAsDouble(x), reference.applyAsDouble(x));
            if (u > worst) {
                worst = u;
                worstX = x;
            }
            if (u == 0) {
                exact++;
            }
        }
        System.out.printf("%s: %d inputs, %d with the reference's bits, worst %d ulp%n", name, n, exact, worst);
        return new double[] {worst, worstX};
    }

    @Test
    void simdLanesAndTheScalarTailGiveTheScalarFunctionsBits() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 1003; // not a multiple of any vector length: the tail runs too
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i < EDGES.length ? EDGES[i] : i < 2 * EDGES.length ? -EDGES[i - EDGES.length]
                    : r.nextInt(3) == 0 ? smallMagnitude(r) : -30 + 60 * r.nextDouble();
        }
        double[] out = new double[n];
        checkLanes("exp", x, out, VectorMath::exp, DeterministicMath::exp);
        checkLanes("sigmoid", x, out, VectorMath::sigmoid, DeterministicMath::sigmoid);
        checkLanes("tanh", x, out, VectorMath::tanh, DeterministicMath::tanh);
        checkLanes("log", x, out, VectorMath::log, DeterministicMath::log);
        double[] positive = new double[n];
        for (int i = 0; i < n; i++) {
            positive[i] = Double.longBitsToDouble(r.nextLong(0x7ff0000000000000L));
        }
        checkLanes("log", positive, out, VectorMath::log, DeterministicMath::log);
    }

    /** Arrays long enough to be split across the processors: every piece and its edges give the scalar bits. */
    @Test
    void largeArraysSplitAcrossProcessorsGiveTheScalarFunctionsBits() {
        SplittableRandom r = new SplittableRandom(6);
        int n = 3 * VectorMath.PARALLEL_MIN + 5;
        double[] x = new double[n];
        double[] positive = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -30 + 60 * r.nextDouble();
            positive[i] = Double.longBitsToDouble(r.nextLong(0x7ff0000000000000L));
        }
        double[] out = new double[n];
        checkLanes("exp", x, out, VectorMath::exp, DeterministicMath::exp);
        checkLanes("sigmoid", x, out, VectorMath::sigmoid, DeterministicMath::sigmoid);
        checkLanes("tanh", x, out, VectorMath::tanh, DeterministicMath::tanh);
        checkLanes("log", positive, out, VectorMath::log, DeterministicMath::log);
    }

    interface Kernel {
        void run(double[] in, double[] out, int n);
    }

    private static void checkLanes(String name, double[] x, double[] out, Kernel kernel, DoubleUnaryOperator scalar) {
        kernel.run(x, out, x.length);
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            assertEquals(Double.doubleToLongBits(scalar.applyAsDouble(xi)), Double.doubleToLongBits(out[i]),
                    () -> name + " lane differs from the scalar function at " + xi);
        }
    }
}
