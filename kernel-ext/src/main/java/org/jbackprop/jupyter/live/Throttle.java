package org.jbackprop.jupyter.live;

import java.util.function.LongSupplier;

/**
 * A time-based gate for redraws: open at most once per {@code minInterval}, and never more often
 * than keeps redrawing under a fifth of the time (after a redraw that took d, the next waits at least 5d).
 */
public final class Throttle {

    private final LongSupplier nanoClock;
    private final long minIntervalNanos;
    private long next;

    /**
     * @param nanoClock        the clock, {@code System::nanoTime} outside tests
     * @param minIntervalNanos the shortest time between two redraws
     */
    public Throttle(LongSupplier nanoClock, long minIntervalNanos) {
        if (minIntervalNanos < 0) {
            throw new IllegalArgumentException("minimum interval must not be negative, got " + minIntervalNanos);
        }
        this.nanoClock = nanoClock;
        this.minIntervalNanos = minIntervalNanos;
        this.next = nanoClock.getAsLong() + minIntervalNanos;
    }

    /** Whether a redraw may happen now. */
    public boolean ready() {
        return nanoClock.getAsLong() - next >= 0;
    }

    /** Records that a redraw started at {@code startNanos} has just ended. */
    public void drew(long startNanos) {
        long now = nanoClock.getAsLong();
        long took = Math.max(0, now - startNanos);
        next = now + Math.max(minIntervalNanos, 5 * took);
    }

    /** The clock's current time. */
    public long now() {
        return nanoClock.getAsLong();
    }
}
