package org.jbackprop.train;

/**
 * Thrown by {@link History#record} when a logged value is NaN or ±∞ (after recording it, so the chart
 * shows where it happened): a diverging loss stops the loop at the step it appears, even in a loop that
 * updates the weights by hand and never calls an optimizer.
 */
public final class NonFiniteMetricException extends ArithmeticException {

    private final int step;
    private final String metric;
    private final double value;

    /**
     * @param history the run's name
     * @param step    the step at which it was logged
     * @param metric  the metric, e.g. "loss"
     * @param value   the value (NaN or ±∞)
     */
    public NonFiniteMetricException(String history, int step, String metric, double value) {
        super("History '" + history + "': " + metric + " is " + value + " at step " + step
                + "; stopping instead of training on it (the learning rate is probably too large,"
                + " or a log(0) crept in)");
        this.step = step;
        this.metric = metric;
        this.value = value;
    }

    /** The step at which the value was logged. */
    public int step() {
        return step;
    }

    /** The metric's name. */
    public String metric() {
        return metric;
    }

    /** The logged value (NaN or ±∞). */
    public double value() {
        return value;
    }
}
