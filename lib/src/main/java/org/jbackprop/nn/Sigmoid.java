package org.jbackprop.nn;

import java.util.List;
import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.Tensor;

/**
 * The logistic sigmoid, element-wise: σ(x) = 1 / (1 + e^−x).
 *
 * <p>Backward uses the output y = σ(x): dx = dout · y · (1 − y), since σ'(x) = σ(x)(1 − σ(x)).
 * x, y, dout and dx all have the same (any) shape.
 */
public final class Sigmoid implements Layer {

    private Tensor y;

    /** A sigmoid layer; it has no parameters. */
    public Sigmoid() {
    }

    /** y = 1 / (1 + e^−x), same shape as x; caches y. */
    @Override
    public Tensor forward(Tensor x) {
        y = x.sigmoid();
        return y.copy();
    }

    /** dx = dout · y · (1 − y), same shape as dout. */
    @Override
    public Tensor backward(Tensor dOut) {
        if (y == null) {
            throw new IllegalStateException("Sigmoid.backward called before forward: "
                    + "there is no cached output y for dx = dout·y·(1−y)");
        }
        ShapeCheck.requireShape("Sigmoid.backward", "dOut", y.shape(), dOut);
        return dOut.mul(y).mulInPlace(y.rsub(1.0)); // dout·y·(1−y), in this order
    }

    /** None. */
    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public String toString() {
        return "Sigmoid";
    }
}
