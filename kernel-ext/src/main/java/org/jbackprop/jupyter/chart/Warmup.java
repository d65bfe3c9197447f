package org.jbackprop.jupyter.chart;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jbackprop.jupyter.Charts;
import org.jbackprop.jupyter.Picture;
import org.jbackprop.train.History;

/**
 * Draws one small chart, as PNG and as SVG, on a background thread while the kernel starts, so the
 * first chart a student shows does not wait for XChart, Java2D, the fonts, ImageIO and the XML
 * writer to load and run for the first time (about a second of a cold JVM). The drawing is thrown
 * away: nothing is displayed and no chart state is kept, so every output stays the same.
 *
 * <p>A {@link Picture} waits for the warm-up to finish ({@link #await}) before drawing, rather than
 * loading the same classes on two threads at once. The warm-up cannot break the kernel: it runs on
 * a daemon thread, catches everything, and reports a failure on the kernel process's own standard
 * error (the Jupyter server's log, never a notebook cell); pictures are then drawn as before.
 */
public final class Warmup {

    /** The longest a picture waits for the warm-up before drawing anyway. */
    static final long MAX_WAIT_SECONDS = 30;

    private static Thread thread;
    private static CountDownLatch done = new CountDownLatch(0);
    private static volatile Throwable failure;

    private Warmup() {
    }

    /**
     * Starts drawing the warm-up chart in the background when the kernel's JVM options say
     * {@code -Djbackprop.warmup=true}; only the first call in a JVM starts it (and returns true).
     * Off by default: measured on a quiet 2-core machine through the real kernel, it made neither the
     * first table nor the first chart sooner (the chart code still runs interpreted the first time)
     * and cost about 0.3 s of CPU at start-up.
     */
    public static boolean start() {
        if (!"true".equalsIgnoreCase(System.getProperty("jbackprop.warmup"))) {
            return false;
        }
        return start(Warmup::drawOneChart);
    }

    /** Starts {@code work} as the warm-up unless one was started before; true if this call started it. */
    static synchronized boolean start(Runnable work) {
        if (thread != null) {
            return false;
        }
        CountDownLatch latch = new CountDownLatch(1);
        Thread t = new Thread(() -> run(work, latch), "jbackprop-warmup");
        t.setDaemon(true);                    // never keeps the kernel alive
        t.setPriority(Thread.MIN_PRIORITY);   // a hint: the student's cells come first
        try {
            t.start();
        } catch (Throwable e) {   // no thread to spare (out of memory or a sandbox): charts are drawn without it
            log("jbackprop: the chart warm-up could not start: " + e);
            return false;
        }
        done = latch;
        thread = t;
        return true;
    }

    private static void run(Runnable work, CountDownLatch latch) {
        try {
            work.run();
        } catch (Throwable t) {   // everything, even errors: this thread must end quietly
            failure = t;
            log("jbackprop: the chart warm-up failed, charts are drawn without it: " + t);
        } finally {
            latch.countDown();
        }
    }

    /**
     * Waits until the warm-up has finished (at most {@value #MAX_WAIT_SECONDS} s); returns at once when
     * none was started, when it is done, or when called from the warm-up itself. An interrupt (the
     * notebook's stop button) ends the wait and stays set.
     */
    public static void await() {
        CountDownLatch latch;
        synchronized (Warmup.class) {
            if (thread == null || thread == Thread.currentThread()) {
                return;
            }
            latch = done;
        }
        try {
            latch.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a warm-up was started and has finished, successfully or not. */
    public static synchronized boolean finished() {
        return thread != null && done.getCount() == 0;
    }

    /** Why the warm-up failed, or null if it has not failed. */
    public static Throwable failure() {
        return failure;
    }

    /** Forgets the warm-up after it has finished, so a test can start another; for tests only. */
    static synchronized void reset() throws InterruptedException {
        if (thread != null) {
            thread.join();
        }
        thread = null;
        done = new CountDownLatch(0);
        failure = null;
    }

    /** The work of a first chart: a 50-step loss history drawn as PNG and as SVG, as a notebook shows it. */
    static void drawOneChart() {
        History run = new History("loss");
        for (int i = 0; i < 50; i++) {
            run.record(i, "loss", 1.0 / (i + 1));
        }
        Picture picture = Charts.history(run).picture();
        picture.png();
        picture.svg();
    }

    /** One line on the process's standard error: JJava sends {@code System.err} into the running cell. */
    private static void log(String line) {
        try {
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            err.println(line);
            err.flush();
        } catch (Throwable ignored) {
            // nowhere left to report it; the kernel carries on
        }
    }
}
