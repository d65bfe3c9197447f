package org.jbackprop.nn.loss;

import org.jbackprop.tensor.Tensor;

/**
 * Mean squared error over all n elements: L = (1/n) Σ (y − t)² (TF's
 * {@code reduce_mean(square(hypothesis − Y))}, PyTorch's {@code MSELoss}).
 *
 * <p>y and t of the same shape. Backward: ∂L/∂y = 2(y − t)/n. (The slides' cost 1/(2m)Σ(Wx−y)² is
 * half of this; see {@link HalfSquaredError} for the summed half form.)
 */
public final class MeanSquaredError extends PairLoss {

    /** The mean squared error. */
    public MeanSquaredError() {
    }

    @Override
    String name() {
        return "MeanSquaredError";
    }

    @Override
    double value(Tensor y, Tensor t) {
        return y.sub(t).square().mean().item();
    }

    @Override
    Tensor gradient(Tensor y, Tensor t) {
        return y.sub(t).mul(2.0 / y.size());
    }
}
