package org.jbackprop.check;

import java.util.ArrayList;
import java.util.List;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;
import org.jbackprop.tensor.Tensor;

/**
 * Compares analytic gradients (backward) with numerical ones (central differences) and reports the
 * relative error of each checked tensor, cs231n style. An instance holds the settings; each
 * {@code check} method returns a {@link GradCheckReport}.
 *
 * <pre>{@code
 * GradCheckReport r = new GradientCheck().check(graph, f);
 * System.out.println(r);          // a table: name, shape, relative error, passed
 * }</pre>
 */
public final class GradientCheck {

    /** The default largest relative error that passes. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** The default seed of the random upstream gradient. */
    public static final long DEFAULT_SEED = 231;

    private final double step;
    private final double tolerance;
    private final long seed;

    /** h = 1e-5, tolerance 1e-6, seed 231. */
    public GradientCheck() {
        this(NumericalGradient.DEFAULT_STEP, DEFAULT_TOLERANCE, DEFAULT_SEED);
    }

    private GradientCheck(double step, double tolerance, long seed) {
        NumericalGradient.requireStep(step);
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be ≥ 0, got " + tolerance);
        }
        this.step = step;
        this.tolerance = tolerance;
        this.seed = seed;
    }

    /** These settings with step h for the central differences. */
    public GradientCheck step(double h) {
        return new GradientCheck(h, tolerance, seed);
    }

    /** These settings with another largest relative error that passes. */
    public GradientCheck tolerance(double tolerance) {
        return new GradientCheck(step, tolerance, seed);
    }

    /** These settings with another seed for the random upstream gradient. */
    public GradientCheck seed(long seed) {
        return new GradientCheck(step, tolerance, seed);
    }

    /** The step h. */
    public double step() {
        return step;
    }

    /** The largest relative error that passes. */
    public double tolerance() {
        return tolerance;
    }

    /** The seed of the random upstream gradient. */
    public long seed() {
        return seed;
    }

    /**
     * Checks a scalar graph: runs {@code graph.backward(output)}, then nudges every input node and
     * compares. One entry per input node, named by its label, each a rank-0 tensor. Leaves the
     * graph's values as they were and its gradients as backward left them.
     */
    public GradCheckReport check(Graph graph, Node output) {
        graph.backward(output);
        List<GradCheckReport.Entry> entries = new ArrayList<>();
        for (Node in : graph.inputs()) {
            double analytic = in.grad();
            double numerical = graph.numericalGradient(output, in, step);
            entries.add(GradCheckReport.Entry.of(in.name(), Tensor.scalar(analytic), Tensor.scalar(numerical),
                    tolerance));
        }
        return new GradCheckReport(entries, tolerance, step);
    }
}
