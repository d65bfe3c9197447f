package org.jbackprop.tensor;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

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

    /**
     * Arrays at least this long (64 Ki values) are split across the processors for exp, log, sigmoid
     * and tanh, as PyTorch splits its element-wise operations: below it, handing work to another
     * thread costs more than it saves. Every value is computed alone, so the split changes no bit.
     */
    static final int PARALLEL_MIN = 1 << 16;

    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    /** One function's loop over the indices [from, to) of in and out. */
    interface Piece {
        void run(double[] in, double[] out, int from, int to);
    }

    /**
     * Runs f over [0, n): below {@link #PARALLEL_MIN} on this thread, otherwise in up to one piece per
     * processor, the first on this thread and the others in the common fork-join pool; returns when
     * all are done.
     */
    static void split(double[] in, double[] out, int n, Piece f) {
        int parts = Math.min(PROCESSORS, n / (PARALLEL_MIN / 2));
        if (parts < 2) {
            f.run(in, out, 0, n);
            return;
        }
        int piece = (n + parts - 1) / parts;
        ForkJoinTask<?>[] others = new ForkJoinTask<?>[parts - 1];
        for (int p = 1; p < parts; p++) {
            int from = Math.min(n, p * piece);
            int to = p == parts - 1 ? n : Math.min(n, (p + 1) * piece);
            others[p - 1] = ForkJoinPool.commonPool().submit(() -> f.run(in, out, from, to));
        }
        f.run(in, out, 0, Math.min(n, piece));
        for (ForkJoinTask<?> t : others) {
            t.join();
        }
    }

    /** True when pairwise sums can run on vectors of the preferred species (4 or 8 lanes). */
    static final boolean SIMD_SUM = LANES == 4 || LANES == 8;

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
        split(in, out, n, VectorMath::exp);
    }

    private static void exp(double[] in, double[] out, int from, int to) {
        if (SIMD && to - from >= MIN_LENGTH) {
            VectorMathSimd.exp(in, out, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = DeterministicMath.exp(in[i]);
        }
    }

    /** out[i] = ln in[i] for i in [0, n). */
    static void log(double[] in, double[] out, int n) {
        split(in, out, n, VectorMath::log);
    }

    private static void log(double[] in, double[] out, int from, int to) {
        if (SIMD && to - from >= MIN_LENGTH) {
            VectorMathSimd.log(in, out, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = DeterministicMath.log(in[i]);
        }
    }

    /** out[i] = 1 / (1 + e^−in[i]) for i in [0, n). */
    static void sigmoid(double[] in, double[] out, int n) {
        split(in, out, n, VectorMath::sigmoid);
    }

    private static void sigmoid(double[] in, double[] out, int from, int to) {
        if (SIMD && to - from >= MIN_LENGTH) {
            VectorMathSimd.sigmoid(in, out, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = DeterministicMath.sigmoid(in[i]);
        }
    }

    /** out[i] = tanh in[i] for i in [0, n). */
    static void tanh(double[] in, double[] out, int n) {
        split(in, out, n, VectorMath::tanh);
    }

    private static void tanh(double[] in, double[] out, int from, int to) {
        if (SIMD && to - from >= MIN_LENGTH) {
            VectorMathSimd.tanh(in, out, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = DeterministicMath.tanh(in[i]);
        }
    }
}
