package org.jbackprop.nn;

/**
 * The two gradients a scalar two-input layer returns from backward, like Saito's
 * {@code dx, dy = layer.backward(dout)}.
 *
 * @param dx ∂L/∂x, the gradient for the first input
 * @param dy ∂L/∂y, the gradient for the second input
 */
public record Gradients(double dx, double dy) {
}
