package org.jbackprop.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jbackprop.check.GradCheckReport;
import org.jbackprop.check.NumericalGradient;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.ShapeMismatchException;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Goodfellow Algorithms 6.3/6.4 on Mazur's network (LECTURES.md NB09). */
class FeedForwardTest {

    static final double T9 = 1e-9;
    static final Tensor X = Tensor.of(new double[][] {{0.05}, {0.10}});
    static final Tensor Y = Tensor.of(new double[][] {{0.01}, {0.99}});

    static FeedForward mazur(double lambda) {
        return new FeedForward(
                List.of(Tensor.of(new double[][] {{.15, .20}, {.25, .30}}), Tensor.of(new double[][] {{.40, .45}, {.50, .55}})),
                List.of(Tensor.of(.35, .35), Tensor.of(.60, .60)), lambda);
    }

    @Test
    void reproducesMazursGradients() {
        FeedForward net = mazur(0);
        assertEquals(0.2983711087600027, net.forward(X, Y), T9);
        net.backward();
        assertTrue(net.weightGradient(1).allWithin(Tensor.of(new double[][] {
            {0.000438567734, 0.000877135469}, {0.000497712735, 0.000995425471}}), T9));
        assertTrue(net.weightGradient(2).allWithin(Tensor.of(new double[][] {
            {0.082167040564, 0.082667627848}, {-0.022602540477, -0.022740242216}}), T9));
        assertTrue(net.biasGradient(1).allWithin(Tensor.of(new double[][] {{0.008771354689}, {0.009954254705}}), T9));
        assertTrue(net.biasGradient(2).allWithin(Tensor.of(new double[][] {{0.138498561629}, {-0.038098236517}}), T9));
        assertEquals(0.018725609395, net.biasGradient(1).sum().item(), T9);
        assertEquals(0.100400325112, net.biasGradient(2).sum().item(), T9);
        assertEquals(0.751365069552, net.yHat().get(0, 0), T9);
        assertEquals(0.3775, net.a(1).get(0, 0), T9);
        assertEquals(X, net.h(0));
    }

    @Test
    void weightDecay() {
        FeedForward net = mazur(0.01);
        assertEquals(0.3040211087600027, net.forward(X, Y), T9);
        assertEquals(0.2983711087600027, net.loss(), T9);
        net.backward();
        assertEquals(0.001938567734, net.weightGradient(1).get(0, 0), T9);
        assertEquals(0.086167040564, net.weightGradient(2).get(0, 0), T9);
        assertEquals(0.138498561629, net.biasGradient(2).get(0, 0), T9);
    }

    @Test
    void agreesWithCentralDifferencesOnARandomDeepNet() {
        Rng rng = new Rng(63);
        List<Tensor> w = List.of(rng.randn(4, 3), rng.randn(5, 4), rng.randn(2, 5));
        List<Tensor> b = List.of(rng.randn(4), rng.randn(5), rng.randn(2));
        Tensor x = rng.randn(3, 1);
        Tensor y = rng.rand(2, 1);
        FeedForward net = new FeedForward(w, b, 0.1);
        net.forward(x, y);
        net.backward();
        for (int k = 1; k <= 3; k++) {
            int layer = k;
            Tensor wk = w.get(k - 1).copy();
            Tensor numerical = NumericalGradient.gradient(() -> {
                List<Tensor> ws = new ArrayList<>(w);
                ws.set(layer - 1, wk);
                return new FeedForward(ws, b, 0.1).forward(x, y);
            }, wk, 1e-5);
            double r = GradCheckReport.relativeError(net.weightGradient(k), numerical);
            assertTrue(r < 1e-7, "W(" + k + ") relative error " + r);
        }
    }

    @Test
    void badUse() {
        FeedForward net = mazur(0);
        assertThrows(IllegalStateException.class, net::backward);
        assertThrows(IllegalStateException.class, net::loss);
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> net.forward(Tensor.of(1, 2, 3), Y));
        assertEquals("FeedForward.forward", e.operation());
        assertArrayEquals(new int[] {2, 1}, e.expectedShape());
        assertArrayEquals(new int[] {3}, e.actualShape());
        assertEquals(0, e.axis());
        assertThrows(IllegalArgumentException.class, () -> net.weight(0));
        e = assertThrows(ShapeMismatchException.class, () -> new FeedForward(
                List.of(Tensor.zeros(2, 2), Tensor.zeros(2, 3)), List.of(Tensor.zeros(2), Tensor.zeros(2)), 0));
        assertArrayEquals(new int[] {2, 2}, e.expectedShape());
        assertArrayEquals(new int[] {2, 3}, e.actualShape());
        assertEquals(1, e.axis());
    }
}
