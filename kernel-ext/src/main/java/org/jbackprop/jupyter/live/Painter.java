package org.jbackprop.jupyter.live;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Draws a live view's pictures on a thread of its own while the training thread waits: Java2D clears
 * the interrupt flag of the thread that paints (font loading and text drawing do), so painting on the
 * training thread would swallow the stop button's interrupt and the loop would run on. The waiting
 * thread keeps it: an interrupt ends the wait, the frame is skipped and the loop stops at its next
 * library call. The thread ends when the view closes, or after two idle seconds.
 */
public final class Painter implements AutoCloseable {

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(0, 1, 2, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), job -> {
                Thread t = new Thread(job, "jbackprop-live-painter");
                t.setDaemon(true);
                return t;
            });

    /**
     * Runs {@code job} on the painter thread and returns its result.
     *
     * @throws InterruptedException if this thread is interrupted while waiting (the stop button); the
     *                              flag is set again, so the caller's next check sees it
     */
    public <T> T draw(Callable<T> job) throws InterruptedException {
        Future<T> f = pool.submit(job);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** Runs {@code job} on the painter thread and waits for it whatever happens (a final state). */
    public <T> T drawToTheEnd(Callable<T> job) {
        Future<T> f = pool.submit(job);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Lets the painter thread end once its last job is done. */
    @Override
    public void close() {
        pool.shutdown();
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }
}
