package org.jbackprop.jupyter.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void opensOncePerInterval() {
        Throttle t = new Throttle(now::get, 250);
        assertFalse(t.ready());
        now.addAndGet(250);
        assertTrue(t.ready());
        t.drew(now.get());
        now.addAndGet(249);
        assertFalse(t.ready());
        now.addAndGet(1);
        assertTrue(t.ready());
    }

    @Test
    void slowRedrawsWaitFiveTimesAsLong() {
        Throttle t = new Throttle(now::get, 250);
        now.addAndGet(250);
        long start = now.get();
        now.addAndGet(100); // the redraw took 100
        t.drew(start);
        now.addAndGet(499);
        assertFalse(t.ready());
        now.addAndGet(1);
        assertTrue(t.ready());
    }

    @Test
    void rejectsNegativeIntervals() {
        assertThrows(IllegalArgumentException.class, () -> new Throttle(now::get, -1));
    }
}
