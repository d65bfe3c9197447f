package org.jbackprop.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.ShapeMismatchException;
import org.jbackprop.tensor.Tensor;

/**
 * Goodfellow, Bengio and Courville's deep feedforward network with column vectors, computed exactly as
 * Algorithm 6.3 (forward) and Algorithm 6.4 (backward) of "Deep Learning", section 6.5 (NB09).
 *
 * <pre>
 * Algorithm 6.3, forward                     Algorithm 6.4, backward
 * h⁽⁰⁾ = x                                   g ← ∇ŷ J = ∇ŷ L(ŷ, y)
 * for k = 1..l:                              for k = l..1:
 *   a⁽ᵏ⁾ = b⁽ᵏ⁾ + W⁽ᵏ⁾ h⁽ᵏ⁻¹⁾                   g ← ∇a⁽ᵏ⁾ J = g ⊙ f'(a⁽ᵏ⁾)
 *   h⁽ᵏ⁾ = f(a⁽ᵏ⁾)                              ∇b⁽ᵏ⁾ J = g + λ ∇b⁽ᵏ⁾ Ω(θ)
 * ŷ = h⁽ˡ⁾                                      ∇W⁽ᵏ⁾ J = g h⁽ᵏ⁻¹⁾ᵀ + λ ∇W⁽ᵏ⁾ Ω(θ)
 * J = L(ŷ, y) + λ Ω(θ)                          g ← ∇h⁽ᵏ⁻¹⁾ J = W⁽ᵏ⁾ᵀ g
 * </pre>
 *
 * <p>Here f = σ, L(ŷ, y) = ½‖ŷ − y‖² (Mazur's E) and Ω(θ) = ½ Σₖ ‖W⁽ᵏ⁾‖² (weights only, so
 * ∇b Ω = 0 and ∇W Ω = W). Shapes follow the book: W⁽ᵏ⁾ of shape (nₖ, nₖ₋₁) (rows are units),
 * b⁽ᵏ⁾, a⁽ᵏ⁾, h⁽ᵏ⁾ of shape (nₖ, 1), x of shape (n₀, 1), y of shape (nₗ, 1).
 */
public final class FeedForward {

    private final List<Tensor> weights = new ArrayList<>();
    private final List<Tensor> biases = new ArrayList<>();
    private final double lambda;
    private final List<Tensor> a = new ArrayList<>();
    private final List<Tensor> h = new ArrayList<>();
    private final List<Tensor> gradW = new ArrayList<>();
    private final List<Tensor> gradB = new ArrayList<>();
    private Tensor y;
    private double loss;
    private double cost;

    /**
     * A network with l = weights.size() layers.
     *
     * @param weights W⁽¹⁾..W⁽ˡ⁾, W⁽ᵏ⁾ of shape (nₖ, nₖ₋₁) (copied)
     * @param biases  b⁽¹⁾..b⁽ˡ⁾, each of shape (nₖ,) or (nₖ, 1) (copied as columns)
     * @param lambda  the weight of the regulariser Ω = ½ Σ‖W‖²; 0 for none
     */
    public FeedForward(List<Tensor> weights, List<Tensor> biases, double lambda) {
        if (weights.isEmpty() || weights.size() != biases.size()) {
            throw new IllegalArgumentException("FeedForward: need one bias per weight matrix and at least one layer, got "
                    + weights.size() + " weights and " + biases.size() + " biases");
        }
        if (!(lambda >= 0)) {
            throw new IllegalArgumentException("FeedForward: λ must be ≥ 0, got " + lambda);
        }
        for (int k = 0; k < weights.size(); k++) {
            Tensor w = weights.get(k);
            Tensor b = biases.get(k);
            if (w.rank() != 2) {
                throw new IllegalArgumentException("FeedForward: W(" + (k + 1) + ") must be 2-d (units, inputs), got "
                        + w.shapeString());
            }
            if (k > 0 && w.shape(1) != weights.get(k - 1).shape(0)) {
                throw ShapeMismatchException.expected("FeedForward", new int[] {w.shape(0), weights.get(k - 1).shape(0)},
                        w.shape(), 1, "FeedForward: W(" + (k + 1) + ") has shape " + w.shapeString() + " but layer " + k
                        + " has " + weights.get(k - 1).shape(0) + " units");
            }
            if (b.size() != w.shape(0) || b.rank() > 2 || (b.rank() == 2 && b.shape(1) != 1)) {
                int[] column = {w.shape(0), 1};
                throw ShapeMismatchException.expected("FeedForward", column, b.shape(),
                        ShapeCheck.firstDifference(column, b.shape()), "FeedForward: b(" + (k + 1) + ") must have shape ("
                        + w.shape(0) + ", 1) or (" + w.shape(0) + ",), got " + b.shapeString());
            }
            this.weights.add(w.copy());
            this.biases.add(b.reshape(w.shape(0), 1));
        }
        this.lambda = lambda;
    }

    /** The number of layers l. */
    public int depth() {
        return weights.size();
    }

    /** λ. */
    public double lambda() {
        return lambda;
    }

    /** Algorithm 6.3: the forward pass for one example; returns J = L(ŷ, y) + λΩ(θ). */
    public double forward(Tensor x, Tensor y) {
        int n0 = weights.get(0).shape(1);
        int nl = weights.get(depth() - 1).shape(0);
        if (x.size() != n0 || x.rank() > 2 || (x.rank() == 2 && x.shape(1) != 1)) {
            int[] column = {n0, 1};
            throw ShapeMismatchException.expected("FeedForward.forward", column, x.shape(),
                    ShapeCheck.firstDifference(column, x.shape()),
                    "FeedForward.forward: x must have shape (" + n0 + ", 1), got " + x.shapeString());
        }
        if (y.size() != nl || y.rank() > 2 || (y.rank() == 2 && y.shape(1) != 1)) {
            int[] column = {nl, 1};
            throw ShapeMismatchException.expected("FeedForward.forward", column, y.shape(),
                    ShapeCheck.firstDifference(column, y.shape()),
                    "FeedForward.forward: y must have shape (" + nl + ", 1), got " + y.shapeString());
        }
        a.clear();
        h.clear();
        gradW.clear();
        gradB.clear();
        h.add(x.reshape(n0, 1));
        for (int k = 0; k < depth(); k++) {
            Tensor ak = biases.get(k).add(weights.get(k).matmul(h.get(k)));
            a.add(ak);
            h.add(ak.sigmoid());
        }
        this.y = y.reshape(nl, 1);
        loss = yHat().sub(this.y).square().sum().item() * 0.5;
        double omega = 0;
        for (Tensor w : weights) {
            omega += w.square().sum().item() * 0.5;
        }
        cost = loss + lambda * omega;
        return cost;
    }

    /** Algorithm 6.4: the backward pass, filling ∇W⁽ᵏ⁾ J and ∇b⁽ᵏ⁾ J for every k. */
    public void backward() {
        if (y == null) {
            throw new IllegalStateException("FeedForward.backward called before forward (Algorithm 6.3 comes first)");
        }
        Tensor[] gw = new Tensor[depth()];
        Tensor[] gb = new Tensor[depth()];
        Tensor g = yHat().sub(y);                                   // ∇ŷ L for L = ½‖ŷ − y‖²
        for (int k = depth() - 1; k >= 0; k--) {
            Tensor fk = h.get(k + 1);
            g = g.mul(fk).mul(fk.rsub(1.0));                         // g ⊙ σ'(a⁽ᵏ⁾)
            gb[k] = g.copy();                                        // + λ∇bΩ = 0
            gw[k] = g.matmul(h.get(k).transpose()).add(weights.get(k).mul(lambda));
            g = weights.get(k).transpose().matmul(g);
        }
        gradW.clear();
        gradB.clear();
        Collections.addAll(gradW, gw);
        Collections.addAll(gradB, gb);
    }

    /** ŷ = h⁽ˡ⁾ of the last forward, shape (nₗ, 1). */
    public Tensor yHat() {
        requireForward("yHat");
        return h.get(depth()).copy();
    }

    /** a⁽ᵏ⁾ for k = 1..l, shape (nₖ, 1). */
    public Tensor a(int k) {
        requireForward("a");
        return a.get(layerIndex(k)).copy();
    }

    /** h⁽ᵏ⁾ for k = 0..l (h⁽⁰⁾ = x), shape (nₖ, 1). */
    public Tensor h(int k) {
        requireForward("h");
        if (k < 0 || k > depth()) {
            throw new IllegalArgumentException("h(k): k must be in 0.." + depth() + ", got " + k);
        }
        return h.get(k).copy();
    }

    /** L(ŷ, y) = ½‖ŷ − y‖² of the last forward. */
    public double loss() {
        requireForward("loss");
        return loss;
    }

    /** J = L + λΩ of the last forward. */
    public double cost() {
        requireForward("cost");
        return cost;
    }

    /** ∇W⁽ᵏ⁾ J for k = 1..l, shape (nₖ, nₖ₋₁). */
    public Tensor weightGradient(int k) {
        requireBackward();
        return gradW.get(layerIndex(k)).copy();
    }

    /** ∇b⁽ᵏ⁾ J for k = 1..l, shape (nₖ, 1). */
    public Tensor biasGradient(int k) {
        requireBackward();
        return gradB.get(layerIndex(k)).copy();
    }

    /** W⁽ᵏ⁾ for k = 1..l (a copy). */
    public Tensor weight(int k) {
        return weights.get(layerIndex(k)).copy();
    }

    /** b⁽ᵏ⁾ for k = 1..l as a column (a copy). */
    public Tensor bias(int k) {
        return biases.get(layerIndex(k)).copy();
    }

    private int layerIndex(int k) {
        if (k < 1 || k > depth()) {
            throw new IllegalArgumentException("layer k must be in 1.." + depth() + " (the book counts from 1), got " + k);
        }
        return k - 1;
    }

    private void requireForward(String what) {
        if (y == null) {
            throw new IllegalStateException("FeedForward." + what + ": run forward(x, y) first");
        }
    }

    private void requireBackward() {
        if (gradW.isEmpty()) {
            throw new IllegalStateException("FeedForward: run backward() after forward(x, y) first");
        }
    }
}
