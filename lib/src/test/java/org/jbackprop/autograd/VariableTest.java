package org.jbackprop.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.jbackprop.check.GradCheckReport;
import org.jbackprop.check.GradientCheck;
import org.jbackprop.nn.Parameter;
import org.jbackprop.optim.SGD;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

class VariableTest {

    /** Autograd against central differences, h = 1e-5, smooth functions. */
    static final double AUTOGRAD_TOLERANCE = 1e-7;
    static final double T9 = 1e-9;

    /** Checks L = Σ op(a) ⊙ G for a random upstream G. */
    static void checkUnary(String name, UnaryOperator<Variable> op, Tensor a0) {
        Parameter a = new Parameter("a", a0);
        Tensor g = new Rng(17).randn(op.apply(Variable.parameter(a)).shape());
        GradCheckReport r = new GradientCheck().tolerance(AUTOGRAD_TOLERANCE)
                .checkAutograd(() -> op.apply(Variable.parameter(a)).mul(g).sum(), List.of(a));
        assertTrue(r.allPassed(), () -> name + "\n" + r);
    }

    static void checkBinary(String name, BinaryOperator<Variable> op, Tensor a0, Tensor b0) {
        Parameter a = new Parameter("a", a0);
        Parameter b = new Parameter("b", b0);
        Tensor g = new Rng(18).randn(op.apply(Variable.parameter(a), Variable.parameter(b)).shape());
        GradCheckReport r = new GradientCheck().tolerance(AUTOGRAD_TOLERANCE).checkAutograd(
                () -> op.apply(Variable.parameter(a), Variable.parameter(b)).mul(g).sum(), List.of(a, b));
        assertTrue(r.allPassed(), () -> name + " " + java.util.Arrays.toString(a0.shape()) + " "
                + java.util.Arrays.toString(b0.shape()) + "\n" + r);
    }

    @Test
    void everyUnaryOperationPassesAGradientCheck() {
        Rng rng = new Rng(1);
        Tensor x = rng.randn(3, 4);
        Tensor positive = rng.uniform(0.5, 2.0, 3, 4);
        checkUnary("neg", Variable::neg, x);
        checkUnary("sigmoid", Variable::sigmoid, x);
        checkUnary("relu", Variable::relu, x);
        checkUnary("tanh", Variable::tanh, x);
        checkUnary("log", Variable::log, positive);
        checkUnary("exp", Variable::exp, x);
        checkUnary("abs", Variable::abs, x);
        checkUnary("square", Variable::square, x);
        checkUnary("sum", Variable::sum, x);
        checkUnary("mean", Variable::mean, x);
        checkUnary("sum(0)", v -> v.sum(0), x);
        checkUnary("sum(1, keep)", v -> v.sum(1, true), x);
        checkUnary("mean(-1)", v -> v.mean(-1), x);
        checkUnary("mean(0, keep)", v -> v.mean(0, true), x);
        checkUnary("rsub", v -> v.rsub(1.0), x);
        checkUnary("add/sub/mul/div constants", v -> v.add(2).sub(0.5).mul(3).div(4), x);
    }

    @Test
    void everyBinaryOperationPassesAGradientCheckWithBroadcasting() {
        Rng rng = new Rng(2);
        int[][][] shapes = {
            {{3, 4}, {3, 4}}, {{3, 4}, {4}}, {{3, 4}, {1, 4}}, {{3, 4}, {3, 1}}, {{3, 4}, {}}, {{4}, {2, 3, 4}},
            {{2, 1, 4}, {3, 1}},
        };
        for (int[][] s : shapes) {
            Tensor a = rng.randn(s[0]);
            Tensor b = rng.randn(s[1]);
            checkBinary("add", Variable::add, a, b);
            checkBinary("sub", Variable::sub, a, b);
            checkBinary("mul", Variable::mul, a, b);
            checkBinary("div", Variable::div, a, rng.uniform(0.5, 2, s[1]));
        }
        checkBinary("matmul", Variable::matmul, rng.randn(3, 4), rng.randn(4, 2));
        checkBinary("matmul", Variable::matmul, rng.randn(1, 5), rng.randn(5, 1));
    }

    @Test
    void gradientsOfBroadcastOperandsHaveTheOperandsShape() {
        Parameter w = new Parameter("W", Tensor.ones(2, 3));
        Parameter b = new Parameter("b", Tensor.zeros(3));
        Parameter s = new Parameter("s", Tensor.scalar(2));
        Variable out = Variable.parameter(w).add(Variable.parameter(b)).mul(Variable.parameter(s)).sum();
        out.backward();
        assertEquals(12.0, out.item());
        assertEquals(Tensor.full(2, 2, 3), w.grad());
        assertEquals(Tensor.full(4, 3), b.grad());          // summed over the 2 rows
        assertEquals(Tensor.scalar(6), s.grad());            // summed over everything
        assertArrayEquals(new int[] {3}, Variable.unbroadcast(Tensor.ones(5, 2, 3), new int[] {3}).shape());
        assertEquals(Tensor.full(10, 1, 3), Variable.unbroadcast(Tensor.ones(5, 2, 3), new int[] {1, 3}));
    }

    @Test
    void aVariableUsedTwiceAccumulatesAndParametersAccumulateAcrossBackwards() {
        Parameter x = new Parameter("x", Tensor.scalar(3));
        Variable v = Variable.parameter(x);
        Variable f = v.mul(v).add(v);                     // x² + x, df/dx = 2x + 1 = 7
        f.backward();
        assertEquals(7.0, x.grad().item());
        f.backward();
        assertEquals(14.0, x.grad().item(), "parameter gradients accumulate like PyTorch's");
        x.zeroGrad();
        assertEquals(0.0, x.grad().item());
        assertEquals(Tensor.scalar(1), f.grad());
        assertEquals("+", f.op());
        assertEquals(2, f.inputs().size());
    }

    @Test
    void constantsGetNoGradient() {
        Variable c = Variable.constant(Tensor.of(1, 2));
        Parameter p = new Parameter("p", Tensor.of(3, 4));
        Variable f = c.mul(Variable.parameter(p)).sum();
        f.backward();
        assertEquals(Tensor.of(1, 2), p.grad());
        assertFalse(c.requiresGrad());
        assertThrows(IllegalStateException.class, c::grad);
        assertThrows(IllegalStateException.class, () -> c.sum().backward());
        assertThrows(IllegalStateException.class, c::parameter);
    }

    @Test
    void badUseIsExplained() {
        Variable w = Variable.parameter("W", Tensor.ones(2, 2));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.mul(2).backward());
        assertTrue(e.getMessage().contains("(2, 2)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> w.matmul(Tensor.ones(2)));
        assertThrows(IllegalArgumentException.class, () -> w.sum(2));
        w.mul(2).backward(Tensor.ones(2, 2));
        assertEquals(Tensor.full(2, 2, 2), w.grad());
    }

    /** lab-03-3 through autograd and TF's GradientDescentOptimizer(0.1): W₀ = 5, W − 1 shrinks by 1/15. */
    @Test
    void gradientDescentOptimizerCellReproduces() {
        Parameter w = new Parameter("W", Tensor.scalar(5.0));
        Variable x = Variable.constant(Tensor.of(1, 2, 3));
        Tensor y = Tensor.of(1, 2, 3);
        SGD optimizer = new SGD(List.of(w), 0.1);
        double[] expected = {5.0, 1.26666667, 1.01777778, 1.00118519, 1.00007901, 1.00000527, 1.00000035};
        for (int step = 0; step < expected.length; step++) {
            assertEquals(expected[step], w.value().item(), 5e-9, "step " + step);
            assertEquals(1 + 4 * Math.pow(15, -step), w.value().item(), T9);
            Variable cost = Variable.parameter(w).mul(x).sub(y).square().mean();
            cost.backward();
            optimizer.step();
            optimizer.zeroGrad();
        }
    }

    /** lab-03-X: lr 0.01, W₀ = 5; the gradient 2·mean((Wx − y)x) at steps 0..3. */
    @Test
    void gradientInspectionCell() {
        Parameter w = new Parameter("W", Tensor.scalar(5.0));
        Tensor x = Tensor.of(1, 2, 3);
        SGD optimizer = new SGD(List.of(w), 0.01);
        double[][] expected = {{37.33333333, 5.0}, {33.84888889, 4.62666667}, {30.68965926, 4.28817778},
            {27.82529106, 3.98128119}};
        for (double[] row : expected) {
            assertEquals(row[1], w.value().item(), 5e-9);
            Variable.parameter(w).mul(x).sub(x).square().mean().backward();
            assertEquals(row[0], w.grad().item(), 5e-9);
            optimizer.step();
            optimizer.zeroGrad();
        }
    }

    @Test
    void anOptimizerStepBeforeBackwardDoesNotChangeTheGradients() {
        // cost = sum((W x)^2) for W (1, 2), x (2, 1): dW = 2 (W x) x^T, computed with the W of the forward pass
        Tensor x = Tensor.of(new double[][] {{1}, {2}});
        Variable w = Variable.parameter("W", Tensor.of(new double[][] {{3, 4}}));
        Variable cost = w.matmul(x).square().sum();
        new SGD(List.of(w.parameter()), 0.1).step(); // W changes in place (its gradient is still 0)
        w.parameter().value().subInPlace(Tensor.of(new double[][] {{1, 1}}));
        cost.backward();
        assertEquals(Tensor.of(new double[][] {{22, 44}}), w.grad()); // 2 * 11 * (1, 2)
        // a new forward sees the new value: a parameter leaf is live
        assertEquals(Tensor.of(new double[][] {{2, 3}}), w.value());
        Variable again = w.matmul(x);
        assertEquals(Tensor.of(new double[][] {{8}}), again.value());
        // value() of an operation is a copy: changing it does not change the graph
        again.value().fill(0);
        assertEquals(Tensor.of(new double[][] {{8}}), again.value());
    }

}
