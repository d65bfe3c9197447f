package org.jbackprop.nn.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.jbackprop.check.GradCheckReport;
import org.jbackprop.check.GradientCheck;
import org.jbackprop.nn.Affine;
import org.jbackprop.nn.ReLU;
import org.jbackprop.nn.Sequential;
import org.jbackprop.nn.Sigmoid;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.ShapeMismatchException;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

class LossesTest {

    static final double T9 = 1e-9;
    /** Smooth losses: central differences with h = 1e-5 agree to about 1e-10 relative. */
    static final double LOSS_TOLERANCE = 1e-7;
    /**
     * SoftmaxWithLoss: its backward ignores the 1e-7 inside the log (Saito's form), so it differs from
     * the true derivative by about 1e-7 / y relative.
     */
    static final double SAITO_DELTA_TOLERANCE = 1e-5;

    static final Tensor Y = Tensor.of(new double[][] {{0.2, 0.7}, {0.9, 0.4}});
    static final Tensor T = Tensor.of(new double[][] {{0, 1}, {1, 0}});

    @Test
    void valuesMatchNumpy() {
        assertEquals(0.15000000000000002, new HalfSquaredError().forward(Y, T), T9);
        assertEquals(0.07500000000000001, new MeanSquaredError().forward(Y, T), T9);
        assertEquals(0.25, new L1Loss().forward(Y, T), T9);
        assertEquals(1.1960046346767592, BinaryCrossEntropy.sum().forward(Y, T), T9);
        assertEquals(0.2990011586691898, BinaryCrossEntropy.mean().forward(Y, T), T9);
    }

    @Test
    void gradientsMatchTheFormulas() {
        HalfSquaredError half = new HalfSquaredError();
        half.forward(Y, T);
        assertTrue(half.backward().allWithin(Y.sub(T), 1e-15));
        MeanSquaredError mse = new MeanSquaredError();
        mse.forward(Y, T);
        assertTrue(mse.backward().allWithin(Y.sub(T).mul(0.5), 1e-15));
        BinaryCrossEntropy bce = BinaryCrossEntropy.sum();
        bce.forward(Y, T);
        assertTrue(bce.backward().allWithin(Tensor.of(new double[][] {
            {1.2499999999999998, -1.4285714285714286}, {-1.1111111111111112, 1.6666666666666667}}), T9));
        BinaryCrossEntropy lab = BinaryCrossEntropy.sum().withDenominatorEpsilon(1e-7);
        assertEquals(bce.forward(Y, T), lab.forward(Y, T), 0.0);
        assertTrue(lab.backward().allWithin(Tensor.of(new double[][] {
            {1.249999218750488, -1.4285707482996437}, {-1.1111098765445815, 1.6666659722225117}}), T9));
        BinaryCrossEntropy mean = BinaryCrossEntropy.mean();
        mean.forward(Y, T);
        assertTrue(mean.backward().allWithin(bce.backward().div(4), 1e-15));
        assertTrue(mean.backward(3.0).allWithin(bce.backward().mul(0.75), 1e-15));
    }

    @Test
    void l1GradientIsSignOverNWithSignOfZeroZero() {
        L1Loss l1 = new L1Loss();
        assertEquals(0.5, l1.forward(Tensor.of(1, 2, 3, 4), Tensor.of(1, 3, 2, 4)));
        assertEquals(Tensor.of(0, -0.25, 0.25, 0), l1.backward());
    }

    @Test
    void mazurErrorOfTheFirstForwardPass() {
        Tensor out = Tensor.of(new double[][] {{0.751365069552, 0.772928465321}});
        Tensor target = Tensor.of(new double[][] {{0.01, 0.99}});
        HalfSquaredError e = new HalfSquaredError();
        assertEquals(0.298371108760, e.forward(out, target), T9);
        Tensor d = e.backward();
        assertEquals(0.741365069552, d.get(0, 0), T9);
        assertEquals(-0.217071534679, d.get(0, 1), T9);
    }

    static List<Supplier<Loss>> smoothLosses() {
        return List.of(HalfSquaredError::new, MeanSquaredError::new, L1Loss::new, BinaryCrossEntropy::sum,
                BinaryCrossEntropy::mean);
    }

    @Test
    void everyLossPassesANumericalGradientCheckOnRandomShapes() {
        Rng shapes = new Rng(99);
        for (int trial = 0; trial < 5; trial++) {
            int n = 1 + shapes.nextInt(6);
            int c = 1 + shapes.nextInt(5);
            Rng rng = new Rng(trial);
            Tensor y = rng.uniform(0.05, 0.95, n, c);       // sigmoid outputs
            Tensor t = rng.rand(n, c).greater(0.5);         // 0/1 targets
            for (Supplier<Loss> make : smoothLosses()) {
                Loss loss = make.get();
                GradCheckReport r = new GradientCheck().seed(trial).tolerance(LOSS_TOLERANCE).check(loss, y, t);
                assertTrue(r.allPassed(), () -> loss + " on " + n + "x" + c + "\n" + r);
            }
            Tensor scores = rng.randn(n, c);
            Tensor labels = Tensor.fromArray(indices(rng, n, c), n);
            GradCheckReport r = new GradientCheck().seed(trial).tolerance(SAITO_DELTA_TOLERANCE)
                    .check(new SoftmaxWithLoss(), scores, labels);
            assertTrue(r.allPassed(), () -> "SoftmaxWithLoss\n" + r);
        }
    }

    static double[] indices(Rng rng, int n, int classes) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextInt(classes);
        }
        return out;
    }

    @Test
    void softmaxWithLossMatchesNumpy() {
        Tensor x = Tensor.of(new double[][] {{0.3, 2.9, 4.0}, {1.0, -2.0, 0.5}});
        SoftmaxWithLoss swl = new SoftmaxWithLoss();
        assertEquals(0.4051555328817623, swl.forward(x, Tensor.of(2, 0)), T9);
        Tensor expected = Tensor.of(new double[][] {
            {0.00910563664777377, 0.12259590646753696, -0.13170154311531068},
            {-0.1981255519256871, 0.01502944378478701, 0.1830961081409001}});
        assertTrue(swl.backward().allWithin(expected, T9));
        assertEquals(0.7365969137693786, swl.y().get(0, 2), T9);

        Tensor oneHot = Tensor.of(new double[][] {{0, 0, 1}, {1, 0, 0}});
        SoftmaxWithLoss again = new SoftmaxWithLoss();
        assertEquals(0.4051555328817623, again.forward(x, oneHot), T9);
        assertTrue(again.backward().allWithin(expected, T9));
        assertEquals(0.4051555328817623, new SoftmaxWithLoss().forward(x, Tensor.of(new double[][] {{2}, {0}})), T9);
        assertEquals(oneHot, swl.t());
    }

    @Test
    void softmaxWithLossOnOneSample() {
        SoftmaxWithLoss swl = new SoftmaxWithLoss();
        double loss = swl.forward(Tensor.of(0.3, 2.9, 4.0), Tensor.of(0, 0, 1));
        assertEquals(-Math.log(0.7365969137693786 + 1e-7), loss, T9);
        Tensor dx = swl.backward();
        assertEquals(1, dx.rank());
        assertEquals(0.7365969137693786 - 1, dx.get(2), T9);
        assertEquals(loss, new SoftmaxWithLoss().forward(Tensor.of(0.3, 2.9, 4.0), Tensor.scalar(2)), T9);
    }

    @Test
    void labelsOutsideTheClassesNameTheRow() {
        Tensor x = Tensor.zeros(4, 7);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxWithLoss().forward(x, Tensor.of(0, 6, 7, 1)));
        assertEquals("SoftmaxWithLoss.forward: label 7.0 in row 2 is not a class index in [0, 7)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SoftmaxWithLoss().forward(x, Tensor.of(0, -1, 2, 1)));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SoftmaxWithLoss().forward(x, Tensor.of(0, 1.5, 2, 1)));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        ShapeMismatchException m = assertThrows(ShapeMismatchException.class,
                () -> new SoftmaxWithLoss().forward(x, Tensor.zeros(3)));
        assertEquals("SoftmaxWithLoss.forward", m.operation());
        assertArrayEquals(new int[] {4, 7}, m.expectedShape());
        assertArrayEquals(new int[] {3}, m.actualShape());
        assertEquals(0, m.axis());
        m = assertThrows(ShapeMismatchException.class, () -> new SoftmaxWithLoss().forward(x, Tensor.zeros(4, 6)));
        assertEquals(1, m.axis());
    }

    @Test
    void shapeMismatchAndBackwardBeforeForward() {
        for (Supplier<Loss> make : smoothLosses()) {
            Loss loss = make.get();
            assertThrows(IllegalStateException.class, loss::backward);
            ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
                    () -> loss.forward(Tensor.zeros(2, 3), Tensor.zeros(2, 2)));
            assertEquals(loss + ".forward", e.operation());
            assertArrayEquals(new int[] {2, 3}, e.expectedShape());
            assertArrayEquals(new int[] {2, 2}, e.actualShape());
            assertEquals(1, e.axis());
        }
        assertThrows(IllegalStateException.class, () -> new SoftmaxWithLoss().backward());
    }

    @Test
    void changingYOrTInPlaceAfterForwardDoesNotChangeBackward() {
        for (Supplier<Loss> make : smoothLosses()) {
            Loss loss = make.get();
            loss.forward(Y, T);
            Tensor expected = loss.backward();
            Tensor y = Y.copy();
            Tensor t = T.copy();
            loss.forward(y, t);
            y.fill(0.5);
            t.fill(0.25);
            assertEquals(expected, loss.backward(), loss.toString());
        }
        SoftmaxWithLoss swl = new SoftmaxWithLoss();
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}});
        Tensor labels = Tensor.of(2);
        swl.forward(x, labels);
        Tensor expected = swl.backward();
        x.fill(0);
        labels.fill(0);
        assertEquals(expected, swl.backward());
    }

    @Test
    void lossesDoNotChangeTheirInputs() {
        Tensor y = Y.copy();
        Tensor t = T.copy();
        for (Supplier<Loss> make : smoothLosses()) {
            Loss loss = make.get();
            loss.forward(y, t);
            loss.backward();
        }
        assertEquals(Y, y);
        assertEquals(T, t);
    }

    /**
     * NB04 cell 6: a constructed 2-layer net (Affine-ReLU-Affine or Affine-Sigmoid-Affine) with
     * SoftmaxWithLoss, checked with h = 1e-4 like Saito's gradient_check.py. The lecture reports a max
     * absolute difference of about 1e-7 because of the 1e-7 inside the log.
     */
    @Test
    void twoLayerNetGradientCheckFromNb04() {
        Tensor x = Tensor.of(new double[][] {{0.6, 0.9, -0.3}, {-1.2, 0.4, 0.8}});
        Tensor t = Tensor.of(new double[][] {{0, 0, 1}, {0, 1, 0}});
        Rng rng = new Rng(4);
        for (boolean relu : new boolean[] {true, false}) {
            Sequential net = new Sequential(new Affine(rng.randn(3, 4).mul(0.5), rng.randn(4).mul(0.1)),
                    relu ? new ReLU() : new Sigmoid(),
                    new Affine(rng.randn(4, 3).mul(0.5), rng.randn(3).mul(0.1)));
            GradCheckReport r = new GradientCheck().step(1e-4).tolerance(SAITO_DELTA_TOLERANCE)
                    .check(net, new SoftmaxWithLoss(), x, t);
            assertTrue(r.allPassed(), r::toString);
            for (GradCheckReport.Entry e : r.entries()) {
                assertTrue(e.maxAbsoluteError() < 1e-6, e.name() + " " + e.maxAbsoluteError());
            }
        }
    }
}
