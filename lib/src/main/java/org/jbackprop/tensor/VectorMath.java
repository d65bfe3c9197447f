package org.jbackprop.tensor;

/**
 * Sums on SIMD lanes, with the JDK's Vector API when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}, as the notebook kernel does, and plain loops otherwise.
 * Only additions run here, in numpy's order, so both paths give the same bits. Transcendental
 * functions deliberately do not: the Vector API's EXP gives other last bits once C2 compiles it
 * than before, so results changed with JIT timing (the reason is in {@link UnaryOp}'s Javadoc).
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
