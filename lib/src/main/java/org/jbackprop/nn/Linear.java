package org.jbackprop.nn;

import java.util.List;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.Stop;

/**
 * A fully connected layer, out = x·W + b (PyTorch's {@code nn.Linear}, TF's {@code matmul(X, W) + b},
 * Saito's {@code Affine}).
 *
 * <ul>
 *   <li>x of shape (N, in), W of shape (in, out), b of shape (out,), out of shape (N, out);
 *       a single sample x of shape (in,) gives out of shape (out,)</li>
 *   <li>backward: dX = dOut·Wᵀ of shape (N, in); dW = xᵀ·dOut of shape (in, out);
 *       dB = Σ over rows of dOut, shape (out,)</li>
 * </ul>
 *
 * <p>W is stored as (in, out), the way the lectures write x·W, not PyTorch's (out, in).
 *
 * <p>Like every layer, forward keeps its own copies of what backward needs (here x and W), so
 * backward differentiates the function forward computed even if x or W is changed in place in
 * between, e.g. by {@code W.subInPlace(...)} before the backward pass (Mazur's rule: backpropagate
 * through the weights the forward pass used).
 */
public class Linear implements Layer {

    private final String kind;
    private final Parameter weight;
    private final Parameter bias;
    /** Copies of x and W as the last forward saw them. */
    private Tensor x;
    private Tensor w;

    /**
     * PyTorch's default initialisation: W and b drawn from U(−1/√in, 1/√in), W first, from
     * {@code rng}.
     */
    public Linear(int in, int out, Rng rng) {
        this("Linear", in, out, rng);
    }

    /** A layer with explicit initial values (copied): W of shape (in, out), b of shape (out,). */
    public Linear(Tensor w, Tensor b) {
        this("Linear", w, b);
    }

    Linear(String kind, int in, int out, Rng rng) {
        this(kind, initialWeight(kind, in, out, rng), rng.uniform(-bound(in), bound(in), out));
    }

    Linear(String kind, Tensor w, Tensor b) {
        this.kind = kind;
        if (w == null || b == null) {
            throw new IllegalArgumentException(kind + ": W and b must not be null");
        }
        if (w.rank() != 2) {
            throw new IllegalArgumentException(kind + ": W must have shape (in, out), got " + w.shapeString());
        }
        ShapeCheck.requireShape(kind, "b (to match W of shape " + w.shapeString() + ")", new int[] {w.shape(1)}, b);
        this.weight = new Parameter("W", w);
        this.bias = new Parameter("b", b);
    }

    private static Tensor initialWeight(String kind, int in, int out, Rng rng) {
        if (in <= 0 || out <= 0) {
            throw new IllegalArgumentException(kind + ": in and out must be positive, got in=" + in
                    + ", out=" + out);
        }
        if (rng == null) {
            throw new IllegalArgumentException(kind + ": rng must not be null; pass new Rng(seed)");
        }
        return rng.uniform(-bound(in), bound(in), in, out);
    }

    private static double bound(int in) {
        return 1.0 / Math.sqrt(in);
    }

    /** Input width: the number of rows of W. */
    public int in() {
        return weight.value().shape(0);
    }

    /** Output width: the number of columns of W. */
    public int out() {
        return weight.value().shape(1);
    }

    /** W of shape (in, out). */
    public Parameter weight() {
        return weight;
    }

    /** b of shape (out,). */
    public Parameter bias() {
        return bias;
    }

    /**
     * out = x·W + b; x of shape (N, in), out of shape (N, out). A single sample x of shape (in,) gives
     * out of shape (out,), like numpy's {@code np.dot(x, W) + b}.
     */
    @Override
    public Tensor forward(Tensor x) {
        Stop.check(this);
        boolean oneSample = x != null && x.rank() == 1 && x.shape(0) == in();
        boolean rows = x != null && x.rank() == 2 && x.shape(1) == in();
        if (!oneSample && !rows) {
            ShapeCheck.requireRows(this + ".forward", "x", x, in()); // throws, naming this layer
        }
        this.x = x.copyReusing(this.x);
        this.w = weight.value().copyReusing(this.w);
        return x.matmulAdd(w, bias.value()); // x·W + b, b added inside the product's one pass
    }

    /**
     * dOut of shape (N, out); adds dW = xᵀ·dOut and dB = Σ_rows dOut into the gradients and returns
     * dX = dOut·Wᵀ of shape (N, in). After a single-sample forward, dOut is (out,), dW = x ⊗ dOut and
     * dX has shape (in,).
     */
    @Override
    public Tensor backward(Tensor dOut) {
        if (x == null) {
            throw new IllegalStateException(this + ".backward called before forward: there is no cached x for dW = xᵀ·dOut");
        }
        if (x.rank() == 1) {
            ShapeCheck.requireShape(this + ".backward", "dOut", new int[] {out()}, dOut);
            weight.accumulate(x.outer(dOut));
            bias.accumulate(dOut);
            return w.matmul(dOut);
        }
        if (dOut == null || dOut.rank() != 2 || dOut.shape(0) != x.shape(0) || dOut.shape(1) != out()) {
            ShapeCheck.requireShape(this + ".backward", "dOut (the shape of the last forward's output)",
                    new int[] {x.shape(0), out()}, dOut); // throws, naming this layer
        }
        weight.accumulate(x.transposedMatmul(dOut));            // dW = xᵀ·dOut, xᵀ read in place
        bias.accumulate(dOut.sum(0));                            // dB = Σ_rows dOut
        return dOut.matmulTransposed(w);                         // dX = dOut·Wᵀ, Wᵀ read in place
    }

    /** [W, b]. */
    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }

    /** E.g. {@code Linear(16→7)}. */
    @Override
    public String toString() {
        return kind + "(" + in() + "→" + out() + ")";
    }
}
