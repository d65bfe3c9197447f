package org.jbackprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jbackprop.graph.Trace;
import org.jbackprop.nn.loss.HalfSquaredError;
import org.jbackprop.optim.SGD;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Matt Mazur's 2-2-2 example (LECTURES.md NB05) with the library's layers. W is (in, out), so
 * W1 = [[w1, w3], [w2, w4]] and W2 = [[w5, w7], [w6, w8]]; the shared biases are b = (b1, b1) and
 * (b2, b2), and, as in Mazur's post, only the weights are trained.
 */
class MazurTest {

    static final double T9 = 1e-9;
    static final Tensor INPUT = Tensor.of(new double[][] {{0.05, 0.10}});
    static final Tensor TARGET = Tensor.of(new double[][] {{0.01, 0.99}});

    final Linear hidden = new Linear(Tensor.of(new double[][] {{.15, .25}, {.20, .30}}), Tensor.of(.35, .35));
    final Sigmoid hiddenSigmoid = new Sigmoid();
    final Linear output = new Linear(Tensor.of(new double[][] {{.40, .50}, {.45, .55}}), Tensor.of(.60, .60));
    final Sigmoid outputSigmoid = new Sigmoid();
    final Sequential net = new Sequential(hidden, hiddenSigmoid, output, outputSigmoid);
    final HalfSquaredError error = new HalfSquaredError();

    @Test
    void forwardPassValues() {
        Tensor netH = hidden.forward(INPUT);
        Tensor outH = hiddenSigmoid.forward(netH);
        Tensor netO = output.forward(outH);
        Tensor outO = outputSigmoid.forward(netO);
        assertEquals(0.3775, netH.get(0, 0), T9);
        assertEquals(0.593269992107, outH.get(0, 0), T9);
        assertEquals(0.3925, netH.get(0, 1), T9);
        assertEquals(0.596884378260, outH.get(0, 1), T9);
        assertEquals(1.105905967060, netO.get(0, 0), T9);
        assertEquals(0.751365069552, outO.get(0, 0), T9);
        assertEquals(1.224921404096, netO.get(0, 1), T9);
        assertEquals(0.772928465321, outO.get(0, 1), T9);
        Tensor perOutput = TARGET.sub(outO).square().mul(0.5);
        assertEquals(0.274811083176, perOutput.get(0, 0), T9);
        assertEquals(0.023560025584, perOutput.get(0, 1), T9);
        assertEquals(0.298371108760, error.forward(outO, TARGET), T9);
    }

    @Test
    void backwardPassValues() {
        Tensor outH = hiddenSigmoid.forward(hidden.forward(INPUT));
        Tensor outO = outputSigmoid.forward(output.forward(outH));
        error.forward(outO, TARGET);
        Tensor dEdOut = error.backward();
        Tensor delta = outputSigmoid.backward(dEdOut);
        Tensor dEdOutH = output.backward(delta);
        Tensor deltaH = hiddenSigmoid.backward(dEdOutH);
        hidden.backward(deltaH);

        assertEquals(0.741365069552, dEdOut.get(0, 0), T9);
        assertEquals(0.186815601809, outO.get(0, 0) * (1 - outO.get(0, 0)), T9);
        assertEquals(0.138498561629, delta.get(0, 0), T9);
        assertEquals(-0.217071534679, dEdOut.get(0, 1), T9);
        assertEquals(0.175510052817, outO.get(0, 1) * (1 - outO.get(0, 1)), T9);
        assertEquals(-0.038098236517, delta.get(0, 1), T9);
        assertEquals(0.055399424651, delta.get(0, 0) * 0.40, T9);   // ∂E_o1/∂out_h1 = δ_o1·w5
        assertEquals(-0.019049118258, delta.get(0, 1) * 0.50, T9);  // ∂E_o2/∂out_h1 = δ_o2·w7
        assertEquals(0.036350306393, dEdOutH.get(0, 0), T9);
        assertEquals(0.041370322649, dEdOutH.get(0, 1), T9);
        assertEquals(0.241300708572, outH.get(0, 0) * (1 - outH.get(0, 0)), T9);
        assertEquals(0.240613417249, outH.get(0, 1) * (1 - outH.get(0, 1)), T9);

        Tensor dW1 = hidden.weight().grad();
        Tensor dW2 = output.weight().grad();
        assertEquals(0.000438567734, dW1.get(0, 0), T9);  // w1
        assertEquals(0.000877135469, dW1.get(1, 0), T9);  // w2
        assertEquals(0.000497712735, dW1.get(0, 1), T9);  // w3
        assertEquals(0.000995425471, dW1.get(1, 1), T9);  // w4
        assertEquals(0.082167040564, dW2.get(0, 0), T9);  // w5
        assertEquals(0.082667627848, dW2.get(1, 0), T9);  // w6
        assertEquals(-0.022602540477, dW2.get(0, 1), T9); // w7
        assertEquals(-0.022740242216, dW2.get(1, 1), T9); // w8
        assertEquals(0.018725609395, hidden.bias().grad().sum().item(), T9);  // shared b1
        assertEquals(0.100400325112, output.bias().grad().sum().item(), T9);  // shared b2
    }

    @Test
    void theW5ChainAsATraceFromTheLayersValues() {
        Tensor outH = hiddenSigmoid.forward(hidden.forward(INPUT));
        Tensor outO = outputSigmoid.forward(output.forward(outH));
        error.forward(outO, TARGET);
        output.backward(outputSigmoid.backward(error.backward()));
        double o1 = outO.get(0, 0);
        Trace t = Trace.of("∂E/∂w5")
                .times("∂E/∂out_o1", "out_o1 − target_o1", o1 - 0.01)
                .times("∂out_o1/∂net_o1", "out_o1(1 − out_o1)", o1 * (1 - o1))
                .times("∂net_o1/∂w5", "out_h1", outH.get(0, 0));
        assertEquals(output.weight().grad().get(0, 0), t.result(), 1e-15);
        assertEquals(0.082167040564, t.result(), T9);
    }

    private double trainStep(SGD sgd) {
        return sgd.minimize(() -> {
            double e = error.forward(net.forward(INPUT), TARGET);
            net.backward(error.backward());
            return e;
        });
    }

    @Test
    void oneUpdateGivesTheLecturesWeightsAndError() {
        SGD sgd = new SGD(List.of(hidden.weight(), output.weight()), 0.5);
        assertEquals(0.298371108760, trainStep(sgd), T9);
        Tensor w1 = hidden.weight().value();
        Tensor w2 = output.weight().value();
        assertEquals(0.149780716133, w1.get(0, 0), T9);
        assertEquals(0.199561432266, w1.get(1, 0), T9);
        assertEquals(0.249751143632, w1.get(0, 1), T9);
        assertEquals(0.299502287265, w1.get(1, 1), T9);
        assertEquals(0.358916479718, w2.get(0, 0), T9);
        assertEquals(0.408666186076, w2.get(1, 0), T9);
        assertEquals(0.511301270239, w2.get(0, 1), T9);
        assertEquals(0.561370121108, w2.get(1, 1), T9);
        assertEquals(0.29102777369359933, error.forward(net.forward(INPUT), TARGET), T9);
        assertEquals(Tensor.of(.35, .35), hidden.bias().value());
    }

    @Test
    void sharedBiasVariant() {
        error.forward(net.forward(INPUT), TARGET);
        net.backward(error.backward());
        double b1 = 0.35 - 0.5 * hidden.bias().grad().sum().item();
        double b2 = 0.60 - 0.5 * output.bias().grad().sum().item();
        assertEquals(0.340637195303, b1, T9);
        assertEquals(0.549799837444, b2, T9);
        new SGD(List.of(hidden.weight(), output.weight()), 0.5).step();
        hidden.bias().value().fill(b1);
        output.bias().value().fill(b2);
        assertEquals(0.285750886699, error.forward(net.forward(INPUT), TARGET), T9);
    }

    @Test
    void tenThousandRounds() {
        SGD sgd = new SGD(List.of(hidden.weight(), output.weight()), 0.5);
        for (int i = 0; i < 9_999; i++) {
            trainStep(sgd);
        }
        assertEquals(3.5108548e-05, error.forward(net.forward(INPUT), TARGET), 3.5108548e-05 * 1e-6);
        trainStep(sgd);
        Tensor out = net.forward(INPUT);
        assertEquals(3.5101877830e-05, error.forward(out, TARGET), 3.5101877830e-05 * 1e-6);
        assertEquals(0.015913620, out.get(0, 0), 1e-9);
        assertEquals(0.984064274, out.get(0, 1), 1e-9);
        assertEquals(10_000, sgd.steps());
    }
}
