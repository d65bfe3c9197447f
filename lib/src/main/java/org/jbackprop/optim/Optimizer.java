package org.jbackprop.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.jbackprop.nn.Parameter;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.LossWatch;
import org.jbackprop.train.Stop;

/**
 * Updates parameters from their accumulated gradients. Works for layer parameters and for autograd
 * leaves alike (both are {@link Parameter}s).
 *
 * <p>One training step, PyTorch style: forward, {@code loss.backward()}, {@link #step()}, then
 * {@link #zeroGrad()} so the next backward starts from zero. {@link #minimize(DoubleSupplier)} does
 * zeroGrad, forward+backward, a finiteness check on the loss and step in one call (TF's
 * {@code minimize(cost)}).
 *
 * <p>The state (step count, momentum buffers, Adam's m and v) is explicit and readable.
 */
public abstract class Optimizer {

    private final List<Parameter> parameters;
    private int steps;

    /** An optimizer for these parameters (each at most once). */
    protected Optimizer(List<Parameter> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs at least one parameter");
        }
        Set<Parameter> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Parameter p : parameters) {
            if (p == null) {
                throw new IllegalArgumentException(getClass().getSimpleName() + ": a parameter is null");
            }
            if (!seen.add(p)) {
                throw new IllegalArgumentException(getClass().getSimpleName() + ": parameter " + p.name()
                        + " is listed twice; it would be updated twice per step");
            }
        }
        this.parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** The parameters this optimizer updates. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** How many steps have been taken (TF's global step; Adam's t). */
    public int steps() {
        return steps;
    }

    /**
     * Updates every parameter in place from its gradient. Changes nothing and throws
     * {@link NonFiniteLossException} if the last backward pass started from a NaN or infinite loss (the
     * PyTorch-style loop {@code zeroGrad(); loss = forward; backward; step()} stops at the step where
     * the loss diverged), or {@link NonFiniteGradientException} if a gradient holds NaN or ±∞; and
     * {@link org.jbackprop.train.TrainingInterruptedException} if the stop button was pressed.
     */
    public void step() {
        Stop.check(this, steps);
        String name = getClass().getSimpleName();
        if (LossWatch.nonFinite()) {
            double loss = LossWatch.loss();
            LossWatch.clear();
            throw nonFiniteLoss(loss, "from " + LossWatch.source() + "'s backward");
        }
        for (Parameter p : parameters) {
            double[] g = p.grad().toArray();
            for (int i = 0; i < g.length; i++) {
                if (!Double.isFinite(g[i])) {
                    throw new NonFiniteGradientException(steps, p.name(), i, g[i], name + " step " + steps
                            + ": the gradient of " + p.name() + " " + Tensor.shapeString(p.shape()) + " holds " + g[i]
                            + " at flat index " + i + " although the loss was finite; backward overflowed"
                            + " (try a smaller learning rate, or normalise the inputs)");
                }
            }
        }
        steps++;
        for (Parameter p : parameters) {
            update(p);
        }
    }

    /** Sets every parameter's gradient to zero. */
    public void zeroGrad() {
        LossWatch.clear();
        for (Parameter p : parameters) {
            p.zeroGrad();
        }
    }

    /**
     * One full step: zeroGrad, then {@code forwardBackward} (which computes the loss, runs backward
     * and returns the loss), then a check that the loss is finite, then {@link #step()}.
     *
     * @return the loss before this step's update (what the TF labs print)
     * @throws NonFiniteLossException naming the step if the loss is NaN or infinite
     * @throws NonFiniteGradientException naming the step and parameter if a gradient is NaN or infinite
     */
    public double minimize(DoubleSupplier forwardBackward) {
        zeroGrad();
        double loss = forwardBackward.getAsDouble();
        if (!Double.isFinite(loss)) {
            LossWatch.clear();
            throw nonFiniteLoss(loss, null);
        }
        step();
        return loss;
    }

    private NonFiniteLossException nonFiniteLoss(double loss, String where) {
        return new NonFiniteLossException(steps, loss, getClass().getSimpleName() + " step " + steps
                + ": the loss is " + loss + (where == null ? "" : " (" + where + ")")
                + "; stopping instead of training on it"
                + " (the learning rate is probably too large, or a log(0) crept in)");
    }

    /** Updates one parameter; {@link #steps()} already counts the current step (1 on the first). */
    protected abstract void update(Parameter p);
}
