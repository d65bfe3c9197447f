package org.jbackprop.nn.loss;

import org.jbackprop.tensor.Tensor;

/**
 * A scalar loss L(y, t) of a prediction y and a target t, with its gradient ∂L/∂y.
 *
 * <p>{@code forward(y, t)} returns L and caches what backward needs; {@code backward()} returns
 * ∂L/∂y with the shape of y (backprop starts here, Saito's {@code backward(dout=1)}). Backward before
 * forward throws {@link IllegalStateException}; neither pass modifies y or t. Like a layer, a loss
 * shares no tensor with its caller: it caches its own copies of y and t, so changing them in place
 * after forward does not change what backward returns.
 */
public interface Loss {

    /** L(y, t); y and t usually of the same shape (see each loss). */
    double forward(Tensor y, Tensor t);

    /** ∂L/∂y · dOut, of the shape of the last forward's y. */
    Tensor backward(double dOut);

    /** ∂L/∂y, of the shape of the last forward's y: {@code backward(1.0)}. */
    default Tensor backward() {
        return backward(1.0);
    }
}
