package org.jbackprop.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import org.jbackprop.nn.Layer;
import org.jbackprop.tensor.Significant;
import org.jbackprop.tensor.Tensor;

/**
 * A group of checks run together, for a test cell or a student checking themselves: each method
 * records a {@link CheckResult} and returns this group, {@link #verify()} throws one
 * {@link CheckFailure} listing every failure, and a notebook shows the group as a pass/fail table.
 *
 * <pre>{@code
 * new Checks("Affine backward")
 *     .shape("dX", dX, 2, 3)
 *     .close("dW", expectedDW, dW)
 *     .gradients(new MyAffine(w, b), x)
 *     .verify();                 // throws if any failed; a passing group shows as a table
 * }</pre>
 *
 * <p>Values pass when |got − expected| ≤ atol + rtol·|expected| (numpy's {@code allclose}), by default
 * rtol 1e-6 and atol 1e-9; gradient checks pass when the relative error ‖a − n‖ / (‖a‖ + ‖n‖) of
 * every checked tensor is at most 1e-6 ({@link GradientCheck}).
 */
public final class Checks {

    /** How many differing elements a failed check lists. */
    public static final int SHOWN_MISMATCHES = 3;
    /** The default relative tolerance of value checks. */
    public static final double DEFAULT_RTOL = 1e-6;
    /** The default absolute tolerance of value checks. */
    public static final double DEFAULT_ATOL = 1e-9;

    private final String title;
    private final List<CheckResult> results = new ArrayList<>();
    private double rtol = DEFAULT_RTOL;
    private double atol = DEFAULT_ATOL;
    private double gradientTolerance = GradientCheck.DEFAULT_TOLERANCE;

    /** An empty group; the title heads its table and its failure message, e.g. "Sigmoid backward". */
    public Checks(String title) {
        this.title = title == null ? "checks" : title;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The tolerances of the value checks that follow: |got − expected| ≤ atol + rtol·|expected|. */
    public Checks tolerance(double rtol, double atol) {
        if (!(rtol >= 0) || !(atol >= 0)) {
            throw new IllegalArgumentException("tolerances must be ≥ 0, got rtol=" + rtol + ", atol=" + atol);
        }
        this.rtol = rtol;
        this.atol = atol;
        return this;
    }

    /** The largest relative error that passes the gradient checks that follow (default 1e-6). */
    public Checks gradientTolerance(double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be ≥ 0, got " + tolerance);
        }
        this.gradientTolerance = tolerance;
        return this;
    }

    /**
     * Checks {@code actual} against {@code expected}: the shape, then every element. A failure lists
     * both shapes or the first differing elements, and a hint when the answer looks like a usual
     * mistake (transposed, a sum for a mean, the sign) or like one of the {@code known} wrong answers.
     */
    public Checks close(String name, Tensor expected, Tensor actual, KnownMistake... known) {
        if (expected == null) {
            throw new IllegalArgumentException("Checks.close: the expected value of " + name + " is null");
        }
        return add(Compare.close(name, expected, actual, rtol, atol, List.of(known)));
    }

    /** Checks a number against the expected one, with the same tolerance and hints as for tensors. */
    public Checks close(String name, double expected, double actual, KnownMistake... known) {
        return add(Compare.close(name, Tensor.scalar(expected), Tensor.scalar(actual), rtol, atol, List.of(known)));
    }

    /** Checks only the shape of {@code actual}, e.g. {@code shape("dW", dW, 16, 7)}. */
    public Checks shape(String name, Tensor actual, int... expected) {
        String want = Tensor.shapeString(expected);
        if (actual == null) {
            return add(new CheckResult(name, false, "is null; expected a tensor of shape " + want
                    + " (did the method return its result?)", expected, null, List.of(), 0, Map.of(), null));
        }
        if (Arrays.equals(actual.shape(), expected)) {
            return add(new CheckResult(name, true, "shape " + want, expected, actual.shape(), List.of(), 0,
                    Map.of(), null));
        }
        // Diagnose with zeros of the right shape: only the shapes matter here.
        CheckResult r = Compare.close(name, Tensor.zeros(expected), Tensor.zeros(actual.shape()), rtol, atol, List.of());
        return add(new CheckResult(name, false, r.summary(), expected, actual.shape(), List.of(), 0,
                Map.of(), r.hint().orElse(null)));
    }

    /**
     * A numerical gradient check of a layer's backward (a random upstream gradient, central
     * differences; see {@link GradientCheck#check(Layer, Tensor)}): one relative error for the input
     * and one per parameter. A failure names the tensors whose gradients disagree and where.
     */
    public Checks gradients(Layer layer, Tensor x) {
        GradCheckReport report = new GradientCheck().tolerance(gradientTolerance).check(layer, x);
        return add(Compare.gradients(layer + " gradient check", report, false));
    }

    /**
     * Checks a hand-written gradient against central differences: {@code loss} computes the loss
     * from the current values of {@code at} (each element is nudged in place by ±h and put back).
     * {@code analytic} has the shape of {@code at}.
     */
    public Checks gradient(String name, DoubleSupplier loss, Tensor at, Tensor analytic) {
        if (analytic == null || !Arrays.equals(analytic.shape(), at.shape())) {
            CheckResult shape = Compare.close(name, Tensor.zerosLike(at),
                    analytic == null ? null : Tensor.zeros(analytic.shape()), rtol, atol, List.of());
            return add(new CheckResult(name, false, shape.summary() + " (a gradient has the shape of what it is the "
                    + "gradient of)", at.shape(), analytic == null ? null : analytic.shape(), List.of(), 0,
                    Map.of(), shape.hint().orElse(null)));
        }
        Tensor numerical = NumericalGradient.gradient(loss, at, NumericalGradient.DEFAULT_STEP);
        GradCheckReport report = new GradCheckReport(List.of(GradCheckReport.Entry.of(name, analytic.copy(), numerical,
                gradientTolerance)), gradientTolerance, NumericalGradient.DEFAULT_STEP);
        return add(Compare.gradients(name, report, true));
    }

    /** Checks a hand-written derivative of a function of one number against a central difference at {@code at}. */
    public Checks derivative(String name, DoubleUnaryOperator f, double at, double analytic) {
        double numerical = NumericalGradient.derivative(f, at, NumericalGradient.DEFAULT_STEP);
        GradCheckReport report = new GradCheckReport(List.of(GradCheckReport.Entry.of(name, Tensor.scalar(analytic),
                Tensor.scalar(numerical), gradientTolerance)), gradientTolerance, NumericalGradient.DEFAULT_STEP);
        return add(Compare.gradients(name, report, true));
    }

    /** A check of any condition: passes if {@code ok}; otherwise fails with {@code whatIsWrong}. */
    public Checks that(String name, boolean ok, String whatIsWrong) {
        return add(new CheckResult(name, ok, ok ? "ok" : whatIsWrong, null, null, List.of(), 0, Map.of(), null));
    }

    /** Adds a result computed elsewhere. */
    public Checks add(CheckResult result) {
        results.add(result);
        return this;
    }

    /** Every result so far, in order. */
    public List<CheckResult> results() {
        return Collections.unmodifiableList(results);
    }

    /** True if every check so far passed (and there is at least one). */
    public boolean allPassed() {
        if (results.isEmpty()) {
            return false;
        }
        for (CheckResult r : results) {
            if (!r.passed()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns this group if every check passed; otherwise throws a {@link CheckFailure} whose message
     * starts with the title and lists every check, the failed ones with their details.
     */
    public Checks verify() {
        if (results.isEmpty()) {
            throw new IllegalStateException(title + ": no checks to verify");
        }
        if (!allPassed()) {
            List<CheckResult> all = new ArrayList<>();
            for (CheckResult r : results) {
                all.add(new CheckResult(title + ": " + r.name(), r.passed(), r.summary(), r.expectedShape(),
                        r.actualShape(), r.mismatches(), r.mismatchCount(), r.relativeErrors(), r.hint().orElse(null)));
            }
            throw new CheckFailure(all);
        }
        return this;
    }

    /** "title: 3 of 3 passed" and one line per check, like {@link CheckResult#toString()}. */
    @Override
    public String toString() {
        int passed = 0;
        for (CheckResult r : results) {
            passed += r.passed() ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder(title).append(": ").append(passed).append(" of ").append(results.size())
                .append(" passed");
        for (CheckResult r : results) {
            sb.append("\n  ").append(r.toString().replace("\n", "\n    "));
        }
        return sb.toString();
    }

    /** A number as the messages print it: 10 significant digits, nan and inf as numpy writes them. */
    static String number(double v) {
        return Significant.format(v, 10);
    }
}
