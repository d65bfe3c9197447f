package org.jbackprop.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jbackprop.nn.Layer;
import org.jbackprop.nn.Linear;
import org.jbackprop.nn.Parameter;
import org.jbackprop.nn.ReLU;
import org.jbackprop.nn.Sequential;
import org.jbackprop.nn.Sigmoid;
import org.jbackprop.nn.loss.BinaryCrossEntropy;
import org.jbackprop.nn.loss.HalfSquaredError;
import org.jbackprop.nn.loss.L1Loss;
import org.jbackprop.nn.loss.Loss;
import org.jbackprop.optim.Optimizer;
import org.jbackprop.optim.SGD;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The same network differentiated by hand (layers) and by autograd must agree to 1e-9. */
class ManualVsAutogradTest {

    static final double AGREE = 1e-9;

    static final Tensor XOR_X = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    static final Tensor XOR_Y = Tensor.of(new double[][] {{0}, {1}, {1}, {0}});

    /** Autograd copies of a Sequential's Linear parameters, same values. */
    static List<Parameter> copies(Sequential net) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : net.parameters()) {
            out.add(new Parameter(p.name(), p.value()));
        }
        return out;
    }

    /** x·W + b, activation, ... as autograd: activations named like the layers. */
    static Variable forward(Sequential net, List<Parameter> params, Tensor x) {
        Variable h = Variable.constant(x);
        int k = 0;
        for (Layer layer : net.layers()) {
            if (layer instanceof Linear) {
                h = h.matmul(Variable.parameter(params.get(k++))).add(Variable.parameter(params.get(k++)));
            } else if (layer instanceof Sigmoid) {
                h = h.sigmoid();
            } else if (layer instanceof ReLU) {
                h = h.relu();
            } else {
                throw new IllegalArgumentException(layer.toString());
            }
        }
        return h;
    }

    static Variable bceMean(Variable h, Tensor y) {
        return h.log().mul(y).add(h.rsub(1.0).log().mul(y.rsub(1.0))).mean().neg();
    }

    static void assertGradientsAgree(Sequential net, List<Parameter> auto) {
        List<Parameter> manual = net.parameters();
        for (int i = 0; i < manual.size(); i++) {
            Tensor m = manual.get(i).grad();
            Tensor a = auto.get(i).grad();
            assertTrue(m.allWithin(a, AGREE), "parameter " + i + " " + manual.get(i).name() + ": manual " + m
                    + " autograd " + a);
        }
    }

    static double manualLoss(Sequential net, Loss loss, Tensor x, Tensor t) {
        double value = loss.forward(net.forward(x), t);
        net.backward(loss.backward());
        return value;
    }

    @Test
    void mazurNetwork() {
        Sequential net = new Sequential(
                new Linear(Tensor.of(new double[][] {{.15, .25}, {.20, .30}}), Tensor.of(.35, .35)), new Sigmoid(),
                new Linear(Tensor.of(new double[][] {{.40, .50}, {.45, .55}}), Tensor.of(.60, .60)), new Sigmoid());
        Tensor x = Tensor.of(new double[][] {{0.05, 0.10}});
        Tensor t = Tensor.of(new double[][] {{0.01, 0.99}});
        List<Parameter> auto = copies(net);
        double manual = manualLoss(net, new HalfSquaredError(), x, t);
        Variable e = forward(net, auto, x).sub(t).square().sum().mul(0.5);
        e.backward();
        assertEquals(manual, e.item(), AGREE);
        assertGradientsAgree(net, auto);
        assertEquals(0.082167040564, auto.get(2).grad().get(0, 0), 1e-9);
    }

    @Test
    void xorTwoTwoOneTrainsAlongTheSameTrajectory() {
        Rng rng = new Rng(777);
        Sequential net = new Sequential(new Linear(rng.randn(2, 2), rng.randn(2)), new Sigmoid(),
                new Linear(rng.randn(2, 1), rng.randn(1)), new Sigmoid());
        List<Parameter> auto = copies(net);
        Optimizer manualSgd = new SGD(net.parameters(), 0.1);
        Optimizer autoSgd = new SGD(auto, 0.1);
        BinaryCrossEntropy bce = BinaryCrossEntropy.mean();
        for (int step = 0; step <= 2000; step++) {
            double m = manualSgd.minimize(() -> manualLoss(net, bce, XOR_X, XOR_Y));
            double a = autoSgd.minimize(() -> {
                Variable cost = bceMean(forward(net, auto, XOR_X), XOR_Y);
                cost.backward();
                return cost.item();
            });
            assertEquals(m, a, AGREE, "cost at step " + step);
            if (step == 0) {
                assertGradientsAgree(net, auto);
            }
        }
        for (int i = 0; i < auto.size(); i++) {
            assertTrue(net.parameters().get(i).value().allWithin(auto.get(i).value(), AGREE));
        }
    }

    @Test
    void quadraticRegressionMlpWithL1Loss() {
        Rng rng = new Rng(11);
        Tensor x = rng.uniform(-15, 15, 40, 1);
        Tensor y = x.square().mul(8).add(x.mul(7)).add(3).add(rng.randn(40, 1));
        Sequential net = new Sequential(new Linear(1, 10, rng), new ReLU(), new Linear(10, 6, rng), new ReLU(),
                new Linear(6, 1, rng));
        List<Parameter> auto = copies(net);
        double manual = manualLoss(net, new L1Loss(), x, y);
        Variable loss = forward(net, auto, x).sub(y).abs().mean();
        loss.backward();
        assertEquals(manual, loss.item(), AGREE);
        assertGradientsAgree(net, auto);
    }

    /** lab-09-x's +1e-7 in d_Y_pred changes the exact gradient by far less than 1e-7. */
    @Test
    void labEpsilonBarelyChangesTheXorGradient() {
        Rng rng = new Rng(5);
        Sequential net = new Sequential(new Linear(rng.randn(2, 2), rng.randn(2)), new Sigmoid(),
                new Linear(rng.randn(2, 1), rng.randn(1)), new Sigmoid());
        manualLoss(net, BinaryCrossEntropy.mean().withDenominatorEpsilon(1e-7), XOR_X, XOR_Y);
        List<Tensor> lab = new ArrayList<>();
        for (Parameter p : net.parameters()) {
            lab.add(p.grad().copy());
        }
        List<Parameter> auto = copies(net);
        bceMean(forward(net, auto, XOR_X), XOR_Y).backward();
        for (int i = 0; i < lab.size(); i++) {
            assertTrue(lab.get(i).allWithin(auto.get(i).grad(), 1e-7));
        }
    }
}
