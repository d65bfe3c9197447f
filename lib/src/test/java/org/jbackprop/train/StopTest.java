package org.jbackprop.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jbackprop.nn.Linear;
import org.jbackprop.optim.SGD;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The stop button: an interrupted thread (what the Java kernels do) ends a loop at its next library call. */
class StopTest {

    @Test
    void anInterruptedThreadStopsAtTheNextRecordAndTheFlagIsConsumed() {
        History h = new History("x");
        h.record(0, "loss", 1.0);
        int before = Stop.count();
        Thread.currentThread().interrupt();
        TrainingInterruptedException e = assertThrows(TrainingInterruptedException.class,
                () -> h.record(1, "loss", 0.5));
        assertEquals(1, e.step());
        assertEquals(1, h.size(), "nothing is recorded after the stop");
        assertFalse(Thread.currentThread().isInterrupted(), "the rest of the cell runs normally");
        assertEquals(before + 1, Stop.count());
        h.record(1, "loss", 0.5);   // the next loop runs
        assertEquals(2, h.size());
    }

    @Test
    void optimizerStepsAndLayerCallsCheckToo() {
        Linear lin = new Linear(Tensor.of(new double[][] {{1}}), Tensor.of(0.0));
        SGD opt = new SGD(List.of(lin.weight()), 0.1);
        Thread.currentThread().interrupt();
        assertThrows(TrainingInterruptedException.class, opt::step);
        Thread.currentThread().interrupt();
        assertThrows(TrainingInterruptedException.class, () -> lin.forward(Tensor.of(new double[][] {{1}})));
        Stop.request();
        TrainingInterruptedException e = assertThrows(TrainingInterruptedException.class, opt::step);
        assertTrue(e.getMessage().contains("SGD") && e.getMessage().contains("step 0"), e.getMessage());
        opt.step();   // a request is consumed by the check that honours it
        assertEquals(1, opt.steps());
    }

    @Test
    void aCancelledTaskEndsItsLoopAndItsThreadIsFreed() throws Exception {
        History h = new History("x");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        Future<?> f = pool.submit(() -> {
            for (int s = 0; ; s++) {
                h.record(s, "loss", 1.0 / (s + 1));
                started.countDown();
            }
        });
        started.await();
        f.cancel(true);          // what JJava's interrupt does to the running cell
        Thread.sleep(50);        // a record already past its check may still finish
        int a = h.size();
        Thread.sleep(200);
        assertEquals(a, h.size(), "the history stops growing");
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS), "no thread keeps running");
    }
}
