package org.jbackprop.optim;

import java.util.List;
import org.jbackprop.nn.Parameter;

/**
 * Plain gradient descent, θ := θ − lr · ∂L/∂θ (TF's {@code GradientDescentOptimizer(lr)}, PyTorch's
 * {@code optim.SGD(params, lr)}). It keeps no state besides the step count.
 */
public final class SGD extends Optimizer {

    private final double learningRate;

    /** Gradient descent with the given learning rate (α in W := W − α·∂cost/∂W). */
    public SGD(List<Parameter> parameters, double learningRate) {
        super(parameters);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("SGD: learning rate must be positive and finite, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** The learning rate. */
    public double learningRate() {
        return learningRate;
    }

    @Override
    protected void update(Parameter p) {
        p.value().subInPlace(p.grad().mul(learningRate));
    }

    @Override
    public String toString() {
        return "SGD(lr=" + learningRate + ")";
    }
}
