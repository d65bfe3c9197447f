package org.jbackprop.tensor;

/**
 * Transcendental functions over whole arrays, with the JDK's Vector API (SIMD exp, log, tanh)
 * when the JVM runs with {@code --add-modules jdk.incubator.vector}, as the notebook kernel does,
 * and plain {@link Math} loops otherwise. Both agree within an ulp or two (the Vector API's
 * functions are specified to 1 ulp, like {@link Math#exp}).
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

    /** out[i] = exp(in[i]). */
    static void exp(double[] in, double[] out, int n) {
        if (SIMD && n >= MIN_LENGTH) {
            VectorMathSimd.exp(in, out, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = Math.exp(in[i]);
        }
    }

    /** out[i] = 1 / (1 + exp(-in[i])). */
    static void sigmoid(double[] in, double[] out, int n) {
        if (SIMD && n >= MIN_LENGTH) {
            VectorMathSimd.sigmoid(in, out, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = 1.0 / (1.0 + Math.exp(-in[i]));
        }
    }

    /** out[i] = log(in[i]). */
    static void log(double[] in, double[] out, int n) {
        if (SIMD && n >= MIN_LENGTH) {
            VectorMathSimd.log(in, out, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = Math.log(in[i]);
        }
    }

    /** out[i] = tanh(in[i]). */
    static void tanh(double[] in, double[] out, int n) {
        if (SIMD && n >= MIN_LENGTH) {
            VectorMathSimd.tanh(in, out, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = Math.tanh(in[i]);
        }
    }

    /** True when pairwise sums can run on two 4-lane vectors (AVX2 or wider). */
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
}
