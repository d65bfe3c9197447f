package org.jbackprop.nn.loss;

import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.LossWatch;
import org.jbackprop.train.Stop;

/** The shared part of the element-wise losses: same-shape check and the cache of y and t (copies, as every layer and loss keeps). */
abstract class PairLoss implements Loss {

    Tensor y;
    Tensor t;
    private double loss;

    abstract String name();

    abstract double value(Tensor y, Tensor t);

    /** ∂L/∂y as a new tensor (backward multiplies it by dOut in place). */
    abstract Tensor gradient(Tensor y, Tensor t);

    @Override
    public final double forward(Tensor y, Tensor t) {
        if (y == null || t == null) {
            throw new IllegalArgumentException(name() + ".forward: y and t must not be null");
        }
        ShapeCheck.requireShape(name() + ".forward", "the target t (the shape of y)", y.shape(), t);
        this.y = y.copyReusing(this.y);
        this.t = t.copyReusing(this.t);
        Stop.check(this);
        loss = value(y, t);
        return loss;
    }

    @Override
    public final Tensor backward(double dOut) {
        if (y == null) {
            throw new IllegalStateException(name() + ".backward called before forward");
        }
        LossWatch.backwardFrom(name(), loss);
        return gradient(y, t).mulInPlace(dOut); // the gradient is a fresh tensor of its own
    }

    @Override
    public String toString() {
        return name();
    }
}
