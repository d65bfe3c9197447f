package org.jbackprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbackprop.autograd.Variable;
import org.jbackprop.nn.loss.BinaryCrossEntropy;
import org.jbackprop.nn.loss.SoftmaxWithLoss;
import org.jbackprop.optim.Adam;
import org.jbackprop.optim.Optimizer;
import org.jbackprop.optim.SGD;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Training runs of NB06, NB07 and NB11 with fixed Java seeds, checked against the invariants in
 * LECTURES.md (TF's and PyTorch's random draws cannot be reproduced), plus cs231n's
 * overfit-a-tiny-set sanity check.
 */
class LectureTrainingTest {

    static final Tensor X = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    static final Tensor Y = Tensor.of(new double[][] {{0}, {1}, {1}, {0}});

    static double step(Optimizer opt, Sequential net, BinaryCrossEntropy bce) {
        return opt.minimize(() -> {
            double cost = bce.forward(net.forward(X), Y);
            net.backward(bce.backward());
            return cost;
        });
    }

    static double accuracy(Tensor h) {
        return h.greater(0.5).equal(Y).mean().item();
    }

    /** lab-09-1: one logistic unit cannot do XOR; in double the cost goes to ln 2 and h to 0.5. */
    @Test
    void oneLogisticUnitEndsAtLn2() {
        Rng rng = new Rng(1);
        Sequential net = new Sequential(new Linear(rng.randn(2, 1), rng.randn(1)), new Sigmoid());
        SGD sgd = new SGD(net.parameters(), 0.1);
        BinaryCrossEntropy bce = BinaryCrossEntropy.mean();
        for (int i = 0; i <= 10_000; i++) {
            step(sgd, net, bce);
        }
        Tensor h = net.forward(X);
        assertEquals(Math.log(2), bce.forward(h, Y), 1e-9);
        assertTrue(h.allWithin(Tensor.full(0.5, 4, 1), 1e-9), h::toString);
        assertEquals(0.5, accuracy(h));
    }

    /** lab-09-2: 2-2-1 with GD 0.1; seed 2 is one of the ~71% of inits that solve XOR. */
    @Test
    void twoTwoOneSolvesXorWithGradientDescent() {
        Rng rng = new Rng(2);
        Sequential net = new Sequential(new Linear(rng.randn(2, 2), rng.randn(2)), new Sigmoid(),
                new Linear(rng.randn(2, 1), rng.randn(1)), new Sigmoid());
        SGD sgd = new SGD(net.parameters(), 0.1);
        BinaryCrossEntropy bce = BinaryCrossEntropy.mean();
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 10_000; i++) {
            double cost = step(sgd, net, bce);
            if (i % 100 == 0) {
                assertTrue(cost <= previous, "logged cost rose at step " + i);
                previous = cost;
            }
        }
        Tensor h = net.forward(X);
        assertEquals(1.0, accuracy(h));
        assertTrue(bce.forward(h, Y) < 0.124);
        assertTrue(h.get(0, 0) <= 0.144 && h.get(3, 0) <= 0.144 && h.get(1, 0) >= 0.856 && h.get(2, 0) >= 0.856,
                h::toString);
    }

    /** lab-09-4: the same net with TF1's Adam, lr 0.01. */
    @Test
    void twoTwoOneSolvesXorWithAdam() {
        Rng rng = new Rng(2);
        Sequential net = new Sequential(new Linear(rng.randn(2, 2), rng.randn(2)), new Sigmoid(),
                new Linear(rng.randn(2, 1), rng.randn(1)), new Sigmoid());
        Adam adam = new Adam(net.parameters(), 0.01);
        BinaryCrossEntropy bce = BinaryCrossEntropy.mean();
        double cost = 0;
        for (int i = 0; i <= 10_000; i++) {
            cost = step(adam, net, bce);
        }
        assertEquals(1.0, accuracy(net.forward(X)));
        assertTrue(cost < 4.6e-4, "final cost " + cost);
        assertEquals(10_001, adam.steps());
    }

    /** cs231n's sanity check: a small net must drive the loss on a handful of samples to almost zero. */
    @Test
    void overfitATinySet() {
        Rng rng = new Rng(231);
        Tensor x = rng.randn(6, 4);
        Tensor labels = Tensor.of(0, 1, 2, 0, 1, 2);
        Sequential net = new Sequential(new Linear(4, 16, rng), new ReLU(), new Linear(16, 3, rng));
        SoftmaxWithLoss loss = new SoftmaxWithLoss();
        Adam adam = new Adam(net.parameters(), 0.05);
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < 300; i++) {
            last = adam.minimize(() -> {
                double l = loss.forward(net.forward(x), labels);
                net.backward(loss.backward());
                return l;
            });
            if (i == 0) {
                first = last;
            }
        }
        assertTrue(first > 0.5, "initial loss " + first);
        assertTrue(last < 1e-3, "final loss " + last);
        assertEquals(labels, net.forward(x).argmax(1));
    }

    /**
     * NB11 in PyTorch style through autograd: Linear(1,10)-ReLU-Linear(10,6)-ReLU-Linear(6,1), L1 loss,
     * full-batch SGD 0.001 on y = 8x² + 7x + 3 + noise. Loss starts near mean(y) ≈ 600 and must fall
     * below a fifth of it (LECTURES.md: final/initial median 0.08). 250 points instead of the
     * lecture's 1000 keep the test fast; the mean-gradient dynamics do not depend on N.
     */
    @Test
    void quadraticRegressionWithAutogradAndSgd() {
        Rng rng = new Rng(4);
        Tensor x = rng.uniform(-15, 15, 250, 1);
        Tensor yNoise = x.square().mul(8).add(x.mul(7)).add(3).add(rng.randn(250, 1));
        Linear l1 = new Linear(1, 10, rng);
        Linear l2 = new Linear(10, 6, rng);
        Linear l3 = new Linear(6, 1, rng);
        Sequential model = new Sequential(l1, new ReLU(), l2, new ReLU(), l3);
        SGD optimizer = new SGD(model.parameters(), 0.001);
        Variable input = Variable.constant(x);
        double first = Double.NaN;
        double last = Double.NaN;
        for (int epoch = 0; epoch < 5000; epoch++) {
            optimizer.zeroGrad();
            Variable out = dense(dense(dense(input, l1).relu(), l2).relu(), l3);
            Variable loss = out.sub(yNoise).abs().mean();
            loss.backward();
            optimizer.step();
            last = loss.item();
            if (epoch == 0) {
                first = last;
            }
        }
        assertTrue(first > 500 && first < 700, "initial loss " + first);
        assertTrue(last < 0.2 * first, "final " + last + " vs initial " + first);
        assertEquals(model.forward(x).sub(yNoise).abs().mean().item(),
                dense(dense(dense(input, l1).relu(), l2).relu(), l3).sub(yNoise).abs().mean().item(), 1e-9);
    }

    static Variable dense(Variable x, Linear layer) {
        return x.matmul(Variable.parameter(layer.weight())).add(Variable.parameter(layer.bias()));
    }

    @Test
    void theSameParametersServeLayersAndAutograd() {
        Linear layer = new Linear(3, 2, new Rng(8));
        Tensor x = new Rng(9).randn(4, 3);
        Variable out = dense(Variable.constant(x), layer).sigmoid().sum();
        out.backward();
        Tensor autoW = layer.weight().grad().copy();
        layer.zeroGrad();
        Sigmoid s = new Sigmoid();
        s.forward(layer.forward(x));
        layer.backward(s.backward(Tensor.ones(4, 2)));
        assertTrue(layer.weight().grad().allWithin(autoW, 1e-12));
        assertEquals(List.of(layer.weight(), layer.bias()), layer.parameters());
    }
}
