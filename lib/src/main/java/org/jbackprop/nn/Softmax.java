package org.jbackprop.nn;

import java.util.List;
import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.Tensor;

/**
 * Softmax over the last axis: yₖ = e^(aₖ − max a) / Σᵢ e^(aᵢ − max a). Subtracting the row's maximum
 * (Saito's overflow fix) leaves the result unchanged and keeps e^a finite for a = [1010, 1000, 990].
 *
 * <p>a of shape (C,) or (N, C); y of the same shape, each row summing to 1.
 * Backward: dx = y ⊙ (dout − Σₖ dout_k·y_k), the sum taken per row.
 * (With a cross-entropy loss use {@link org.jbackprop.nn.loss.SoftmaxWithLoss}, whose backward is
 * simply (y − t)/N.)
 */
public final class Softmax implements Layer {

    private Tensor y;

    /** A softmax layer; it has no parameters. */
    public Softmax() {
    }

    /** The softmax of each row of {@code a} (of a itself if 1-d). */
    public static Tensor softmax(Tensor a) {
        if (a.rank() == 0) {
            throw new IllegalArgumentException("softmax: needs at least one axis, got a scalar");
        }
        int last = a.rank() - 1;
        Tensor e = a.sub(a.max(last, true)).exp();
        return e.div(e.sum(last, true));
    }

    /** y = softmax(a) over the last axis; caches y. */
    @Override
    public Tensor forward(Tensor a) {
        y = softmax(a);
        return y.copy();
    }

    /** dx = y ⊙ (dout − Σ_row dout·y). */
    @Override
    public Tensor backward(Tensor dOut) {
        if (y == null) {
            throw new IllegalStateException("Softmax.backward called before forward: there is no cached y");
        }
        ShapeCheck.requireShape("Softmax.backward", "dOut", y.shape(), dOut);
        int last = y.rank() - 1;
        return y.mul(dOut.sub(dOut.mul(y).sum(last, true)));
    }

    /** None. */
    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public String toString() {
        return "Softmax";
    }
}
