package org.jbackprop.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.jbackprop.nn.Parameter;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Optimizer updates on f(p) = ½‖p − c‖² (gradient p − c), compared with a numpy transcription. */
class OptimizersTest {

    static final double T9 = 1e-9;
    static final Tensor C = Tensor.of(0.5, 0.5);

    /** Runs three steps on f(p) = ½‖p − c‖² from p = (1, −2) and returns p. */
    static Parameter run(Function<List<Parameter>, Optimizer> make) {
        Parameter p = new Parameter("p", Tensor.of(1.0, -2.0));
        Optimizer opt = make.apply(List.of(p));
        for (int i = 0; i < 3; i++) {
            p.accumulate(p.value().sub(C));
            opt.step();
            opt.zeroGrad();
        }
        assertEquals(3, opt.steps());
        assertEquals(Tensor.zeros(2), p.grad());
        return p;
    }

    @Test
    void sgd() {
        Parameter p = run(ps -> new SGD(ps, 0.1));
        assertEquals(0.8645, p.value().get(0), T9);
        assertEquals(-1.3225, p.value().get(1), T9);
    }

    @Test
    void momentumInTheTfAndPytorchForm() {
        Parameter p = new Parameter("p", Tensor.of(1.0, -2.0));
        Momentum opt = new Momentum(List.of(p), 0.1, 0.9);
        for (int i = 0; i < 3; i++) {
            p.accumulate(p.value().sub(C));
            opt.step();
            opt.zeroGrad();
        }
        assertEquals(0.743, p.value().get(0), T9);
        assertEquals(-0.7150000000000001, p.value().get(1), T9);
        assertTrue(opt.velocity(p).allWithin(Tensor.of(1.17, -5.85), T9));
    }

    @Test
    void adamWithTf1BiasCorrection() {
        Parameter p = new Parameter("p", Tensor.of(1.0, -2.0));
        Adam opt = new Adam(List.of(p), 0.1);
        double[][] expected = {{0.9000000632455132, -1.900000012649109}, {0.8011875303965701, -1.8001272097230325},
            {0.7048713994054785, -1.7004739625330887}};
        for (int i = 0; i < 3; i++) {
            p.accumulate(p.value().sub(C));
            opt.step();
            opt.zeroGrad();
            assertEquals(expected[i][0], p.value().get(0), T9, "step " + i);
            assertEquals(expected[i][1], p.value().get(1), T9, "step " + i);
        }
        assertTrue(opt.firstMoment(p).allWithin(Tensor.of(0.10661875873175317, -0.648512722110723), T9));
        assertTrue(opt.secondMoment(p).allWithin(Tensor.of(0.0005000542290122034, 0.017282331491563285), T9));
        assertEquals(0.1 * Math.sqrt(1 - 0.999) / (1 - 0.9), opt.learningRateAt(1), 1e-15);
        assertEquals(0.9, opt.beta1());
        assertEquals(0.999, opt.beta2());
        assertEquals(1e-8, opt.epsilon());
    }

    @Test
    void minimizeReturnsTheLossBeforeTheUpdate() {
        // lab-03-3: cost = mean((W·x − y)²), x = y = [1, 2, 3], W₀ = 5, GD 0.1: W − 1 shrinks by 1/15 a step
        Parameter w = new Parameter("W", Tensor.scalar(5.0));
        Tensor x = Tensor.of(1, 2, 3);
        SGD opt = new SGD(List.of(w), 0.1);
        double[] expectedW = {5.0, 1.26666667, 1.01777778, 1.00118519, 1.00007901};
        for (int step = 0; step < 5; step++) {
            assertEquals(expectedW[step], w.value().item(), 5e-9);
            double before = w.value().item();
            double cost = opt.minimize(() -> {
                Tensor diff = x.mul(w.value()).sub(x);
                w.accumulate(diff.mul(x).mean().mul(2));
                return diff.square().mean().item();
            });
            assertEquals(14.0 / 3 * (before - 1) * (before - 1), cost, 1e-9);
        }
    }

    @Test
    void aNanLossStopsTrainingWithTheStepNumber() {
        Parameter w = new Parameter("W", Tensor.scalar(5.0));
        Tensor x = Tensor.of(1, 2, 3);
        SGD opt = new SGD(List.of(w), 1.0);   // far too large: W − 1 is multiplied by −25/3 each step
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class, () -> {
            for (int step = 0; step < 10_000; step++) {
                opt.minimize(() -> {
                    Tensor diff = x.mul(w.value()).sub(x);
                    w.accumulate(diff.mul(x).mean().mul(2));
                    return diff.square().mean().item();
                });
            }
        });
        // W_k − 1 = 4·(−25/3)^k; the squared residual (3·(W_k − 1))² first overflows at k = 167 (numpy agrees)
        assertEquals(167, e.step());
        assertTrue(Double.isInfinite(e.loss()));
        assertTrue(e.getMessage().contains("step 167"), e.getMessage());
        assertEquals(167, opt.steps());
    }

    @Test
    void aNanGradientIsReportedAndNothingIsUpdated() {
        Parameter a = new Parameter("a", Tensor.of(1, 2));
        Parameter b = new Parameter("b", Tensor.of(3));
        SGD opt = new SGD(List.of(a, b), 0.1);
        a.accumulate(Tensor.of(1, 1));
        b.accumulate(Tensor.of(Double.NaN));
        NonFiniteGradientException e = assertThrows(NonFiniteGradientException.class, opt::step);
        assertEquals(0, e.step());
        assertEquals("b", e.parameter());
        assertEquals(0, e.index());
        assertTrue(Double.isNaN(e.value()));
        assertTrue(e.getMessage().contains("gradient of b"), e.getMessage());
        assertEquals(Tensor.of(1, 2), a.value());
        assertEquals(0, opt.steps());
    }

    @Test
    void badConstructionIsRejected() {
        Parameter p = new Parameter("p", Tensor.of(1));
        assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(), 0.1));
        assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(p, p), 0.1));
        assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(p), -0.1));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(List.of(p), 0.1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(List.of(p), 0.1, 0.9, 1.5, 1e-8));
        Parameter other = new Parameter("q", Tensor.of(1));
        assertThrows(IllegalArgumentException.class, () -> new Adam(List.of(p), 0.1).firstMoment(other));
    }
}
