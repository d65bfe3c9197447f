package org.jbackprop.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jbackprop.nn.Parameter;
import org.jbackprop.tensor.ShapeCheck;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.LossWatch;
import org.jbackprop.train.Stop;

/**
 * A tensor that remembers how it was computed, so that {@link #backward()} can differentiate for you:
 * a small reverse-mode engine, micrograd's {@code Value} lifted to tensors (the lecture's PyTorch code
 * calls it {@code Variable}).
 *
 * <pre>{@code
 * Variable w = Variable.parameter(new Parameter("W", Tensor.of(5.0)));   // a trainable leaf
 * Variable x = Variable.constant(Tensor.of(1, 2, 3));
 * Variable cost = w.mul(x).sub(Tensor.of(1, 2, 3)).square().mean();
 * cost.backward();                                  // fills w.grad(), i.e. the Parameter's gradient
 * new SGD(List.of(w.parameter()), 0.1).step();
 * }</pre>
 *
 * <p>Leaves are either constants (no gradient) or wrap a {@link Parameter}: backward <em>adds</em>
 * into the parameter's gradient, so one {@code SGD}/{@code Adam} serves layers and autograd alike,
 * and {@code zeroGrad()} is needed between steps as in PyTorch. Intermediate variables keep the
 * gradient of the last backward pass for inspection.
 *
 * <p>A variable shares no tensor with its caller, except that a parameter leaf's value is its
 * Parameter's live value (so optimizer steps show up in the next forward). An operation keeps a
 * snapshot of each parameter value it uses, so stepping the optimizer before {@code backward()}
 * does not change the gradients: backward differentiates what the forward pass computed.
 *
 * <p>Operations: matmul, add, sub, mul, div (numpy broadcasting; gradients are summed back to each
 * operand's shape), neg, sigmoid, relu, tanh, log, exp, abs, square, pow, sqrt, clip, transpose,
 * reshape, softmax and logSoftmax (along an axis), and the reductions sum, mean, max and min over all
 * elements, one axis or several ({@code mean(new int[] {1, 2})} is {@code np.mean(x, axis=(1, 2))}).
 */
public final class Variable {

    private final Tensor value;
    private final Op op;
    private final List<Variable> inputs;
    /** The inputs' values as this operation used them: parameter values are snapshots. */
    private final List<Tensor> inputValues;
    private final int[] axes;          // the reduced or permuted axes; null for all
    private final boolean keepDims;
    private final double c1;           // pow's exponent, clip's lower bound
    private final double c2;           // clip's upper bound
    private final Parameter parameter;
    private final boolean requiresGrad;
    private Tensor grad;
    /** The backward pass that last reached this variable, and its gradient summed so far in that pass. */
    private int pass;
    private Tensor pending;

    /** Numbers the backward passes, so that a variable knows whether this pass has reached it yet. */
    private static final java.util.concurrent.atomic.AtomicInteger PASSES = new java.util.concurrent.atomic.AtomicInteger();

    private Variable(Tensor value, Op op, List<Variable> inputs, int[] axes, boolean keepDims, Parameter parameter) {
        this(value, op, inputs, axes, keepDims, parameter, 0, 0);
    }

    private Variable(Tensor value, Op op, List<Variable> inputs, int[] axes, boolean keepDims, Parameter parameter,
                     double c1, double c2) {
        this.value = value;
        this.op = op;
        this.inputs = inputs;
        List<Tensor> used = new ArrayList<>(inputs.size());
        for (Variable in : inputs) {
            used.add(in.parameter != null ? in.value.copy() : in.value);
        }
        this.inputValues = used;
        this.axes = axes;
        this.keepDims = keepDims;
        this.c1 = c1;
        this.c2 = c2;
        this.parameter = parameter;
        boolean any = parameter != null;
        for (Variable in : inputs) {
            any |= in.requiresGrad;
        }
        this.requiresGrad = any;
    }

    // ---- leaves ----------------------------------------------------------------------------

    /** A leaf that needs no gradient (data, targets); holds a copy of {@code value}. */
    public static Variable constant(Tensor value) {
        if (value == null) {
            throw new IllegalArgumentException("Variable.constant: value is null");
        }
        return new Variable(value.copy(), Op.CONSTANT, List.of(), null, false, null);
    }

    /** A rank-0 constant. */
    public static Variable constant(double value) {
        return constant(Tensor.scalar(value));
    }

    /**
     * A trainable leaf backed by {@code p}: its value is p's live value (so optimizer updates show up
     * in the next forward) and backward adds into p's gradient.
     */
    public static Variable parameter(Parameter p) {
        if (p == null) {
            throw new IllegalArgumentException("Variable.parameter: parameter is null");
        }
        return new Variable(p.value(), Op.PARAMETER, List.of(), null, false, p);
    }

    /** A trainable leaf backed by a new {@link Parameter} named {@code name} holding a copy of {@code initial}. */
    public static Variable parameter(String name, Tensor initial) {
        return parameter(new Parameter(name, initial));
    }

    // ---- binary operations (numpy broadcasting) --------------------------------------------

    /** this + other, broadcasting. */
    public Variable add(Variable other) {
        return binary(Op.ADD, other, value.add(other(other, "add").value));
    }

    /** this + a constant tensor. */
    public Variable add(Tensor other) {
        return add(constant(other));
    }

    /** this + c. */
    public Variable add(double c) {
        return add(constant(c));
    }

    /** this − other, broadcasting. */
    public Variable sub(Variable other) {
        return binary(Op.SUB, other, value.sub(other(other, "sub").value));
    }

    /** this − a constant tensor. */
    public Variable sub(Tensor other) {
        return sub(constant(other));
    }

    /** this − c. */
    public Variable sub(double c) {
        return sub(constant(c));
    }

    /** c − this (e.g. 1 − h in the cross-entropy). */
    public Variable rsub(double c) {
        return constant(c).sub(this);
    }

    /** this ⊙ other (element-wise), broadcasting. */
    public Variable mul(Variable other) {
        return binary(Op.MUL, other, value.mul(other(other, "mul").value));
    }

    /** this ⊙ a constant tensor. */
    public Variable mul(Tensor other) {
        return mul(constant(other));
    }

    /** c · this. */
    public Variable mul(double c) {
        return mul(constant(c));
    }

    /** this / other (element-wise), broadcasting. */
    public Variable div(Variable other) {
        return binary(Op.DIV, other, value.div(other(other, "div").value));
    }

    /** this / a constant tensor. */
    public Variable div(Tensor other) {
        return div(constant(other));
    }

    /** this / c. */
    public Variable div(double c) {
        return div(constant(c));
    }

    /** Matrix product this @ other of 2-d tensors: (N, k) @ (k, M) → (N, M). */
    public Variable matmul(Variable other) {
        other(other, "matmul");
        if (value.rank() != 2 || other.value.rank() != 2) {
            throw new IllegalArgumentException("Variable.matmul: autograd supports 2-d @ 2-d, got "
                    + value.shapeString() + " @ " + other.value.shapeString()
                    + "; reshape vectors to (1, n) or (n, 1)");
        }
        return binary(Op.MATMUL, other, value.matmul(other.value));
    }

    /** Matrix product with a constant matrix. */
    public Variable matmul(Tensor other) {
        return matmul(constant(other));
    }

    // ---- unary operations ------------------------------------------------------------------

    /** −this. */
    public Variable neg() {
        return unary(Op.NEG, value.neg());
    }

    /** σ(this) = 1/(1+e^−x); local gradient σ(1 − σ). */
    public Variable sigmoid() {
        return unary(Op.SIGMOID, value.sigmoid());
    }

    /** max(0, this); local gradient [x &gt; 0]. */
    public Variable relu() {
        return unary(Op.RELU, value.relu());
    }

    /** tanh(this); local gradient 1 − tanh². */
    public Variable tanh() {
        return unary(Op.TANH, value.tanh());
    }

    /** ln(this); local gradient 1/x. */
    public Variable log() {
        return unary(Op.LOG, value.log());
    }

    /** e^this; local gradient e^x. */
    public Variable exp() {
        return unary(Op.EXP, value.exp());
    }

    /** |this|; local gradient sign(x), with sign(0) = 0 like PyTorch. */
    public Variable abs() {
        return unary(Op.ABS, value.abs());
    }

    /** this²; local gradient 2x. */
    public Variable square() {
        return unary(Op.SQUARE, value.square());
    }

    /** this^p element-wise ({@code x ** p}, {@code tf.pow}); local gradient p·x^(p−1). */
    public Variable pow(double p) {
        return new Variable(value.pow(p), Op.POW, List.of(this), null, false, null, p, 0);
    }

    /** √this; local gradient 1/(2√x). */
    public Variable sqrt() {
        return unary(Op.SQRT, value.sqrt());
    }

    /**
     * this limited to [lo, hi] ({@code tf.clip_by_value(h, 1e-7, 1 - 1e-7)}, {@code torch.clamp}); the
     * gradient passes where lo ≤ x ≤ hi and is 0 where the value was clipped, as in PyTorch.
     */
    public Variable clip(double lo, double hi) {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("Variable.clip: lo must be ≤ hi, got lo = " + lo + ", hi = " + hi);
        }
        return new Variable(value.clip(lo, hi), Op.CLIP, List.of(this), null, false, null, lo, hi);
    }

    // ---- shape -----------------------------------------------------------------------------

    /** The axes reversed ({@code x.T}): (N, M) becomes (M, N); the gradient is transposed back. */
    public Variable transpose() {
        int[] perm = new int[value.rank()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = perm.length - 1 - i;
        }
        return transpose(perm);
    }

    /** The axes permuted like {@code np.transpose(x, axes)}; the gradient gets the inverse permutation. */
    public Variable transpose(int... axes) {
        Tensor t = value.transpose(axes);
        int[] perm = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            perm[i] = axes[i] < 0 ? axes[i] + axes.length : axes[i];
        }
        return new Variable(t, Op.TRANSPOSE, List.of(this), perm, false, null);
    }

    /** The same values in a new shape (one −1 is inferred), like {@code x.reshape(...)}. */
    public Variable reshape(int... shape) {
        return unary(Op.RESHAPE, value.reshape(shape));
    }

    // ---- softmax ---------------------------------------------------------------------------

    /** softmax along the last axis ({@code tf.nn.softmax}): e^x / Σ e^x, computed stably. */
    public Variable softmax() {
        return softmax(-1);
    }

    /** softmax along {@code axis}; local gradient y ⊙ (g − Σ g ⊙ y). */
    public Variable softmax(int axis) {
        int a = normalise(axis);
        Tensor shifted = value.sub(value.max(a, true));
        Tensor e = shifted.exp();
        return new Variable(e.div(e.sum(a, true)), Op.SOFTMAX, List.of(this), new int[] {a}, true, null);
    }

    /** log(softmax(x)) along the last axis ({@code tf.nn.log_softmax}), without taking log of 0. */
    public Variable logSoftmax() {
        return logSoftmax(-1);
    }

    /** log-softmax along {@code axis}: x − max − log Σ e^(x − max); local gradient g − softmax ⊙ Σ g. */
    public Variable logSoftmax(int axis) {
        int a = normalise(axis);
        Tensor shifted = value.sub(value.max(a, true));
        Tensor out = shifted.sub(shifted.exp().sum(a, true).log());
        return new Variable(out, Op.LOG_SOFTMAX, List.of(this), new int[] {a}, true, null);
    }

    // ---- reductions ------------------------------------------------------------------------

    /** Σ of all elements, rank 0. */
    public Variable sum() {
        return unary(Op.SUM, value.sum());
    }

    /** Σ along one axis (removed from the shape). */
    public Variable sum(int axis) {
        return sum(axis, false);
    }

    /** Σ along one axis, keeping it with length 1 if {@code keepDims}. */
    public Variable sum(int axis, boolean keepDims) {
        return sum(new int[] {axis}, keepDims);
    }

    /** Σ over several axes, like {@code np.sum(x, axis=(1, 2))}. */
    public Variable sum(int[] axes) {
        return sum(axes, false);
    }

    /** Σ over several axes, keeping them with length 1 if {@code keepDims}. */
    public Variable sum(int[] axes, boolean keepDims) {
        return new Variable(value.sum(axes, keepDims), Op.SUM_AXIS, List.of(this), normalise(axes), keepDims, null);
    }

    /** Mean of all elements, rank 0. */
    public Variable mean() {
        return unary(Op.MEAN, value.mean());
    }

    /** Mean along one axis (removed from the shape). */
    public Variable mean(int axis) {
        return mean(axis, false);
    }

    /** Mean along one axis, keeping it with length 1 if {@code keepDims}. */
    public Variable mean(int axis, boolean keepDims) {
        return mean(new int[] {axis}, keepDims);
    }

    /** Mean over several axes, like {@code np.mean(x, axis=(1, 2))}. */
    public Variable mean(int[] axes) {
        return mean(axes, false);
    }

    /** Mean over several axes, keeping them with length 1 if {@code keepDims}. */
    public Variable mean(int[] axes, boolean keepDims) {
        return new Variable(value.mean(axes, keepDims), Op.MEAN_AXIS, List.of(this), normalise(axes), keepDims, null);
    }

    /**
     * The largest element, rank 0. The gradient goes to the largest element; ties share it equally
     * (as TensorFlow's {@code reduce_max}).
     */
    public Variable max() {
        return max(allAxes(), false);
    }

    /** The largest elements along one axis (removed), like {@code tf.reduce_max(x, axis)}. */
    public Variable max(int axis) {
        return max(new int[] {axis}, false);
    }

    /** The largest elements along one axis, kept with length 1 if {@code keepDims}. */
    public Variable max(int axis, boolean keepDims) {
        return max(new int[] {axis}, keepDims);
    }

    /** The largest elements over several axes, kept with length 1 if {@code keepDims}. */
    public Variable max(int[] axes, boolean keepDims) {
        return new Variable(value.max(axes, keepDims), Op.MAX, List.of(this), normalise(axes), keepDims, null);
    }

    /** The smallest element, rank 0; ties share the gradient equally. */
    public Variable min() {
        return min(allAxes(), false);
    }

    /** The smallest elements along one axis (removed). */
    public Variable min(int axis) {
        return min(new int[] {axis}, false);
    }

    /** The smallest elements along one axis, kept with length 1 if {@code keepDims}. */
    public Variable min(int axis, boolean keepDims) {
        return min(new int[] {axis}, keepDims);
    }

    /** The smallest elements over several axes, kept with length 1 if {@code keepDims}. */
    public Variable min(int[] axes, boolean keepDims) {
        return new Variable(value.min(axes, keepDims), Op.MIN, List.of(this), normalise(axes), keepDims, null);
    }

    // ---- reading ---------------------------------------------------------------------------

    /** The forward value: a copy, except for a parameter leaf, whose value is the parameter's live value. */
    public Tensor value() {
        return parameter != null ? value : value.copy();
    }

    /** The single value of a one-element variable, e.g. the loss. */
    public double item() {
        return value.item();
    }

    /** The shape of the value. */
    public int[] shape() {
        return value.shape();
    }

    /**
     * ∂L/∂this from backward: for a parameter leaf the parameter's accumulated gradient; for other
     * variables the gradient of the last backward pass. Zeros if backward has not reached it; throws
     * for constants.
     */
    public Tensor grad() {
        if (parameter != null) {
            return parameter.grad();
        }
        if (!requiresGrad) {
            throw new IllegalStateException("a constant has no gradient; use Variable.parameter(...) for "
                    + "values you want to train or check");
        }
        return grad == null ? Tensor.zerosLike(value) : grad;
    }

    /** The parameter behind a trainable leaf, to hand to an optimizer; throws for other variables. */
    public Parameter parameter() {
        if (parameter == null) {
            throw new IllegalStateException("this variable is the result of '" + op.label
                    + "', not a trainable leaf; only Variable.parameter(...) leaves have a Parameter");
        }
        return parameter;
    }

    /** True if a gradient flows to this variable (it is a parameter or depends on one). */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** The operation that made it: "constant", "parameter", "matmul", "+", "-", "*", "/", "sigmoid", ... */
    public String op() {
        return op.label;
    }

    /** The operands, in order (empty for leaves). */
    public List<Variable> inputs() {
        return inputs;
    }

    // ---- backward --------------------------------------------------------------------------

    /**
     * Reverse-mode differentiation of a one-element variable (the loss): seeds ∂L/∂L = 1 and applies
     * the chain rule to every variable it depends on, in reverse topological order. Parameter leaves
     * accumulate; intermediate gradients are replaced.
     */
    public void backward() {
        if (value.size() != 1) {
            throw new IllegalStateException("backward() needs a one-element loss, got shape "
                    + value.shapeString() + "; reduce it with sum() or mean() first, or call backward(dOut)");
        }
        LossWatch.backwardFrom("Variable.backward", value.item());
        backward(Tensor.onesLike(value));
    }

    /** Backward with an explicit upstream gradient {@code dOut} of this variable's shape. */
    public void backward(Tensor dOut) {
        ShapeCheck.requireShape("Variable.backward", "dOut", value.shape(), dOut);
        if (!requiresGrad) {
            throw new IllegalStateException("backward: this result does not depend on any parameter, "
                    + "so there is nothing to differentiate; make the trainable leaves with Variable.parameter(...)");
        }
        Stop.check("Variable.backward");
        int thisPass = PASSES.incrementAndGet();
        List<Variable> order = topologicalOrder(thisPass);
        pending = dOut.copy();
        for (int k = order.size() - 1; k >= 0; k--) {
            Variable v = order.get(k);
            Tensor g = v.pending;
            v.pending = null;
            if (g == null) {
                continue;
            }
            if (v.parameter != null) {
                v.parameter.accumulate(g);
                continue;
            }
            v.grad = g;
            v.propagate(g);
        }
    }

    /**
     * Every variable this one depends on through inputs that need a gradient, inputs before the
     * variables computed from them; each is marked with {@code thisPass} and its pending gradient
     * cleared (a mark on the variable instead of a visited-set: no hashing of every node).
     */
    private List<Variable> topologicalOrder(int thisPass) {
        List<Variable> order = new ArrayList<>();
        Deque<Variable> stack = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        stack.push(this);
        next.push(0);
        this.pass = thisPass;
        this.pending = null;
        while (!stack.isEmpty()) {
            Variable v = stack.peek();
            int i = next.pop();
            if (i < v.inputs.size()) {
                next.push(i + 1);
                Variable in = v.inputs.get(i);
                if (in.requiresGrad && in.pass != thisPass) {
                    in.pass = thisPass;
                    in.pending = null;
                    stack.push(in);
                    next.push(0);
                }
            } else {
                stack.pop();
                order.add(v);
            }
        }
        return order;
    }

    /**
     * Adds this operation's input gradients, computed from its output gradient g, into each input's
     * pending gradient;
     * an input that needs no gradient (a constant such as the data or the targets) gets none computed.
     */
    private void propagate(Tensor g) {
        Variable a = inputs.isEmpty() ? null : inputs.get(0);
        Variable b = inputs.size() > 1 ? inputs.get(1) : null;
        Tensor av = inputValues.isEmpty() ? null : inputValues.get(0);
        Tensor bv = inputValues.size() > 1 ? inputValues.get(1) : null;
        switch (op) {
            case ADD:
                send(a, g);
                send(b, g);
                break;
            case SUB:
                send(a, g);
                if (b.requiresGrad) {
                    send(b, g.neg());
                }
                break;
            case MUL:
                if (a.requiresGrad) {
                    send(a, g.mul(bv));
                }
                if (b.requiresGrad) {
                    send(b, g.mul(av));
                }
                break;
            case DIV:
                if (a.requiresGrad) {
                    send(a, g.div(bv));
                }
                if (b.requiresGrad) {
                    send(b, g.mul(av).div(bv.square()).neg());
                }
                break;
            case MATMUL:
                if (a.requiresGrad) {
                    send(a, g.matmulTransposed(bv));      // g·Bᵀ, Bᵀ read in place
                }
                if (b.requiresGrad) {
                    send(b, av.transposedMatmul(g));      // Aᵀ·g, Aᵀ read in place
                }
                break;
            case NEG:
                send(a, g.neg());
                break;
            case SIGMOID:
                send(a, g.mul(value).mulInPlace(value.rsub(1.0))); // g·σ·(1 − σ), in this order
                break;
            case RELU:
                send(a, g.mul(av.step()));
                break;
            case TANH:
                send(a, g.mul(value.square().rsub(1.0)));
                break;
            case LOG:
                send(a, g.div(av));
                break;
            case EXP:
                send(a, g.mul(value));
                break;
            case ABS:
                send(a, g.mul(av.sign()));
                break;
            case SQUARE:
                send(a, g.mul(av).mulInPlace(2.0));
                break;
            case SUM:
                send(a, Tensor.full(g.item(), av.shape()));
                break;
            case MEAN:
                send(a, Tensor.full(g.item() / av.size(), av.shape()));
                break;
            case SUM_AXIS:
                send(a, spread(g, av.shape()));
                break;
            case MEAN_AXIS:
                send(a, spread(g, av.shape()).div(count(av.shape())));
                break;
            case MAX:
            case MIN: {
                Tensor winners = av.equal(spread(value, av.shape()));
                Tensor share = winners.div(spread(winners.sum(axes, keepDims), av.shape()));
                send(a, share.mul(spread(g, av.shape())));
                break;
            }
            case POW:
                send(a, g.mul(av.pow(c1 - 1)).mul(c1));
                break;
            case SQRT:
                send(a, g.div(value.mul(2.0)));
                break;
            case CLIP:
                send(a, g.mul(av.greaterEqual(c1).mul(av.lessEqual(c2))));
                break;
            case TRANSPOSE: {
                int[] inverse = new int[axes.length];
                for (int i = 0; i < axes.length; i++) {
                    inverse[axes[i]] = i;
                }
                send(a, g.transpose(inverse));
                break;
            }
            case RESHAPE:
                send(a, g.reshape(av.shape()));
                break;
            case SOFTMAX:
                send(a, value.mul(g.sub(g.mul(value).sum(axes[0], true))));
                break;
            case LOG_SOFTMAX:
                send(a, g.sub(value.exp().mul(g.sum(axes[0], true))));
                break;
            default:
                throw new AssertionError(op);
        }
    }

    /** A reduction's output (or its gradient) copied back along the reduced axes to the input's shape. */
    private Tensor spread(Tensor g, int[] inputShape) {
        if (keepDims) {
            return g.broadcastTo(inputShape);
        }
        int[] kept = inputShape.clone();
        for (int a : axes) {
            kept[a] = 1;
        }
        return g.reshape(kept).broadcastTo(inputShape);
    }

    /** How many input elements each output of a reduction over {@link #axes} combines. */
    private int count(int[] inputShape) {
        int n = 1;
        for (int a : axes) {
            n *= inputShape[a];
        }
        return n;
    }

    /** Adds g, summed back to the shape of {@code to}, into to's pending gradient of this pass. */
    private static void send(Variable to, Tensor g) {
        if (!to.requiresGrad) {
            return;
        }
        Tensor reduced = unbroadcast(g, to.value.shape());
        to.pending = to.pending == null ? reduced : to.pending.add(reduced);
    }

    /**
     * Sums a broadcast gradient back to an operand's shape: over the leading axes the operand lacked,
     * and over the axes where it had length 1.
     */
    static Tensor unbroadcast(Tensor g, int[] shape) {
        Tensor r = g;
        while (r.rank() > shape.length) {
            r = r.sum(0);
        }
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == 1 && r.shape(i) != 1) {
                r = r.sum(i, true);
            }
        }
        return r.reshape(shape);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Variable binary(Op op, Variable other, Tensor result) {
        return new Variable(result, op, List.of(this, other), null, false, null);
    }

    private Variable unary(Op op, Tensor result) {
        return new Variable(result, op, List.of(this), null, false, null);
    }

    private int[] allAxes() {
        int[] all = new int[value.rank()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** The axes made non-negative, in increasing order, each checked and named once. */
    private int[] normalise(int[] axes) {
        if (axes == null) {
            throw new IllegalArgumentException("axes is null; use sum() for all elements");
        }
        boolean[] seen = new boolean[value.rank()];
        for (int axis : axes) {
            int a = normalise(axis);
            if (seen[a]) {
                throw new IllegalArgumentException("axis " + axis + " is repeated in " + java.util.Arrays.toString(axes));
            }
            seen[a] = true;
        }
        int[] out = new int[axes.length];
        for (int i = 0, j = 0; i < seen.length; i++) {
            if (seen[i]) {
                out[j++] = i;
            }
        }
        return out;
    }

    private static Variable other(Variable other, String operation) {
        if (other == null) {
            throw new IllegalArgumentException("Variable." + operation + ": the other operand is null");
        }
        return other;
    }

    private int normalise(int axis) {
        int a = axis < 0 ? axis + value.rank() : axis;
        if (a < 0 || a >= value.rank()) {
            throw new IllegalArgumentException("axis " + axis + " is out of bounds for shape "
                    + value.shapeString());
        }
        return a;
    }

    /** E.g. {@code Variable(sigmoid, shape (4, 2))}. */
    @Override
    public String toString() {
        String name = parameter != null ? "parameter " + parameter.name() : op.label;
        return "Variable(" + name + ", shape " + value.shapeString() + ")";
    }

    /** The operations the engine knows, with the labels a graph drawing shows. */
    private enum Op {
        CONSTANT("constant"), PARAMETER("parameter"),
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MATMUL("matmul"),
        NEG("neg"), SIGMOID("sigmoid"), RELU("relu"), TANH("tanh"), LOG("log"), EXP("exp"),
        ABS("abs"), SQUARE("square"), POW("pow"), SQRT("sqrt"), CLIP("clip"),
        TRANSPOSE("transpose"), RESHAPE("reshape"), SOFTMAX("softmax"), LOG_SOFTMAX("log_softmax"),
        SUM("sum"), MEAN("mean"), SUM_AXIS("sum(axis)"), MEAN_AXIS("mean(axis)"), MAX("max"), MIN("min");

        final String label;

        Op(String label) {
            this.label = label;
        }
    }
}
