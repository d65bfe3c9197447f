package org.jbackprop.nn.loss;

import org.jbackprop.tensor.Tensor;

/**
 * Mean absolute error over all n elements: L = (1/n) Σ |y − t| (PyTorch's {@code nn.L1Loss()}).
 *
 * <p>y and t of the same shape. Backward: ∂L/∂y = sign(y − t)/n with sign(0) = 0, like PyTorch.
 */
public final class L1Loss extends PairLoss {

    /** The mean absolute error. */
    public L1Loss() {
    }

    @Override
    String name() {
        return "L1Loss";
    }

    @Override
    double value(Tensor y, Tensor t) {
        return y.sub(t).abs().mean().item();
    }

    @Override
    Tensor gradient(Tensor y, Tensor t) {
        return y.sub(t).sign().divInPlace(y.size()); // sign(y − t)/n
    }
}
