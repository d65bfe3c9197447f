package org.jbackprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbackprop.data.Dataset;
import org.jbackprop.data.Datasets;
import org.jbackprop.nn.loss.BinaryCrossEntropy;
import org.jbackprop.optim.SGD;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * lab-09-7 (LECTURES.md NB10) from the deterministic zero init, with the lab's literal rules:
 * d_loss = (ŷ − t)/(ŷ(1 − ŷ) + 1e-7), W −= lr·d_W, b −= lr·reduce_sum(d_b) (one scalar for all
 * seven biases), loss logged after the update.
 */
class ZooTraceTest {

    /** LECTURES.md T6 relative tolerance for long runs. */
    static final double T6 = 1e-6;

    static double accuracy(Tensor yPred, Tensor target) {
        return yPred.argmax(1).equal(target.argmax(1)).mean().item();
    }

    @Test
    void zeroInitTraceReproducesTheLecture() {
        Dataset zoo = Datasets.zoo();
        Tensor x = zoo.x();
        Tensor t = Tensor.oneHot(zoo.y(), 7).reshape(-1, 7);
        assertEquals(101, x.shape(0));

        Linear linear = new Linear(Tensor.zeros(16, 7), Tensor.zeros(7));
        Sigmoid sigmoid = new Sigmoid();
        BinaryCrossEntropy loss = BinaryCrossEntropy.sum().withDenominatorEpsilon(1e-7);
        SGD sgd = new SGD(List.of(linear.weight()), 0.01);

        Tensor yPred = sigmoid.forward(linear.forward(x));
        assertEquals(490.05505665588134, loss.forward(yPred, t), 1e-9);
        assertEquals(707 * Math.log(2), loss.forward(yPred, t), 1e-9);
        assertEquals(0.40594059405940597, accuracy(yPred, t), 0.0);   // all ties → class 0

        double[] logged = new double[500];
        double[] acc = new double[500];
        for (int step = 0; step < 500; step++) {
            yPred = sigmoid.forward(linear.forward(x));
            loss.forward(yPred, t);
            linear.backward(sigmoid.backward(loss.backward()));
            double sumDb = linear.bias().grad().sum().item();
            if (step == 0) {
                Tensor firstRow = linear.weight().grad().row(0);
                double[] expected = {-17.499993000002792, 21.499991400003427, 21.499991400003427,
                    21.499991400003427, 21.499991400003427, 17.499993000002792, 21.499991400003427};
                assertTrue(firstRow.allWithin(Tensor.of(expected), 1e-9), firstRow::toString);
                assertEquals(252.4998990000404, sumDb, 1e-9);
            }
            sgd.step();
            linear.bias().value().subInPlace(0.01 * sumDb);
            sgd.zeroGrad();
            linear.bias().zeroGrad();
            Tensor after = sigmoid.forward(linear.forward(x));
            logged[step] = loss.forward(after, t);
            acc[step] = accuracy(after, t);
        }
        double[][] golden = {{0, 466.92365516914276, 0.40594059405940597}, {10, 91.7092649959682, 0.8712871287128713},
            {20, 71.85130737383577, 0.9207920792079208}, {50, 49.20832046989461, 0.9504950495049505},
            {100, 34.471500437176, 0.9702970297029703}, {150, 27.321876916555418, 0.9900990099009901},
            {160, 26.28652112011319, 1.0}, {200, 22.913935956971194, 1.0}, {300, 17.568719105929386, 1.0},
            {490, 12.374755503415377, 1.0}};
        for (double[] g : golden) {
            int step = (int) g[0];
            assertEquals(g[1], logged[step], g[1] * T6, "loss at step " + step);
            assertEquals(g[2], acc[step], 1e-12, "accuracy at step " + step);
        }
        int first100 = -1;
        for (int step = 0; step < 500; step += 10) {
            if (acc[step] == 1.0 && first100 < 0) {
                first100 = step;
            }
        }
        assertEquals(160, first100);
        assertTrue(linear.bias().value().allWithin(Tensor.full(-3.624544006985169, 7), 1e-6));
    }
}
