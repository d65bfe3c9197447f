package org.jbackprop.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.jbackprop.check.GradCheckReport;
import org.jbackprop.check.GradientCheck;
import org.jbackprop.check.NumericalGradient;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.ShapeMismatchException;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

class LayersTest {

    /** Relative error a correct backward reaches with h = 1e-5 on smooth layers in double precision. */
    static final double LAYER_TOLERANCE = 1e-7;
    static final double T9 = 1e-9;

    /** Random small shapes (N in 1..5, width in 1..6) from a fixed seed, several per layer kind. */
    static void checkOnRandomShapes(String what, java.util.function.IntFunction<Layer> make, boolean widthFixed) {
        Rng shapes = new Rng(20240601);
        for (int trial = 0; trial < 5; trial++) {
            int n = 1 + shapes.nextInt(5);
            int width = 1 + shapes.nextInt(6);
            Layer layer = make.apply(width);
            Tensor x = new Rng(trial).randn(n, width);
            GradCheckReport r = new GradientCheck().seed(trial).tolerance(LAYER_TOLERANCE).check(layer, x);
            assertTrue(r.allPassed(), () -> what + " on " + n + "x" + width + "\n" + r);
        }
    }

    @Test
    void everyLayerPassesANumericalGradientCheckOnRandomShapes() {
        Rng init = new Rng(7);
        checkOnRandomShapes("Linear", w -> new Linear(w, 1 + w % 4, init), false);
        checkOnRandomShapes("Affine", w -> new Affine(w, 3, init), false);
        checkOnRandomShapes("Sigmoid", w -> new Sigmoid(), false);
        checkOnRandomShapes("Tanh", w -> new Tanh(), false);
        checkOnRandomShapes("ReLU", w -> new ReLU(), false);
        checkOnRandomShapes("Softmax", w -> new Softmax(), false);
        checkOnRandomShapes("Step", w -> new Step(), false);
        checkOnRandomShapes("Sequential", w -> new Sequential(new Linear(w, 4, init), new Tanh(),
                new Linear(4, 3, init), new Sigmoid(), new Linear(3, 2, init), new Softmax()), false);
    }

    @Test
    void gradientCheckReportsEveryParameterOfASequentialByIndex() {
        Rng rng = new Rng(3);
        Sequential net = new Sequential(new Linear(3, 4, rng), new ReLU(), new Linear(4, 2, rng));
        GradCheckReport r = new GradientCheck().check(net, rng.randn(5, 3));
        assertEquals(List.of("x", "0.W", "0.b", "2.W", "2.b"),
                r.entries().stream().map(GradCheckReport.Entry::name).toList());
        assertTrue(r.allPassed(), r::toString);
        assertArrayEquals(new int[] {4, 2}, r.entry("2.W").analytic().shape());
    }

    @Test
    void aWrongBackwardIsCaughtByTheCheck() {
        Layer wrong = new Layer() {
            private final Sigmoid inner = new Sigmoid();

            @Override
            public Tensor forward(Tensor x) {
                return inner.forward(x);
            }

            @Override
            public Tensor backward(Tensor dOut) {
                return inner.backward(dOut).mul(1.01);  // 1% off
            }

            @Override
            public List<Parameter> parameters() {
                return List.of();
            }
        };
        GradCheckReport r = new GradientCheck().check(wrong, new Rng(1).randn(3, 3));
        assertTrue(!r.allPassed() && r.entry("x").relativeError() > 1e-3, r::toString);
    }

    // ---- NB04: Saito's layers ----------------------------------------------------------------

    @Test
    void buyApple() {
        MulLayer mulApple = new MulLayer();
        MulLayer mulTax = new MulLayer();
        double applePrice = mulApple.forward(100, 2);
        double price = mulTax.forward(applePrice, 1.1);
        assertEquals(220.00000000000003, price, 0.0);
        Gradients tax = mulTax.backward(1);
        Gradients apple = mulApple.backward(tax.dx());
        assertEquals(2.2, apple.dx(), 0.0);
        assertEquals(110.00000000000001, apple.dy(), 0.0);
        assertEquals(200.0, tax.dy(), 0.0);
    }

    @Test
    void buyAppleOrange() {
        MulLayer mulApple = new MulLayer();
        MulLayer mulOrange = new MulLayer();
        AddLayer addAppleOrange = new AddLayer();
        MulLayer mulTax = new MulLayer();
        double applePrice = mulApple.forward(100, 2);
        double orangePrice = mulOrange.forward(150, 3);
        double allPrice = addAppleOrange.forward(applePrice, orangePrice);
        double price = mulTax.forward(allPrice, 1.1);
        assertEquals(200.0, applePrice, 0.0);
        assertEquals(450.0, orangePrice, 0.0);
        assertEquals(650.0, allPrice, 0.0);
        assertEquals(715.0000000000001, price, 0.0);

        Gradients tax = mulTax.backward(1);
        Gradients sum = addAppleOrange.backward(tax.dx());
        Gradients orange = mulOrange.backward(sum.dy());
        Gradients apple = mulApple.backward(sum.dx());
        assertEquals(2.2, apple.dx(), 0.0);
        assertEquals(110.00000000000001, apple.dy(), 0.0);
        assertEquals(3.3000000000000003, orange.dx(), 0.0);
        assertEquals(165.0, orange.dy(), 0.0);
        assertEquals(650.0, tax.dy(), 0.0);
    }

    @Test
    void mulAndAddLayersAgreeWithCentralDifferences() {
        Rng rng = new Rng(12);
        for (int trial = 0; trial < 5; trial++) {
            double x = rng.nextGaussian() * 10;
            double y = rng.nextGaussian() * 10;
            double dOut = rng.nextGaussian();
            MulLayer mul = new MulLayer();
            mul.forward(x, y);
            Gradients g = mul.backward(dOut);
            assertEquals(dOut * NumericalGradient.derivative(v -> new MulLayer().forward(v, y), x, 1e-5), g.dx(), 1e-8);
            assertEquals(dOut * NumericalGradient.derivative(v -> new MulLayer().forward(x, v), y, 1e-5), g.dy(), 1e-8);
            AddLayer add = new AddLayer();
            add.forward(x, y);
            Gradients a = add.backward(dOut);
            assertEquals(dOut * NumericalGradient.derivative(v -> new AddLayer().forward(v, y), x, 1e-5), a.dx(), 1e-8);
            assertEquals(dOut * NumericalGradient.derivative(v -> new AddLayer().forward(x, v), y, 1e-5), a.dy(), 1e-8);
        }
    }

    @Test
    void reluMaskExampleFromDlfs551() {
        ReLU relu = new ReLU();
        Tensor x = Tensor.of(new double[][] {{1.0, -0.5}, {-2.0, 3.0}});
        assertEquals(Tensor.of(new double[][] {{1, 0}, {0, 3}}), relu.forward(x));
        assertEquals(Tensor.of(new double[][] {{0, 1}, {1, 0}}), relu.mask());
        assertEquals(Tensor.of(new double[][] {{1, 0}, {0, 1}}), relu.backward(Tensor.ones(2, 2)));
    }

    @Test
    void reluGradientAtZeroIsZero() {
        ReLU relu = new ReLU();
        relu.forward(Tensor.of(0.0, -0.0, 1e-300));
        assertEquals(Tensor.of(0, 0, 5), relu.backward(Tensor.of(5, 5, 5)));
    }

    /**
     * Linear and ReLU keep what backward needs in buffers reused from one forward to the next:
     * a second forward of another shape, and changing x or the returned tensors in place after
     * forward, must not change what backward computes.
     */
    @Test
    void reusedBuffersFollowTheLastForwardOnly() {
        Rng rng = new Rng(21);
        Linear linear = new Linear(rng.randn(3, 2), rng.randn(2));
        ReLU relu = new ReLU();
        Tensor x1 = rng.randn(5, 3);
        relu.forward(linear.forward(x1));
        Tensor x2 = rng.randn(4, 3);
        Tensor x2Before = x2.copy();
        Tensor y2 = relu.forward(linear.forward(x2));
        Tensor mask2 = x2.matmul(linear.weight().value()).add(linear.bias().value()).step();
        x2.fill(7.0);
        y2.fill(-1.0);
        Tensor dOut = rng.randn(4, 2);
        Tensor dA = relu.backward(dOut);
        assertEquals(dOut.mul(mask2), dA);
        Tensor dX = linear.backward(dA);
        assertEquals(dA.matmul(linear.weight().value().T()), dX);
        assertEquals(x2Before.T().matmul(dA), linear.weight().grad());
        // a third forward of the first shape again
        Tensor y1 = relu.forward(linear.forward(x1));
        assertEquals(x1.matmul(linear.weight().value()).add(linear.bias().value()).relu(), y1);
    }

    @Test
    void sigmoidOfZeroAndTwo() {
        Sigmoid s = new Sigmoid();
        Tensor y = s.forward(Tensor.of(0, 2));
        assertEquals(0.5, y.get(0), T9);
        assertEquals(0.8807970779778823, y.get(1), T9);
        Tensor dx = s.backward(Tensor.of(1, 1));
        assertEquals(0.25, dx.get(0), T9);
        assertEquals(0.10499358540350662, dx.get(1), T9);
    }

    @Test
    void tanhBackwardIsOneMinusYSquared() {
        Tanh t = new Tanh();
        Tensor y = t.forward(Tensor.of(0.5));
        assertEquals(Math.tanh(0.5), y.item(), 1e-15);
        assertEquals(1 - Math.tanh(0.5) * Math.tanh(0.5), t.backward(Tensor.of(1)).item(), 1e-15);
    }

    @Test
    void stepForwardAndItsZeroBackward() {
        Step step = new Step();
        assertEquals(Tensor.of(0, 0, 1, 1), step.forward(Tensor.of(-1, 0, 1, 2)));
        assertEquals(Tensor.zeros(4), step.backward(Tensor.of(3, 3, 3, 3)));
    }

    @Test
    void softmaxLectureValues() {
        Tensor y = new Softmax().forward(Tensor.of(0.3, 2.9, 4.0));
        assertEquals(0.01821127329554753, y.get(0), T9);
        assertEquals(0.24519181293507392, y.get(1), T9);
        assertEquals(0.7365969137693786, y.get(2), T9);
        assertEquals(1.0, y.sum().item(), 1e-15);
        Tensor big = Softmax.softmax(Tensor.of(1010, 1000, 990));
        assertEquals(0.999954600070331, big.get(0), 1e-12);
        assertEquals(4.539786860886666e-05, big.get(1), 1e-17);
        assertEquals(2.061060046209062e-09, big.get(2), 1e-20);
        Tensor a = Tensor.of(new double[][] {{0.3, 2.9, 4.0}, {-1, 0, 1}});
        assertTrue(Softmax.softmax(a).allWithin(Softmax.softmax(a.add(100)), 1e-12));
        assertEquals(0.7365969137693786, Softmax.softmax(a).get(0, 2), T9);
    }

    @Test
    void dlfsThreeLayerForward() {
        Affine l1 = new Affine(Tensor.of(new double[][] {{.1, .3, .5}, {.2, .4, .6}}), Tensor.of(.1, .2, .3));
        Affine l2 = new Affine(Tensor.of(new double[][] {{.1, .4}, {.2, .5}, {.3, .6}}), Tensor.of(.1, .2));
        Affine l3 = new Affine(Tensor.of(new double[][] {{.1, .3}, {.2, .4}}), Tensor.of(.1, .2));
        Sequential net = new Sequential(l1, new Sigmoid(), l2, new Sigmoid(), l3);
        Tensor y = net.forward(Tensor.of(new double[][] {{1.0, 0.5}}));
        assertEquals(0.3168270764110298, y.get(0, 0), T9);
        assertEquals(0.6962790898619668, y.get(0, 1), T9);
        Tensor y1 = net.forward(Tensor.of(1.0, 0.5));
        assertEquals(0.3168270764110298, y1.get(0), T9);
        assertEquals(0.6962790898619668, y1.get(1), T9);
        assertEquals("Sequential(Affine(2→3), Sigmoid, Affine(3→2), Sigmoid, Affine(2→2))", net.toString());
    }

    // ---- Linear -----------------------------------------------------------------------------

    @Test
    void linearBackwardFormulas() {
        Linear l = new Linear(Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}), Tensor.of(10, 20));
        Tensor x = Tensor.of(new double[][] {{1, 0, -1}, {2, 1, 0}});
        assertEquals(Tensor.of(new double[][] {{6, 16}, {15, 28}}), l.forward(x));
        Tensor dOut = Tensor.of(new double[][] {{1, 0}, {0, 1}});
        Tensor dx = l.backward(dOut);
        assertEquals(Tensor.of(new double[][] {{1, 3, 5}, {2, 4, 6}}), dx);                  // dOut·Wᵀ
        assertEquals(Tensor.of(new double[][] {{1, 2}, {0, 1}, {-1, 0}}), l.weight().grad()); // xᵀ·dOut
        assertEquals(Tensor.of(1, 1), l.bias().grad());                                      // Σ rows
    }

    @Test
    void aSingleSampleVectorWorksLikeNumpysDot() {
        Affine l1 = new Affine(Tensor.of(new double[][] {{.1, .3, .5}, {.2, .4, .6}}), Tensor.of(.1, .2, .3));
        Tensor a1 = l1.forward(Tensor.of(1.0, 0.5));
        assertTrue(a1.allWithin(Tensor.of(0.3, 0.7, 1.1), 1e-12), a1::toString);
        Tensor dx = l1.backward(Tensor.of(1, 0, -1));
        assertTrue(dx.allWithin(Tensor.of(-0.4, -0.4), 1e-12), dx::toString);
        assertTrue(l1.weight().grad().allWithin(Tensor.of(new double[][] {{1, 0, -1}, {0.5, 0, -0.5}}), 1e-15));
        assertEquals(Tensor.of(1, 0, -1), l1.bias().grad());
        Linear l = new Linear(3, 2, new Rng(4));
        GradCheckReport r = new GradientCheck().tolerance(LAYER_TOLERANCE).check(l, new Rng(5).randn(3));
        assertTrue(r.allPassed(), r::toString);
        Sequential net = new Sequential(new Linear(2, 3, new Rng(6)), new Sigmoid(), new Linear(3, 2, new Rng(7)), new Softmax());
        assertTrue(new GradientCheck().tolerance(LAYER_TOLERANCE).check(net, Tensor.of(1.0, 0.5)).allPassed());
    }

    @Test
    void linearDefaultInitIsPytorchsUniformFromTheRng() {
        Linear l = new Linear(16, 7, new Rng(42));
        double bound = 1 / Math.sqrt(16);
        Rng same = new Rng(42);
        assertEquals(same.uniform(-bound, bound, 16, 7), l.weight().value());
        assertEquals(same.uniform(-bound, bound, 7), l.bias().value());
        for (double v : l.weight().value().toArray()) {
            assertTrue(Math.abs(v) <= bound);
        }
        assertEquals(Tensor.zeros(16, 7), l.weight().grad());
        assertEquals(List.of(l.weight(), l.bias()), l.parameters());
    }

    @Test
    void explicitInitCopiesTheTensors() {
        Tensor w = Tensor.of(new double[][] {{1}});
        Linear l = new Linear(w, Tensor.of(0));
        l.weight().value().fill(5);
        assertEquals(1.0, w.get(0, 0));
    }

    @Test
    void wrongInputWidthNamesLayerAndShapes() {
        Linear l = new Linear(16, 7, new Rng(0));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> l.forward(Tensor.zeros(101, 17)));
        assertEquals("Linear(16→7).forward: x must have shape (N, 16), got (101, 17)", e.getMessage());
        assertEquals("Linear(16→7).forward", e.operation());
        assertArrayEquals(new int[] {101, 16}, e.expectedShape());
        assertArrayEquals(new int[] {101, 17}, e.actualShape());
        assertNull(e.leftShape());
        assertNull(e.rightShape());
        assertEquals(1, e.axis());
        // the wrong rank: N is free (-1), the failing axis is the one the input lacks or has too much
        e = assertThrows(ShapeMismatchException.class, () -> l.forward(Tensor.zeros(17)));
        assertArrayEquals(new int[] {-1, 16}, e.expectedShape());
        assertArrayEquals(new int[] {17}, e.actualShape());
        assertEquals(1, e.axis());
        e = assertThrows(ShapeMismatchException.class, () -> l.forward(Tensor.zeros(2, 3, 16)));
        assertArrayEquals(new int[] {-1, 16}, e.expectedShape());
        assertEquals(1, e.axis());
        e = assertThrows(ShapeMismatchException.class, () -> l.forward(Tensor.scalar(1)));
        assertEquals(0, e.axis());
        l.forward(Tensor.zeros(3, 16));
        e = assertThrows(ShapeMismatchException.class, () -> l.backward(Tensor.zeros(3, 6)));
        assertEquals("Linear(16→7).backward", e.operation());
        assertArrayEquals(new int[] {3, 7}, e.expectedShape());
        assertEquals(1, e.axis());
        e = assertThrows(ShapeMismatchException.class, () -> l.backward(Tensor.zeros(4, 7)));
        assertArrayEquals(new int[] {3, 7}, e.expectedShape());
        assertArrayEquals(new int[] {4, 7}, e.actualShape());
        assertEquals(0, e.axis());
        e = assertThrows(ShapeMismatchException.class, () -> new Linear(Tensor.zeros(2, 3), Tensor.zeros(2)));
        assertEquals("Linear", e.operation());
        assertArrayEquals(new int[] {3}, e.expectedShape());
        assertArrayEquals(new int[] {2}, e.actualShape());
        assertEquals(0, e.axis());
        Affine a = new Affine(2, 3, new Rng(0));
        e = assertThrows(ShapeMismatchException.class, () -> a.forward(Tensor.zeros(1, 3)));
        assertEquals("Affine(2→3).forward", e.operation());
        assertTrue(e.getMessage().startsWith("Affine(2→3).forward: x must have shape (N, 2)"), e.getMessage());
    }

    @Test
    void activationsAndParametersNameTheUpstreamGradientsShape() {
        Sigmoid s = new Sigmoid();
        s.forward(Tensor.zeros(4, 3));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> s.backward(Tensor.zeros(4, 2)));
        assertEquals("Sigmoid.backward", e.operation());
        assertArrayEquals(new int[] {4, 3}, e.expectedShape());
        assertArrayEquals(new int[] {4, 2}, e.actualShape());
        assertEquals(1, e.axis());
        assertEquals("Sigmoid.backward: dOut must have shape (4, 3), got (4, 2)", e.getMessage());
        Parameter w = new Parameter("W", Tensor.zeros(2, 3));
        e = assertThrows(ShapeMismatchException.class, () -> w.accumulate(Tensor.zeros(2, 3, 1)));
        assertEquals("Parameter.accumulate", e.operation());
        assertArrayEquals(new int[] {2, 3}, e.expectedShape());
        assertEquals(2, e.axis());
        assertEquals("Parameter.accumulate: the gradient of W must have shape (2, 3), got (2, 3, 1)", e.getMessage());
    }

    // ---- contracts shared by all layers -----------------------------------------------------

    static List<Supplier<Layer>> allLayers() {
        return List.of(() -> new Linear(3, 2, new Rng(1)), Sigmoid::new, Tanh::new, ReLU::new, Step::new,
                Softmax::new, () -> new Sequential(new Linear(3, 3, new Rng(2)), new Sigmoid()));
    }

    @Test
    void backwardBeforeForwardThrowsAClearError() {
        for (Supplier<Layer> make : allLayers()) {
            Layer layer = make.get();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> layer.backward(Tensor.ones(2, 3)));
            assertTrue(e.getMessage().contains("before forward"), e.getMessage());
        }
        assertThrows(IllegalStateException.class, () -> new MulLayer().backward(1));
        assertThrows(IllegalStateException.class, () -> new AddLayer().backward(1));
    }

    @Test
    void backwardNeverChangesDOutOrTheInput() {
        for (Supplier<Layer> make : allLayers()) {
            Layer layer = make.get();
            Tensor x = new Rng(5).randn(2, 3);
            Tensor xBefore = x.copy();
            Tensor y = layer.forward(x);
            Tensor dOut = new Rng(6).randn(y.shape());
            Tensor dOutBefore = dOut.copy();
            Tensor dx = layer.backward(dOut);
            assertEquals(xBefore, x, layer.toString());
            assertEquals(dOutBefore, dOut, layer.toString());
            assertNotSame(dOut, dx);
            assertArrayEquals(x.shape(), dx.shape());
        }
    }

    /** Runs forward, optionally changes x, the output and every parameter in place, then backward. */
    private static List<Tensor> forwardChangeBackward(Layer layer, boolean change) {
        Tensor x = new Rng(5).randn(2, 3);
        Tensor y = layer.forward(x);
        Tensor dOut = new Rng(6).randn(y.shape());
        if (change) {
            x.fill(7);
            y.mulInPlace(-3);
            for (Parameter p : layer.parameters()) {
                p.value().subInPlace(p.value().mul(0.5)); // a student's W := W - lr * W before backward
            }
        }
        List<Tensor> out = new java.util.ArrayList<>();
        out.add(layer.backward(dOut));
        for (Parameter p : layer.parameters()) {
            out.add(p.grad().copy());
        }
        return out;
    }

    @Test
    void changingInputsOutputsOrWeightsInPlaceAfterForwardDoesNotChangeBackward() {
        // one rule for every layer: forward caches its own copies, so backward differentiates what
        // forward computed (Mazur: backpropagate through the weights the forward pass used)
        for (Supplier<Layer> make : allLayers()) {
            List<Tensor> untouched = forwardChangeBackward(make.get(), false);
            List<Tensor> changed = forwardChangeBackward(make.get(), true);
            assertEquals(untouched, changed, make.get().toString());
        }
        Linear l = new Linear(Tensor.of(new double[][] {{1, 2}}), Tensor.of(0, 0));
        Tensor x = Tensor.of(new double[][] {{3}});
        l.forward(x);
        l.weight().value().subInPlace(Tensor.of(new double[][] {{1, 1}}));
        x.fill(100);
        assertEquals(Tensor.of(new double[][] {{1 * 1 + 2 * 1}}), l.backward(Tensor.of(new double[][] {{1, 1}})));
        assertEquals(Tensor.of(new double[][] {{3, 3}}), l.weight().grad());
    }

    @Test
    void gradientsAccumulateUntilZeroGrad() {
        Linear l = new Linear(3, 2, new Rng(9));
        Tensor x = new Rng(10).randn(4, 3);
        Tensor dOut = new Rng(11).randn(4, 2);
        l.forward(x);
        l.backward(dOut);
        Tensor once = l.weight().grad().copy();
        l.backward(dOut);
        assertTrue(l.weight().grad().allWithin(once.mul(2), 1e-14));
        l.zeroGrad();
        assertEquals(Tensor.zeros(3, 2), l.weight().grad());
        assertEquals(Tensor.zeros(2), l.bias().grad());
    }

    @Test
    void parameterHoldsValueAndGradientOfTheSameShape() {
        Parameter p = new Parameter("W", Tensor.ones(2, 3));
        assertArrayEquals(new int[] {2, 3}, p.grad().shape());
        p.accumulate(Tensor.full(0.5, 2, 3));
        p.accumulate(Tensor.full(0.5, 2, 3));
        assertEquals(Tensor.ones(2, 3), p.grad());
        assertThrows(ShapeMismatchException.class, () -> p.accumulate(Tensor.ones(3, 2)));
        p.zeroGrad();
        assertEquals(Tensor.zeros(2, 3), p.grad());
        assertEquals("Parameter W (2, 3)", p.toString());
        assertThrows(IllegalArgumentException.class, () -> new Parameter("", Tensor.ones(1)));
    }

    @Test
    void activationsRejectAnUpstreamGradientOfAnotherShape() {
        Sigmoid s = new Sigmoid();
        s.forward(Tensor.zeros(2, 3));
        assertThrows(ShapeMismatchException.class, () -> s.backward(Tensor.zeros(3, 2)));
    }
}
