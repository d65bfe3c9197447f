package org.jbackprop.nn;

/**
 * Saito's addition node: out = x + y on scalars. Backward passes the upstream gradient on to both
 * inputs unchanged: dx = dout · 1, dy = dout · 1.
 */
public final class AddLayer {

    private boolean forwardDone;

    /** An addition node. */
    public AddLayer() {
    }

    /** out = x + y. */
    public double forward(double x, double y) {
        forwardDone = true;
        return x + y;
    }

    /**
     * (dx, dy) = (dout, dout). Like every layer it must follow a forward pass, even though the add
     * node's local gradients (1, 1) do not depend on the inputs.
     */
    public Gradients backward(double dOut) {
        if (!forwardDone) {
            throw new IllegalStateException("AddLayer.backward called before forward");
        }
        return new Gradients(dOut, dOut);
    }

    @Override
    public String toString() {
        return "AddLayer";
    }
}
