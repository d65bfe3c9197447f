package org.jbackprop.check;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import org.jbackprop.nn.Layer;
import org.jbackprop.tensor.Tensor;

/**
 * One-line checks for test cells and self-checks: each returns its {@link CheckResult} when the
 * answer is right (a notebook shows it as a one-row table) and throws a {@link CheckFailure} (an
 * {@link AssertionError}) when it is not, with a message a student can act on: expected and actual
 * shapes, the first elements that differ, the relative error of a gradient check, and a hint naming
 * the usual mistake. Unlike Java's {@code assert} these always run.
 *
 * <pre>{@code
 * Check.close("dW", x.T().matmul(dOut), dW);      // shape, then values (rtol 1e-6, atol 1e-9)
 * Check.shape("dB", dB, 7);
 * Check.gradients(new MySigmoid(), x);            // backward against central differences
 * }</pre>
 *
 * <p>To run several checks and see all of them (a table, one failure message), use {@link Checks}.
 */
public final class Check {

    private Check() {
    }

    /** {@code actual} equals {@code expected} in shape and, within rtol 1e-6 + atol 1e-9, in every value. */
    public static CheckResult close(String name, Tensor expected, Tensor actual, KnownMistake... known) {
        return single(new Checks(name).close(name, expected, actual, known));
    }

    /** A number equals the expected one within rtol 1e-6 + atol 1e-9. */
    public static CheckResult close(String name, double expected, double actual, KnownMistake... known) {
        return single(new Checks(name).close(name, expected, actual, known));
    }

    /** Like {@link #close(String, Tensor, Tensor, KnownMistake...)} with tolerances of your own. */
    public static CheckResult close(String name, Tensor expected, Tensor actual, double rtol, double atol,
            KnownMistake... known) {
        return single(new Checks(name).tolerance(rtol, atol).close(name, expected, actual, known));
    }

    /** {@code actual} has the given shape, e.g. {@code Check.shape("dW", dW, 16, 7)}. */
    public static CheckResult shape(String name, Tensor actual, int... expected) {
        return single(new Checks(name).shape(name, actual, expected));
    }

    /** A layer's backward agrees with central differences for its input and every parameter. */
    public static CheckResult gradients(Layer layer, Tensor x) {
        return single(new Checks(String.valueOf(layer)).gradients(layer, x));
    }

    /** A hand-written gradient of {@code loss} with respect to {@code at} agrees with central differences. */
    public static CheckResult gradient(String name, DoubleSupplier loss, Tensor at, Tensor analytic) {
        return single(new Checks(name).gradient(name, loss, at, analytic));
    }

    /** A hand-written derivative df/dx at {@code at} agrees with a central difference. */
    public static CheckResult derivative(String name, DoubleUnaryOperator f, double at, double analytic) {
        return single(new Checks(name).derivative(name, f, at, analytic));
    }

    /** Passes if {@code ok}; otherwise fails with {@code whatIsWrong}. */
    public static CheckResult that(String name, boolean ok, String whatIsWrong) {
        return single(new Checks(name).that(name, ok, whatIsWrong));
    }

    private static CheckResult single(Checks checks) {
        return checks.results().get(0).orThrow();
    }
}
