package org.jbackprop.nn;

import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.Tensor;

/**
 * Saito's name for {@link Linear}: out = x·W + b with dX = dOut·Wᵀ, dW = xᵀ·dOut, dB = Σ_rows dOut.
 * x of shape (N, in), W of shape (in, out), b of shape (out,).
 */
public final class Affine extends Linear {

    /** Explicit initial values (copied): W of shape (in, out), b of shape (out,), as {@code Affine(W, b)}. */
    public Affine(Tensor w, Tensor b) {
        super("Affine", w, b);
    }

    /** PyTorch's default initialisation U(−1/√in, 1/√in) for W and b, drawn from {@code rng}. */
    public Affine(int in, int out, Rng rng) {
        super("Affine", in, out, rng);
    }
}
