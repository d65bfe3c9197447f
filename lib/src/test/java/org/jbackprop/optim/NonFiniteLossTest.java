package org.jbackprop.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbackprop.autograd.Variable;
import org.jbackprop.nn.Linear;
import org.jbackprop.nn.loss.MeanSquaredError;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.History;
import org.jbackprop.train.NonFiniteMetricException;
import org.junit.jupiter.api.Test;

/**
 * A diverging learning rate is reported at the first non-finite step in every way a loop can be
 * written: {@code minimize}, the PyTorch-style loop with layers and a loss object, the same loop with
 * autograd, and a hand-written loop that only logs to a History.
 */
class NonFiniteLossTest {

    // H(x) = W·x on x = (1, 2, 3), y = x, W0 = 5, lr 1: W_k − 1 = 4·(−25/3)^k and the mean squared
    // residual 14/3·(W_k − 1)² first overflows at k = 167 (numpy: np.isinf((14/3)*(4*(-25/3)**k)**2)).
    static final Tensor X = Tensor.of(new double[][] {{1}, {2}, {3}});
    static final int FIRST_INFINITE = 167;

    static Linear model() {
        return new Linear(Tensor.of(new double[][] {{5}}), Tensor.of(0.0));
    }

    @Test
    void minimizeStopsAtTheFirstInfiniteLoss() {
        Linear lin = model();
        SGD opt = new SGD(List.of(lin.weight()), 1.0);
        MeanSquaredError mse = new MeanSquaredError();
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class, () -> {
            for (int step = 0; step < 1000; step++) {
                opt.minimize(() -> {
                    double loss = mse.forward(lin.forward(X), X);
                    lin.backward(mse.backward());
                    return loss;
                });
            }
        });
        assertEquals(FIRST_INFINITE, e.step());
        assertEquals(Double.POSITIVE_INFINITY, e.loss());
    }

    @Test
    void thePyTorchStyleLoopStopsAtTheSameStep() {
        Linear lin = model();
        SGD opt = new SGD(List.of(lin.weight()), 1.0);
        MeanSquaredError mse = new MeanSquaredError();
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class, () -> {
            for (int step = 0; step < 1000; step++) {
                opt.zeroGrad();
                mse.forward(lin.forward(X), X);
                lin.backward(mse.backward());
                opt.step();
            }
        });
        assertEquals(FIRST_INFINITE, e.step());
        assertEquals(FIRST_INFINITE, opt.steps());
        assertEquals(Double.POSITIVE_INFINITY, e.loss());
        assertTrue(e.getMessage().contains("step 167") && e.getMessage().contains("Infinity")
                && e.getMessage().contains("MeanSquaredError") && e.getMessage().contains("learning rate"),
                e.getMessage());
        assertTrue(Double.isFinite(lin.weight().value().item()), "the refused step changed nothing");
    }

    @Test
    void theAutogradLoopStopsAtTheSameStep() {
        Variable w = Variable.parameter("W", Tensor.scalar(5.0));
        Variable x = Variable.constant(Tensor.of(1, 2, 3));
        SGD opt = new SGD(List.of(w.parameter()), 1.0);
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class, () -> {
            for (int step = 0; step < 1000; step++) {
                opt.zeroGrad();
                Variable cost = w.mul(x).sub(x).square().mean();
                cost.backward();
                opt.step();
            }
        });
        assertEquals(FIRST_INFINITE, e.step());
        assertTrue(e.getMessage().contains("Variable.backward"), e.getMessage());
    }

    @Test
    void aStaleNonFiniteLossDoesNotStopALaterRun() {
        Linear lin = model();
        SGD opt = new SGD(List.of(lin.weight()), 0.01);
        MeanSquaredError mse = new MeanSquaredError();
        mse.forward(Tensor.of(new double[][] {{Double.NaN}}), Tensor.of(new double[][] {{0}}));
        mse.backward();                            // a demo of a NaN loss, never stepped on
        opt.zeroGrad();
        mse.forward(lin.forward(X), X);
        lin.backward(mse.backward());
        opt.step();                                // a finite backward since: trains normally
        assertEquals(1, opt.steps());
    }

    @Test
    void aHandWrittenLoopStopsWhenItLogsTheLoss() {
        History h = new History("lr 1");
        double w = 5;
        int stoppedAt = -1;
        try {
            for (int step = 0; step < 1000; step++) {
                double loss = 14.0 / 3 * (w - 1) * (w - 1);
                h.record(step, "loss", loss);
                w -= 1.0 * 28.0 / 3 * (w - 1);
            }
        } catch (NonFiniteMetricException e) {
            stoppedAt = e.step();
            assertEquals("loss", e.metric());
            assertEquals(Double.POSITIVE_INFINITY, e.value());
            assertTrue(e.getMessage().contains("step 167") && e.getMessage().contains("learning rate"), e.getMessage());
        }
        assertEquals(FIRST_INFINITE, stoppedAt);
        assertEquals(FIRST_INFINITE + 1, h.size(), "the infinite value is recorded, for the chart");
        assertEquals("loss is Infinity at step 167", h.firstNonFinite());
    }
}
