package org.jbackprop.jupyter.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jbackprop.jupyter.Charts;
import org.jbackprop.jupyter.Picture;
import org.jbackprop.train.History;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @BeforeEach
    @AfterEach
    void forget() throws InterruptedException {
        Warmup.reset();
    }

    private static Picture chart() {
        History run = new History("lr = 0.1");
        for (int step = 0; step <= 100; step += 10) {
            run.record(step, "loss", Math.exp(-0.1 * step));
        }
        return Charts.history(run).picture();
    }

    private static void awaitFinished() {
        Warmup.await();
        assertTrue(Warmup.finished());
    }

    @Test
    void theWarmupIsOffUnlessTheKernelAsksForIt() {
        if (System.getProperty("jbackprop.warmup") == null) {
            assertFalse(Warmup.start());
        }
    }

    @Test
    void theWarmupLeavesEveryPictureAsItWas() {
        Picture before = chart();
        String svg = before.svg();
        byte[] png = before.png();
        assertTrue(Warmup.start(Warmup::drawOneChart));
        awaitFinished();
        assertNull(Warmup.failure());
        Picture after = chart();
        assertEquals(svg, after.svg());
        assertArrayEquals(png, after.png());
    }

    @Test
    void aFailingWarmupIsRecordedAndChartsAreStillDrawn() {
        IllegalStateException boom = new IllegalStateException("no fonts here");
        assertTrue(Warmup.start(() -> {
            throw boom;
        }));
        awaitFinished();
        assertSame(boom, Warmup.failure());
        Picture p = chart();
        assertTrue(p.svg().startsWith("<svg"), p.svg());
        assertEquals(0x89, p.png()[0] & 0xff); // the PNG signature
    }

    @Test
    void evenAnErrorInTheWarmupEndsQuietly() {
        assertTrue(Warmup.start(() -> {
            throw new LinkageError("a class that would not load");
        }));
        awaitFinished();
        assertEquals("a class that would not load", Warmup.failure().getMessage());
    }

    @Test
    void onlyTheFirstStartRuns() {
        AtomicBoolean second = new AtomicBoolean();
        assertTrue(Warmup.start(() -> { }));
        assertFalse(Warmup.start(() -> second.set(true)));
        awaitFinished();
        assertFalse(second.get());
    }

    @Test
    void aPictureWaitsForTheRunningWarmup() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        assertTrue(Warmup.start(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        AtomicBoolean drawn = new AtomicBoolean();
        Thread cell = new Thread(() -> {
            chart().png();
            drawn.set(true);
        });
        cell.start();
        while (cell.getState() != Thread.State.TIMED_WAITING) {  // parked in Warmup.await
            assertTrue(cell.isAlive());
            Thread.onSpinWait();
        }
        assertFalse(drawn.get());
        gate.countDown();
        cell.join();
        assertTrue(drawn.get());
    }

    @Test
    void theWarmupNeverWaitsForItself() {
        AtomicBoolean ran = new AtomicBoolean();
        assertTrue(Warmup.start(() -> {
            Warmup.await();
            chart().svg();
            ran.set(true);
        }));
        awaitFinished();
        assertTrue(ran.get());
        assertNull(Warmup.failure());
    }
}
