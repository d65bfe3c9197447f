package org.jbackprop.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jbackprop.nn.Parameter;
import org.jbackprop.tensor.Tensor;

/**
 * Gradient descent with momentum, in TF's and PyTorch's form:
 * v := μ·v + ∂L/∂θ, then θ := θ − lr·v, with v starting at zero
 * ({@code MomentumOptimizer(lr, momentum)}, {@code optim.SGD(params, lr, momentum)}).
 */
public final class Momentum extends Optimizer {

    private final double learningRate;
    private final double momentum;
    private final Map<Parameter, Tensor> velocity = new IdentityHashMap<>();

    /** Momentum with learning rate lr and momentum μ (typically 0.9). */
    public Momentum(List<Parameter> parameters, double learningRate, double momentum) {
        super(parameters);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("Momentum: learning rate must be positive and finite, got " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("Momentum: momentum must be in [0, 1), got " + momentum);
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
        for (Parameter p : parameters) {
            velocity.put(p, Tensor.zerosLike(p.value()));
        }
    }

    /** The learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** μ. */
    public double momentum() {
        return momentum;
    }

    /** A copy of the velocity v of one parameter (zeros before the first step). */
    public Tensor velocity(Parameter p) {
        Tensor v = velocity.get(p);
        if (v == null) {
            throw new IllegalArgumentException("Momentum: parameter " + p.name() + " is not one of mine");
        }
        return v.copy();
    }

    @Override
    protected void update(Parameter p) {
        Tensor v = velocity.get(p);
        v.mulInPlace(momentum).addInPlace(p.grad());
        p.value().subInPlace(v.mul(learningRate));
    }

    @Override
    public String toString() {
        return "Momentum(lr=" + learningRate + ", momentum=" + momentum + ")";
    }
}
