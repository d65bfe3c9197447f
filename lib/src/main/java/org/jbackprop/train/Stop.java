package org.jbackprop.train;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stop button, kernel-neutral: training code asks {@link #check(String)} at its natural steps
 * (a history record, an optimizer step, a layer call) and gets a {@link TrainingInterruptedException}
 * once a stop was requested, so a loop of a million steps ends when the student presses stop.
 *
 * <p>A stop is requested in Java's own way, by interrupting the thread that runs the loop: Jupyter's
 * Java kernels (JJava, IJava) do exactly that when the stop button is pressed (they cancel the cell's
 * {@code Future} with {@code cancel(true)}), and so does any executor that cancels a task. A front end
 * that stops training some other way calls {@link #request()}. The check costs one field read per call,
 * which no benchmark can see next to the tensor arithmetic around it.
 *
 * <p>When the check fires it clears the thread's interrupt flag before throwing (the loop ends through
 * the exception), so that the final redraw of a live chart and the kernel's next cell run normally.
 */
public final class Stop {

    private static volatile boolean requested;
    private static final AtomicInteger STOPS = new AtomicInteger();

    private Stop() {
    }

    /**
     * Throws {@link TrainingInterruptedException} if the current thread was interrupted or a stop was
     * {@link #request() requested}; otherwise returns at once.
     *
     * @param where what was about to run, for the message, e.g. {@code "Linear.forward"} or the optimizer
     *              itself (turned into text only when the check fires, so the check allocates nothing)
     */
    public static void check(Object where) {
        if (requested || Thread.currentThread().isInterrupted()) {
            throw stopped(where, -1);
        }
    }

    /** Same as {@link #check(String)}, naming the training step that was about to be logged or taken. */
    public static void check(Object where, int step) {
        if (requested || Thread.currentThread().isInterrupted()) {
            throw stopped(where, step);
        }
    }

    /** Asks the next {@link #check} on any thread to stop the loop it is in (a front end's stop button). */
    public static void request() {
        requested = true;
    }

    /** How many loops have been stopped since the JVM started; a live view compares it before and after. */
    public static int count() {
        return STOPS.get();
    }

    private static TrainingInterruptedException stopped(Object where, int step) {
        requested = false;
        Thread.interrupted();   // consumed here: the exception ends the loop, the rest of the cell runs normally
        STOPS.incrementAndGet();
        return new TrainingInterruptedException(String.valueOf(where), step);
    }
}
