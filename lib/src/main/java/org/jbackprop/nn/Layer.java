package org.jbackprop.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbackprop.tensor.Tensor;

/**
 * A layer with an explicit forward and backward pass, as in Saito's {@code common/layers.py}.
 *
 * <p>{@code forward(x)} computes the output and caches what backward needs. {@code backward(dOut)}
 * takes ∂L/∂out (same shape as the output), <em>adds</em> ∂L/∂θ into each parameter's gradient, and
 * returns ∂L/∂x (same shape as x). Backward never modifies {@code dOut} or the cached input, and
 * called before any forward it throws {@link IllegalStateException}.
 *
 * <p><b>A layer shares no tensor with its caller.</b> What forward caches is the layer's own copy
 * (or a tensor it computed and kept to itself), and what forward and backward return are new tensors.
 * So changing x, the returned output or a parameter in place between forward and backward (a
 * student's {@code W.subInPlace(dW.mul(lr))} before the backward pass) does not change what backward
 * computes: the gradient of the function that forward evaluated.
 */
public interface Layer {

    /** The output for input {@code x}; caches what {@link #backward} needs. */
    Tensor forward(Tensor x);

    /**
     * The gradient with respect to the last forward's input, given the gradient with respect to its
     * output; accumulates parameter gradients.
     */
    Tensor backward(Tensor dOut);

    /** The trainable parameters (empty for activations), in a fixed order. */
    List<Parameter> parameters();

    /**
     * The parameters keyed by a name unique within this layer, e.g. "W", "b"; a {@link Sequential}
     * prefixes its children's names with their index ("0.W", "2.b") like PyTorch.
     */
    default Map<String, Parameter> namedParameters() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (Parameter p : parameters()) {
            String name = p.name();
            for (int k = 2; out.containsKey(name); k++) {
                name = p.name() + "#" + k;
            }
            out.put(name, p);
        }
        return out;
    }

    /** Sets every parameter's gradient to zero. */
    default void zeroGrad() {
        for (Parameter p : parameters()) {
            p.zeroGrad();
        }
    }
}
