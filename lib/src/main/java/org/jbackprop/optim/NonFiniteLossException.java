package org.jbackprop.optim;

/**
 * Thrown when training produced a NaN or infinite loss (or gradient), naming the step, instead of
 * letting the loop go on silently with NaN weights. Typical causes: a learning rate that is too large,
 * log(0) in a cross-entropy, or an input that is not normalised.
 */
public final class NonFiniteLossException extends ArithmeticException {

    /** The optimizer step at which it happened. */
    private final int step;
    /** The offending loss, or NaN for a gradient. */
    private final double loss;

    /**
     * @param step    the optimizer step (0 for the first) at which it happened
     * @param loss    the loss value (NaN or ±∞), or NaN if a gradient was the problem
     * @param message what was found where
     */
    public NonFiniteLossException(int step, double loss, String message) {
        super(message);
        this.step = step;
        this.loss = loss;
    }

    /** The optimizer step at which the loss or gradient stopped being finite (0 for the first step). */
    public int step() {
        return step;
    }

    /** The offending loss (NaN or ±∞), or NaN when a gradient was found non-finite. */
    public double loss() {
        return loss;
    }
}
