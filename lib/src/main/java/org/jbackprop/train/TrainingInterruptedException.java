package org.jbackprop.train;

/**
 * Thrown by {@link Stop#check} when the student pressed stop (the kernel interrupted the cell's
 * thread): it ends the training loop where it stands. It is not an error of the code; the weights
 * keep the values of the last completed step.
 */
public final class TrainingInterruptedException extends RuntimeException {

    private final int step;

    /**
     * @param where what was about to run, e.g. {@code "History.record"}
     * @param step  the step about to be logged or taken, or −1 if not known where it was stopped
     */
    public TrainingInterruptedException(String where, int step) {
        super("training interrupted " + (step >= 0 ? "at step " + step + " " : "") + "(in " + where
                + "): the stop button was pressed");
        this.step = step;
    }

    /** The step about to be logged or taken when the loop was stopped, or −1 if not known. */
    public int step() {
        return step;
    }
}
