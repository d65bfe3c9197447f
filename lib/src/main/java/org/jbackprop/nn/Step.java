package org.jbackprop.nn;

import java.util.List;
import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.Tensor;

/**
 * The step function of the perceptron, element-wise: y = 1 if x &gt; 0, else 0 (Saito's
 * {@code step_function}; the BT2101 slides' "1 if x ≥ 0" differs only at x = 0).
 *
 * <p><b>Backward returns zeros, on purpose.</b> The step function is flat everywhere except at 0, where
 * it jumps and has no derivative, so dy/dx = 0 wherever it exists: dx = dout · 0. Nothing before a
 * step unit can learn by gradient descent, which is why the lectures replace it by the sigmoid.
 * Returning zeros (instead of throwing) lets a student put a Step in a network and watch the gradients
 * vanish.
 */
public final class Step implements Layer {

    private int[] shape;

    /** A step layer; it has no parameters. */
    public Step() {
    }

    /** y = [x &gt; 0], same shape as x. */
    @Override
    public Tensor forward(Tensor x) {
        this.shape = x.shape();
        return x.step();
    }

    /** Zeros of the shape of dout: the step's derivative is 0 wherever it exists (see the class note). */
    @Override
    public Tensor backward(Tensor dOut) {
        if (shape == null) {
            throw new IllegalStateException("Step.backward called before forward");
        }
        ShapeCheck.requireShape("Step.backward", "dOut", shape, dOut);
        return Tensor.zerosLike(dOut);
    }

    /** None. */
    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public String toString() {
        return "Step";
    }
}
