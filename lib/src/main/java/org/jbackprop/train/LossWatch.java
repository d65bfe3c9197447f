package org.jbackprop.train;

/**
 * Where a backward pass leaves the loss it started from, so that the optimizer's next step can refuse
 * to train on a NaN or infinite loss: the PyTorch-style loop {@code zeroGrad(); loss = forward;
 * backward; step()} then stops at the step the loss stopped being finite, as {@code minimize} does,
 * instead of going on until a gradient overflows a hundred steps later.
 *
 * <p>The losses ({@code Loss.backward}, {@code Variable.backward()}) call {@link #backwardFrom}; the
 * optimizers read {@link #nonFinite()} in {@code step()} and clear it in {@code zeroGrad()}. Two
 * field writes per backward pass; students never need to call it themselves.
 */
public final class LossWatch {

    private static volatile boolean nonFinite;
    private static volatile double loss;
    private static volatile String source = "";

    private LossWatch() {
    }

    /** A backward pass starts from {@code loss}, computed by {@code source} (e.g. "MeanSquaredError"). */
    public static void backwardFrom(String source, double loss) {
        if (Double.isFinite(loss)) {
            if (nonFinite) {
                nonFinite = false;
            }
            return;
        }
        LossWatch.source = source;
        LossWatch.loss = loss;
        nonFinite = true;
    }

    /** True if the last backward pass started from a NaN or infinite loss. */
    public static boolean nonFinite() {
        return nonFinite;
    }

    /** The non-finite loss of the last backward pass (meaningful when {@link #nonFinite()}). */
    public static double loss() {
        return loss;
    }

    /** What computed it, e.g. "MeanSquaredError" or "Variable.backward". */
    public static String source() {
        return source;
    }

    /** Forgets the last backward pass (the optimizers' {@code zeroGrad()}). */
    public static void clear() {
        nonFinite = false;
    }
}
