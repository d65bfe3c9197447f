package org.jbackprop.nn.loss;

import java.util.Arrays;
import org.jbackprop.nn.Softmax;
import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.ShapeMismatchException;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.LossWatch;
import org.jbackprop.train.Stop;

/**
 * Softmax followed by cross-entropy, in Saito's form ({@code common/layers.py SoftmaxWithLoss}):
 *
 * <ul>
 *   <li>y = softmax(x) over each row (see {@link Softmax});</li>
 *   <li>L = −(1/N) Σₙ Σₖ tₙₖ · log(yₙₖ + 1e-7), the 1e-7 keeping log away from −∞;</li>
 *   <li>backward: dx = (y − t) / N · dout (the 1e-7 is ignored here, as in Saito's code).</li>
 * </ul>
 *
 * <p>x of shape (N, C) (or (C,) for one sample, N = 1). t either one-hot of the shape of x, or class
 * indices of shape (N,) or (N, 1) with integer values in [0, C).
 */
public final class SoftmaxWithLoss implements Loss {

    /** The 1e-7 Saito adds inside the log. */
    public static final double DELTA = 1e-7;

    private Tensor y;
    private Tensor oneHot;
    private int batch;
    private double loss;

    /** Softmax with cross-entropy loss. */
    public SoftmaxWithLoss() {
    }

    /** L = −(1/N) Σ t·log(softmax(x) + 1e-7); t one-hot or class indices. */
    @Override
    public double forward(Tensor x, Tensor t) {
        if (x == null || t == null) {
            throw new IllegalArgumentException("SoftmaxWithLoss.forward: x and t must not be null");
        }
        if (x.rank() != 1 && x.rank() != 2) {
            throw new IllegalArgumentException("SoftmaxWithLoss.forward: scores x must have shape (N, C) or (C,), got "
                    + x.shapeString());
        }
        Tensor scores = x.rank() == 1 ? x.reshape(1, x.shape(0)) : x;
        Tensor target = targets(scores, t, x.rank() == 1);
        Tensor probabilities = Softmax.softmax(scores);
        this.batch = scores.shape(0);
        this.oneHot = target;
        this.y = x.rank() == 1 ? probabilities.reshape(x.shape(0)) : probabilities;
        Stop.check("SoftmaxWithLoss.forward");
        loss = -target.mul(probabilities.add(DELTA).log()).sum().item() / batch;
        return loss;
    }

    /** dx = (y − t) / N · dOut, of the shape of x. */
    @Override
    public Tensor backward(double dOut) {
        if (y == null) {
            throw new IllegalStateException("SoftmaxWithLoss.backward called before forward: "
                    + "there is no y or t for dx = (y − t)/N");
        }
        LossWatch.backwardFrom("SoftmaxWithLoss", loss);
        Tensor t = y.rank() == 1 ? oneHot.reshape(y.shape(0)) : oneHot;
        return y.sub(t).mul(dOut / batch);
    }

    /** The softmax output y of the last forward, shape of x. */
    public Tensor y() {
        if (y == null) {
            throw new IllegalStateException("SoftmaxWithLoss.y: call forward first");
        }
        return y.copy();
    }

    /** The targets of the last forward as a one-hot (N, C) tensor. */
    public Tensor t() {
        if (oneHot == null) {
            throw new IllegalStateException("SoftmaxWithLoss.t: call forward first");
        }
        return oneHot.copy();
    }

    private static Tensor targets(Tensor scores, Tensor t, boolean single) {
        int n = scores.shape(0);
        int classes = scores.shape(1);
        int[] s = t.shape();
        if (Arrays.equals(s, scores.shape()) || (single && s.length == 1 && s[0] == classes && classes != 1)) {
            return t.reshape(n, classes);
        }
        boolean indices = (s.length == 1 && s[0] == n) || (s.length == 2 && s[0] == n && s[1] == 1)
                || (single && s.length == 0);
        if (!indices) {
            throw ShapeMismatchException.expected("SoftmaxWithLoss.forward", scores.shape(), s,
                    ShapeCheck.firstDifference(scores.shape(), s), "SoftmaxWithLoss.forward: t must be one-hot of shape "
                    + scores.shapeString() + " or class indices of shape (" + n + ",) or (" + n + ", 1), got "
                    + t.shapeString());
        }
        double[] labels = t.toArray();
        Tensor out = Tensor.zeros(n, classes);
        for (int row = 0; row < n; row++) {
            double label = labels[row];
            if (!(label >= 0 && label < classes) || label != Math.rint(label)) {
                throw new IllegalArgumentException("SoftmaxWithLoss.forward: label " + label + " in row " + row
                        + " is not a class index in [0, " + classes + ")");
            }
            out.set(1.0, row, (int) label);
        }
        return out;
    }

    @Override
    public String toString() {
        return "SoftmaxWithLoss";
    }
}
