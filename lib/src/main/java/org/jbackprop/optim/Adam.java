package org.jbackprop.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jbackprop.nn.Parameter;
import org.jbackprop.tensor.Tensor;

/**
 * Adam exactly as TF1's {@code tf.train.AdamOptimizer} computes it (lab-09-4). At step t = 1, 2, ...:
 *
 * <pre>
 * m    := β1·m + (1 − β1)·g
 * v    := β2·v + (1 − β2)·g²
 * lr_t := lr · √(1 − β2ᵗ) / (1 − β1ᵗ)
 * θ    := θ − lr_t · m / (√v + ε)
 * </pre>
 *
 * <p>Defaults β1 = 0.9, β2 = 0.999, ε = 1e-8. Note TF1's ε placement: ε is added to √v of the
 * <em>uncorrected</em> v (the paper adds it to √v̂), which matters only while v is tiny.
 */
public final class Adam extends Optimizer {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Parameter, Tensor> m = new IdentityHashMap<>();
    private final Map<Parameter, Tensor> v = new IdentityHashMap<>();

    /** Adam with TF1's defaults β1 = 0.9, β2 = 0.999, ε = 1e-8. */
    public Adam(List<Parameter> parameters, double learningRate) {
        this(parameters, learningRate, 0.9, 0.999, 1e-8);
    }

    /** Adam with explicit hyper-parameters. */
    public Adam(List<Parameter> parameters, double learningRate, double beta1, double beta2, double epsilon) {
        super(parameters);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("Adam: learning rate must be positive and finite, got " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam: β1 and β2 must be in [0, 1), got " + beta1 + ", " + beta2);
        }
        if (!(epsilon >= 0)) {
            throw new IllegalArgumentException("Adam: ε must be ≥ 0, got " + epsilon);
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        for (Parameter p : parameters) {
            m.put(p, Tensor.zerosLike(p.value()));
            v.put(p, Tensor.zerosLike(p.value()));
        }
    }

    /** The base learning rate lr. */
    public double learningRate() {
        return learningRate;
    }

    /** β1, the decay of the first moment. */
    public double beta1() {
        return beta1;
    }

    /** β2, the decay of the second moment. */
    public double beta2() {
        return beta2;
    }

    /** ε. */
    public double epsilon() {
        return epsilon;
    }

    /** lr_t = lr·√(1 − β2ᵗ)/(1 − β1ᵗ) for step t ≥ 1. */
    public double learningRateAt(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("Adam: steps count from t = 1, got " + t);
        }
        // StrictMath.pow: fdlibm's bits on every JVM (Math.pow is a CPU-specific HotSpot routine); sqrt is exact
        return learningRate * Math.sqrt(1 - StrictMath.pow(beta2, t)) / (1 - StrictMath.pow(beta1, t));
    }

    /** A copy of the first moment m of one parameter. */
    public Tensor firstMoment(Parameter p) {
        return state(m, p).copy();
    }

    /** A copy of the second moment v of one parameter. */
    public Tensor secondMoment(Parameter p) {
        return state(v, p).copy();
    }

    private Tensor state(Map<Parameter, Tensor> map, Parameter p) {
        Tensor s = map.get(p);
        if (s == null) {
            throw new IllegalArgumentException("Adam: parameter " + p.name() + " is not one of mine");
        }
        return s;
    }

    @Override
    protected void update(Parameter p) {
        Tensor g = p.grad();
        Tensor mp = m.get(p);
        Tensor vp = v.get(p);
        mp.mulInPlace(beta1).addInPlace(g.mul(1 - beta1));
        vp.mulInPlace(beta2).addInPlace(g.square().mul(1 - beta2));
        double lrT = learningRateAt(steps());
        p.value().subInPlace(mp.div(vp.sqrt().add(epsilon)).mul(lrT));
    }

    @Override
    public String toString() {
        return "Adam(lr=" + learningRate + ", β1=" + beta1 + ", β2=" + beta2 + ", ε=" + epsilon + ")";
    }
}
