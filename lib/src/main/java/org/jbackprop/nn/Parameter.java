package org.jbackprop.nn;

import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.Tensor;

/**
 * A trainable tensor and its gradient, side by side and of the same shape (micrograd's data and grad).
 *
 * <p>Backward passes <em>add</em> into {@link #grad()}; an optimizer reads it, updates
 * {@link #value()} in place, and the training loop then calls {@link #zeroGrad()}.
 */
public final class Parameter {

    private final String name;
    private final Tensor value;
    private final Tensor grad;

    /** A parameter holding a copy of {@code initial}, with a zero gradient of the same shape. */
    public Parameter(String name, Tensor initial) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a parameter needs a name such as \"W\" or \"b\"");
        }
        if (initial == null) {
            throw new IllegalArgumentException("parameter " + name + ": initial value is null");
        }
        this.name = name;
        this.value = initial.copy();
        this.grad = Tensor.zerosLike(initial);
    }

    /** The name, e.g. "W" or "b". */
    public String name() {
        return name;
    }

    /** The live value; optimizers change it in place (e.g. {@code W := W − lr·dW}). */
    public Tensor value() {
        return value;
    }

    /** The live accumulated gradient ∂L/∂value, same shape as the value. */
    public Tensor grad() {
        return grad;
    }

    /** The shape of value and gradient. */
    public int[] shape() {
        return value.shape();
    }

    /** Adds {@code g} (same shape as the value) into the gradient. */
    public void accumulate(Tensor g) {
        if (g == null || !java.util.Arrays.equals(g.shape(), grad.shape())) {
            ShapeCheck.requireShape("Parameter.accumulate", "the gradient of " + name, value.shape(), g); // throws
        }
        grad.addInPlace(g);
    }

    /** Sets the gradient to zero. */
    public void zeroGrad() {
        grad.fill(0.0);
    }

    /** E.g. {@code Parameter W (2, 3)}. */
    @Override
    public String toString() {
        return "Parameter " + name + " " + value.shapeString();
    }
}
