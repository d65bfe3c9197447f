package org.jbackprop.nn;

import java.util.List;
import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.Tensor;

/**
 * The rectified linear unit, element-wise: y = max(0, x).
 *
 * <p>Backward (Saito's {@code Relu} with its mask x ≤ 0): dx = dout where x &gt; 0, 0 where x ≤ 0.
 * At x = 0 the gradient is taken as 0, like PyTorch. Unlike Saito's version, dout is not modified.
 */
public final class ReLU implements Layer {

    private Tensor positive;

    /** A ReLU layer; it has no parameters. */
    public ReLU() {
    }

    /** y = max(0, x), same shape as x; caches the mask x &gt; 0. */
    @Override
    public Tensor forward(Tensor x) {
        if (positive == null || !java.util.Arrays.equals(positive.shape(), x.shape())) {
            positive = Tensor.zerosLike(x);
        }
        return x.relu(positive); // y = max(0, x), and positive = [x > 0] in the same pass
    }

    /** dx = dout · [x &gt; 0]. */
    @Override
    public Tensor backward(Tensor dOut) {
        if (positive == null) {
            throw new IllegalStateException("ReLU.backward called before forward: "
                    + "there is no cached mask x > 0 for dx = dout·[x > 0]");
        }
        ShapeCheck.requireShape("ReLU.backward", "dOut", positive.shape(), dOut);
        return dOut.mul(positive);
    }

    /** The mask of the last forward: 1 where x ≤ 0 (Saito's {@code mask}), 0 elsewhere. */
    public Tensor mask() {
        if (positive == null) {
            throw new IllegalStateException("ReLU.mask: call forward first");
        }
        return positive.rsub(1.0);
    }

    /** None. */
    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public String toString() {
        return "ReLU";
    }
}
