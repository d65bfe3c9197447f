package org.jbackprop.nn.loss;

import org.jbackprop.tensor.Tensor;

/**
 * Binary cross-entropy on sigmoid outputs ŷ ∈ (0, 1) with targets t ∈ {0, 1} (or in [0, 1]):
 * loss_i = −t·log(ŷ) − (1 − t)·log(1 − ŷ), reduced by a sum (zoo lab-09-7:
 * {@code reduce_sum}) or a mean (XOR labs: {@code -reduce_mean(Y*log(h) + (1-Y)*log(1-h))}).
 *
 * <p>ŷ and t of the same shape. Backward: ∂loss_i/∂ŷ = (ŷ − t) / (ŷ(1 − ŷ)), divided by n for the
 * mean. Through a sigmoid this becomes the famous ∂L/∂l = ŷ − t. {@link #withDenominatorEpsilon}
 * reproduces lab-09-7's {@code d_loss = (ŷ − t) / (ŷ(1 − ŷ) + 1e-7)}.
 */
public final class BinaryCrossEntropy extends PairLoss {

    /** How the per-element losses are combined. */
    public enum Reduction {
        /** Σ over every element (lab-09-7). */
        SUM,
        /** Σ / n over every element (lab-09-1..4). */
        MEAN
    }

    private final Reduction reduction;
    private final double epsilon;

    private BinaryCrossEntropy(Reduction reduction, double epsilon) {
        this.reduction = reduction;
        this.epsilon = epsilon;
    }

    /** The summed form of the zoo lab (lab-09-7). */
    public static BinaryCrossEntropy sum() {
        return new BinaryCrossEntropy(Reduction.SUM, 0.0);
    }

    /** The mean form of the XOR labs (lab-09-1..4). */
    public static BinaryCrossEntropy mean() {
        return new BinaryCrossEntropy(Reduction.MEAN, 0.0);
    }

    /**
     * The same loss whose backward adds {@code epsilon} to the denominator,
     * (ŷ − t) / (ŷ(1 − ŷ) + ε), as lab-09-7 does with ε = 1e-7 to avoid dividing by zero. The loss
     * value is unchanged; the gradient is then slightly smaller than the exact one.
     */
    public BinaryCrossEntropy withDenominatorEpsilon(double epsilon) {
        if (!(epsilon >= 0)) {
            throw new IllegalArgumentException("epsilon must be ≥ 0, got " + epsilon);
        }
        return new BinaryCrossEntropy(reduction, epsilon);
    }

    /** SUM or MEAN. */
    public Reduction reduction() {
        return reduction;
    }

    /** The ε added in backward's denominator (0 for the exact gradient). */
    public double denominatorEpsilon() {
        return epsilon;
    }

    @Override
    String name() {
        return "BinaryCrossEntropy(" + reduction.name().toLowerCase(java.util.Locale.ROOT)
                + (epsilon == 0 ? "" : ", ε=" + epsilon) + ")";
    }

    @Override
    double value(Tensor y, Tensor t) {
        Tensor perElement = t.mul(y.log()).add(t.rsub(1.0).mul(y.rsub(1.0).log())).neg();
        return reduction == Reduction.SUM ? perElement.sum().item() : perElement.mean().item();
    }

    @Override
    Tensor gradient(Tensor y, Tensor t) {
        Tensor g = y.sub(t).div(y.mul(y.rsub(1.0)).add(epsilon));
        return reduction == Reduction.SUM ? g : g.div(y.size());
    }
}
