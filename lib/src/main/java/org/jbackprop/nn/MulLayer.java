package org.jbackprop.nn;

/**
 * Saito's multiplication node for the apples-and-oranges example: out = x · y on scalars.
 *
 * <p>Backward swaps the inputs: dx = dout · y, dy = dout · x.
 *
 * <pre>{@code
 * MulLayer mulApple = new MulLayer();
 * double applePrice = mulApple.forward(100, 2);       // 200
 * Gradients g = mulApple.backward(dApplePrice);        // g.dx() = dApple, g.dy() = dApple_num
 * }</pre>
 */
public final class MulLayer {

    private double x;
    private double y;
    private boolean forwardDone;

    /** A multiplication node. */
    public MulLayer() {
    }

    /** out = x · y; remembers x and y for backward. */
    public double forward(double x, double y) {
        this.x = x;
        this.y = y;
        this.forwardDone = true;
        return x * y;
    }

    /** (dx, dy) = (dout · y, dout · x). */
    public Gradients backward(double dOut) {
        if (!forwardDone) {
            throw new IllegalStateException("MulLayer.backward called before forward: "
                    + "dx = dout·y needs the y of a forward pass");
        }
        return new Gradients(dOut * y, dOut * x);
    }

    @Override
    public String toString() {
        return "MulLayer";
    }
}
