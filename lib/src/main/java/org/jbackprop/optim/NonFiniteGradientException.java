package org.jbackprop.optim;

/**
 * Thrown by an optimizer's {@code step()} when a parameter's gradient holds NaN or ±∞ (the loss itself
 * may still have been finite: an overflow inside backward), naming the step, the parameter and the
 * element, before any weight is changed.
 */
public final class NonFiniteGradientException extends ArithmeticException {

    private final int step;
    private final String parameter;
    private final int index;
    private final double value;

    /**
     * @param step      the optimizer step (0 for the first) that was refused
     * @param parameter the parameter's name, e.g. "W1"
     * @param index     the flat index of the first non-finite element of its gradient
     * @param value     that element (NaN or ±∞)
     * @param message   the full message
     */
    public NonFiniteGradientException(int step, String parameter, int index, double value, String message) {
        super(message);
        this.step = step;
        this.parameter = parameter;
        this.index = index;
        this.value = value;
    }

    /** The optimizer step at which the gradient stopped being finite (0 for the first step). */
    public int step() {
        return step;
    }

    /** The name of the parameter whose gradient is not finite. */
    public String parameter() {
        return parameter;
    }

    /** The flat index of the first non-finite gradient element. */
    public int index() {
        return index;
    }

    /** The first non-finite gradient element (NaN or ±∞). */
    public double value() {
        return value;
    }
}
