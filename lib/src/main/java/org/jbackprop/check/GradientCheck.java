package org.jbackprop.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.jbackprop.autograd.Variable;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;
import org.jbackprop.nn.Layer;
import org.jbackprop.nn.Parameter;
import org.jbackprop.nn.loss.Loss;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.Tensor;

/**
 * Compares analytic gradients (backward) with numerical ones (central differences) and reports the
 * relative error of each checked tensor, cs231n style. An instance holds the settings; each
 * {@code check} method returns a {@link GradCheckReport}.
 *
 * <p>Layers are checked as vector-Jacobian products: with a random upstream gradient G (fixed seed)
 * the scalar L(x, θ) = Σ forward(x) ⊙ G is differentiated numerically and compared with
 * {@code backward(G)}, which checks every row of the Jacobian at once (cs231n's
 * {@code eval_numerical_gradient_array} with a random {@code dout}).
 *
 * <pre>{@code
 * GradCheckReport r = new GradientCheck().check(new Sigmoid(), rng.randn(3, 4));
 * System.out.println(r);          // a table: name, shape, relative error, passed
 * r = new GradientCheck().tolerance(1e-5).check(network, new SoftmaxWithLoss(), x, t);
 * }</pre>
 *
 * <p>The checks run forward many times (2 per element checked), so use small shapes. They zero the
 * gradients of the parameters involved and leave them holding the analytic gradient.
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

    /**
     * Checks a layer with a random upstream gradient: entries "x" (dX from backward) and one per
     * parameter ({@link Layer#namedParameters()}). x of the layer's input shape; x itself is not
     * changed.
     */
    public GradCheckReport check(Layer layer, Tensor x) {
        Tensor input = x.copy();
        Tensor upstream = new Rng(seed).randn(layer.forward(input).shape());
        layer.zeroGrad();
        layer.forward(input);
        Tensor dx = layer.backward(upstream);
        DoubleSupplier f = () -> layer.forward(input).mul(upstream).sum().item();
        Map<String, Tensor[]> pairs = new LinkedHashMap<>();
        pairs.put("x", new Tensor[] {dx, NumericalGradient.gradient(f, input, step)});
        for (Map.Entry<String, Parameter> e : layer.namedParameters().entrySet()) {
            Parameter p = e.getValue();
            pairs.put(e.getKey(), new Tensor[] {p.grad().copy(), NumericalGradient.gradient(f, p.value(), step)});
        }
        layer.forward(x);
        return report(pairs);
    }

    /**
     * Checks a loss: entry "y" compares {@code backward(g)} with g·∂L/∂y by central differences, for a
     * random upstream scalar g. y and t are not changed.
     */
    public GradCheckReport check(Loss loss, Tensor y, Tensor t) {
        Tensor input = y.copy();
        double upstream = new Rng(seed).nextGaussian();
        loss.forward(input, t);
        Tensor analytic = loss.backward(upstream);
        Tensor numerical = NumericalGradient.gradient(() -> upstream * loss.forward(input, t), input, step);
        loss.forward(y, t);
        Map<String, Tensor[]> pairs = new LinkedHashMap<>();
        pairs.put("y", new Tensor[] {analytic, numerical});
        return report(pairs);
    }

    /**
     * Checks a whole network with its loss, L = loss(network.forward(x), t): one entry per parameter
     * (named as in {@link Layer#namedParameters()}) and "x".
     */
    public GradCheckReport check(Layer network, Loss loss, Tensor x, Tensor t) {
        Tensor input = x.copy();
        network.zeroGrad();
        loss.forward(network.forward(input), t);
        Tensor dx = network.backward(loss.backward());
        DoubleSupplier f = () -> loss.forward(network.forward(input), t);
        Map<String, Tensor[]> pairs = new LinkedHashMap<>();
        for (Map.Entry<String, Parameter> e : network.namedParameters().entrySet()) {
            Parameter p = e.getValue();
            pairs.put(e.getKey(), new Tensor[] {p.grad().copy(), NumericalGradient.gradient(f, p.value(), step)});
        }
        pairs.put("x", new Tensor[] {dx, NumericalGradient.gradient(f, input, step)});
        loss.forward(network.forward(x), t);
        return report(pairs);
    }

    /**
     * Checks an autograd computation: {@code loss} builds the loss from the current parameter values
     * (it is called once for backward and twice per parameter element for the differences). One entry
     * per parameter, named by {@link Parameter#name()}.
     */
    public GradCheckReport checkAutograd(Supplier<Variable> loss, List<Parameter> parameters) {
        for (Parameter p : parameters) {
            p.zeroGrad();
        }
        loss.get().backward();
        Map<String, Tensor[]> pairs = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            pairs.put(unique(pairs, p.name()), new Tensor[] {p.grad().copy(),
                NumericalGradient.gradient(() -> loss.get().item(), p.value(), step)});
        }
        return report(pairs);
    }

    /**
     * Checks any hand-written network: {@code forwardBackward} computes the loss from the current
     * parameter values, runs the backward pass (accumulating into the parameters' gradients) and
     * returns the loss. It is called once with zeroed gradients for the analytic gradient, then twice
     * per parameter element; afterwards the gradients hold the analytic values again.
     */
    public GradCheckReport checkFunction(DoubleSupplier forwardBackward, List<Parameter> parameters) {
        for (Parameter p : parameters) {
            p.zeroGrad();
        }
        forwardBackward.getAsDouble();
        List<Tensor> analytic = new ArrayList<>();
        for (Parameter p : parameters) {
            analytic.add(p.grad().copy());
        }
        Map<String, Tensor[]> pairs = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            pairs.put(unique(pairs, p.name()), new Tensor[] {analytic.get(i),
                NumericalGradient.gradient(forwardBackward, p.value(), step)});
        }
        for (int i = 0; i < parameters.size(); i++) {
            parameters.get(i).grad().assign(analytic.get(i));
        }
        return report(pairs);
    }

    private static String unique(Map<String, ?> taken, String name) {
        String n = name;
        for (int k = 2; taken.containsKey(n); k++) {
            n = name + "#" + k;
        }
        return n;
    }

    private GradCheckReport report(Map<String, Tensor[]> pairs) {
        List<GradCheckReport.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Tensor[]> e : pairs.entrySet()) {
            entries.add(GradCheckReport.Entry.of(e.getKey(), e.getValue()[0], e.getValue()[1], tolerance));
        }
        return new GradCheckReport(entries, tolerance, step);
    }
}
