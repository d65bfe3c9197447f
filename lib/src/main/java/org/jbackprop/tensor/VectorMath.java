package org.jbackprop.tensor;

/**
 * Sums and exp, log, sigmoid, tanh on SIMD lanes, with the JDK's Vector API when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}, as the notebook kernel does, and plain loops otherwise.
 * Both paths give the same bits: sums add in numpy's order, and the functions are
 * {@link DeterministicMath}'s polynomials built from IEEE-exact operations, lane by lane or one value
 * at a time (the reason is in {@link UnaryOp}'s Javadoc and in {@link DeterministicMath}'s).
 *
 * <p>The class that touches the incubator module, {@link VectorMathSimd}, is only ever loaded
 * when the module is present.
 */
final class VectorMath {

    /** True when the Vector API is available and not switched off with {@code -Djbackprop.simd=false}. */
    static final boolean SIMD = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equalsIgnoreCase(System.getProperty("jbackprop.simd"));

    /** Below this length the scalar loop wins (vector setup costs more than it saves). */
    private static final int MIN_LENGTH = 16;

    private VectorMath() {
    }

    /** Doubles per SIMD vector (8 with AVX-512, 4 with AVX2, 2 with NEON); 1 without the Vector API. */
    static final int LANES = SIMD ? VectorMathSimd.lanes() : 1;

    /** True when pairwise sums can run on vectors of the preferred species (4 or 8 lanes). */
    static final boolean SIMD_SUM = SIMD && VectorMathSimd.wideEnough();

    /** out[ob + i] += d[row + i] for i in [0, n): one row added, in order (used by sums along leading axes). */
    static void addRow(double[] d, int row, double[] out, int ob, int n) {
        if (SIMD && n >= MIN_LENGTH) {
            VectorMathSimd.addRow(d, row, out, ob, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[ob + i] += d[row + i];
        }
    }

    /** out[i] = e^in[i] for i in [0, n). */
    static void exp(double[] in, double[] out, int n) {
        if (SIMD && n >= MIN_LENGTH) {
            VectorMathSimd.exp(in, out, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = DeterministicMath.exp(in[i]);
        }
    }

    /** out[i] = ln in[i] for i in [0, n). */
    static void log(double[] in, double[] out, int n) {
        if (SIMD && n >= MIN_LENGTH) {
            VectorMathSimd.log(in, out, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = DeterministicMath.log(in[i]);
        }
    }

    /** out[i] = 1 / (1 + e^−in[i]) for i in [0, n). */
    static void sigmoid(double[] in, double[] out, int n) {
        if (SIMD && n >= MIN_LENGTH) {
            VectorMathSimd.sigmoid(in, out, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = DeterministicMath.sigmoid(in[i]);
        }
    }

    /** out[i] = tanh in[i] for i in [0, n). */
    static void tanh(double[] in, double[] out, int n) {
        if (SIMD && n >= MIN_LENGTH) {
            VectorMathSimd.tanh(in, out, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = DeterministicMath.tanh(in[i]);
        }
    }
}
