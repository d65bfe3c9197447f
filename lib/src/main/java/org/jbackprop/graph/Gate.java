package org.jbackprop.graph;

/**
 * The kinds of node a {@link Graph} can hold: its inputs and the gates of the chain-rule lectures,
 * each with its forward rule and its local gradient (cs231n lecture 4, derivative table p. 31).
 *
 * <p>Local gradients are stated for inputs {@code a} (and {@code b}), the constant {@code c} and the
 * gate's own output {@code out}.
 */
enum Gate {
    /** A leaf: a value the student chose (x, y, w0, ...). */
    INPUT(0),
    /** a + b; local gradients 1, 1 (the add gate distributes the upstream gradient). */
    ADD(2),
    /** a − b; local gradients 1, −1. */
    SUB(2),
    /** a · b; local gradients b, a (the multiply gate swaps its inputs). */
    MUL(2),
    /** max(a, b); local gradient 1 for the larger input, 0 for the other (ties: the first). */
    MAXIMUM(2),
    /** eˣ; local gradient eˣ = out. */
    EXP(1),
    /** ln x; local gradient 1/x. */
    LOG(1),
    /** 1/x; local gradient −1/x². */
    RECIPROCAL(1),
    /** −x, drawn "*-1"; local gradient −1. */
    NEG(1),
    /** x², local gradient 2x. */
    SQUARE(1),
    /** c + x, drawn e.g. "+1"; local gradient 1. */
    ADD_CONSTANT(1),
    /** c · x, drawn e.g. "*3"; local gradient c. */
    MUL_CONSTANT(1),
    /** σ(x) = 1/(1+e^−x); local gradient (1 − σ(x))·σ(x) = (1 − out)·out. */
    SIGMOID(1);

    final int arity;

    Gate(int arity) {
        this.arity = arity;
    }

    /** The forward rule. */
    double forward(double[] in, double c) {
        switch (this) {
            case ADD: return in[0] + in[1];
            case SUB: return in[0] - in[1];
            case MUL: return in[0] * in[1];
            case MAXIMUM: return Math.max(in[0], in[1]);
            case EXP: return Math.exp(in[0]);
            case LOG: return Math.log(in[0]);
            case RECIPROCAL: return 1.0 / in[0];
            case NEG: return -in[0];
            case SQUARE: return in[0] * in[0];
            case ADD_CONSTANT: return c + in[0];
            case MUL_CONSTANT: return c * in[0];
            case SIGMOID: return 1.0 / (1.0 + Math.exp(-in[0]));
            default: throw new IllegalStateException("an input node has no forward rule");
        }
    }

    /** The local gradient ∂out/∂in[i], given the inputs and the output already computed. */
    double localGradient(int i, double[] in, double c, double out) {
        switch (this) {
            case ADD: return 1.0;
            case SUB: return i == 0 ? 1.0 : -1.0;
            case MUL: return i == 0 ? in[1] : in[0];
            case MAXIMUM: return (i == 0) == (in[0] >= in[1]) ? 1.0 : 0.0;
            case EXP: return out;
            case LOG: return 1.0 / in[0];
            case RECIPROCAL: return -1.0 / (in[0] * in[0]);
            case NEG: return -1.0;
            case SQUARE: return 2.0 * in[0];
            case ADD_CONSTANT: return 1.0;
            case MUL_CONSTANT: return c;
            case SIGMOID: return (1.0 - out) * out;
            default: throw new IllegalStateException("an input node has no local gradient");
        }
    }

    /** The op label drawn in the gate: "+", "*", "max", "exp", "1/x", "*-1", "+1", "*3", "σ", ... */
    String label(double c) {
        switch (this) {
            case INPUT: return "input";
            case ADD: return "+";
            case SUB: return "-";
            case MUL: return "*";
            case MAXIMUM: return "max";
            case EXP: return "exp";
            case LOG: return "log";
            case RECIPROCAL: return "1/x";
            case NEG: return "*-1";
            case SQUARE: return "^2";
            case ADD_CONSTANT: return c < 0 || Double.isNaN(c) ? "+(" + Numbers.plain(c) + ")" : "+" + Numbers.plain(c);
            case MUL_CONSTANT: return "*" + Numbers.plain(c);
            case SIGMOID: return "σ";
            default: throw new AssertionError(this);
        }
    }
}
