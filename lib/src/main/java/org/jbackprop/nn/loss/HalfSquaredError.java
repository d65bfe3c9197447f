package org.jbackprop.nn.loss;

import org.jbackprop.tensor.Tensor;

/**
 * Mazur's total error E = Σ ½(target − out)², summed over every element (all outputs, all rows).
 *
 * <p>y (out) and t (target) of the same shape. Backward: ∂E/∂out = out − target
 * (Mazur's ∂E_total/∂out_o1 = −(target_o1 − out_o1)).
 */
public final class HalfSquaredError extends PairLoss {

    /** Mazur's E_total. */
    public HalfSquaredError() {
    }

    @Override
    String name() {
        return "HalfSquaredError";
    }

    @Override
    double value(Tensor y, Tensor t) {
        return t.sub(y).square().sum().item() * 0.5;
    }

    @Override
    Tensor gradient(Tensor y, Tensor t) {
        return y.sub(t);
    }
}
