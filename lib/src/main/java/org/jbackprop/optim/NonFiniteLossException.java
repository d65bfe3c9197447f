package org.jbackprop.optim;

/**
 * Thrown when training produced a NaN or infinite loss, naming the step and the value, instead of
 * letting the loop go on silently with NaN weights ({@link NonFiniteGradientException} is its sibling
 * for a gradient that overflowed while the loss was still finite). Typical causes: a learning rate that is too large,
 * log(0) in a cross-entropy, or an input that is not normalised.
 */
public final class NonFiniteLossException extends ArithmeticException {

    /** The optimizer step at which it happened. */
    private final int step;
    /** The offending loss. */
    private final double loss;

    /**
     * @param step    the optimizer step (0 for the first) at which it happened
     * @param loss    the loss value (NaN or ±∞)
     * @param message what was found where
     */
    public NonFiniteLossException(int step, double loss, String message) {
        super(message);
        this.step = step;
        this.loss = loss;
    }

    /** The optimizer step at which the loss stopped being finite (0 for the first step). */
    public int step() {
        return step;
    }

    /** The offending loss (NaN or ±∞). */
    public double loss() {
        return loss;
    }
}
