package org.jbackprop.nn;

import java.util.List;
import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.Tensor;

/**
 * The hyperbolic tangent, element-wise: y = tanh(x) = (eˣ − e^−x) / (eˣ + e^−x).
 *
 * <p>Backward: dx = dout · (1 − y²). All tensors have the shape of x.
 */
public final class Tanh implements Layer {

    private Tensor y;

    /** A tanh layer; it has no parameters. */
    public Tanh() {
    }

    /** y = tanh(x), same shape as x; caches y. */
    @Override
    public Tensor forward(Tensor x) {
        y = x.tanh();
        return y.copy();
    }

    /** dx = dout · (1 − y²). */
    @Override
    public Tensor backward(Tensor dOut) {
        if (y == null) {
            throw new IllegalStateException("Tanh.backward called before forward: "
                    + "there is no cached output y for dx = dout·(1−y²)");
        }
        ShapeCheck.requireShape("Tanh.backward", "dOut", y.shape(), dOut);
        return dOut.mul(y.square().rsub(1.0));
    }

    /** None. */
    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public String toString() {
        return "Tanh";
    }
}
