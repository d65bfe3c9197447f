package org.jbackprop.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.jbackprop.nn.Parameter;
import org.jbackprop.nn.Shapes;

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
     * Updates every parameter in place from its gradient. Throws {@link NonFiniteLossException} (and
     * changes nothing) if any gradient holds NaN or ±∞.
     */
    public void step() {
        for (Parameter p : parameters) {
            double[] g = p.grad().toArray();
            for (int i = 0; i < g.length; i++) {
                if (!Double.isFinite(g[i])) {
                    throw new NonFiniteLossException(steps, Double.NaN, getClass().getSimpleName() + " step "
                            + steps + ": gradient of " + p.name() + " " + Shapes.format(p.shape()) + " holds "
                            + g[i] + " at flat index " + i + "; the loss has diverged or hit log(0)"
                            + " (try a smaller learning rate)");
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
     */
    public double minimize(DoubleSupplier forwardBackward) {
        zeroGrad();
        double loss = forwardBackward.getAsDouble();
        if (!Double.isFinite(loss)) {
            throw new NonFiniteLossException(steps, loss, getClass().getSimpleName() + " step " + steps
                    + ": the loss is " + loss + "; stopping instead of training on NaN weights"
                    + " (try a smaller learning rate, or check for log(0))");
        }
        step();
        return loss;
    }

    /** Updates one parameter; {@link #steps()} already counts the current step (1 on the first). */
    protected abstract void update(Parameter p);
}
