package org.jbackprop.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One node of a scalar computational {@link Graph}: an input such as {@code x}, or the output of a
 * gate such as {@code q = x + y}. It keeps its forward value and, after {@link Graph#backward(Node)},
 * its gradient: the derivative of the graph's output with respect to this node.
 *
 * <p>Nodes are made by a graph's gate methods ({@code graph.add(x, y)}), never directly; a gate's node
 * is named with {@link #name(String)}: {@code Node q = g.add(x, y).name("q")}.
 */
public final class Node {

    private final Graph graph;
    private final int id;
    private String label;
    private final Gate gate;
    private final double constant;
    private final List<Node> inputs;
    private double value;
    private double grad;

    Node(Graph graph, int id, String label, Gate gate, double constant, List<Node> inputs, double value) {
        this.graph = graph;
        this.id = id;
        this.label = label == null ? "" : label;
        this.gate = gate;
        this.constant = constant;
        this.inputs = Collections.unmodifiableList(new ArrayList<>(inputs));
        this.value = value;
    }

    /** The node's number within its graph: 0, 1, 2, ... in the order the nodes were made. */
    public int id() {
        return id;
    }

    /** The name the student gave, e.g. "x" or "q"; the empty string for an unnamed intermediate node. */
    public String label() {
        return label;
    }

    /** The label if there is one, otherwise "n" followed by the id (e.g. "n5"); used in tables. */
    public String name() {
        return label.isEmpty() ? "n" + id : label;
    }

    /**
     * Names this node as the lecture does ({@code "net_h1"}, {@code "out_h1"}) and returns it, so a
     * gate is named where it is made: {@code Node q = g.add(x, y).name("q")}. Drawings show the name
     * and {@link Graph#trace traces} stop at named nodes.
     */
    public Node name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a node's name must not be empty; got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
        this.label = name;
        return this;
    }

    /** True once the node has a name given by the student (every input has one). */
    public boolean isNamed() {
        return !label.isEmpty();
    }

    /**
     * The gate that made this node, as drawn in the lecture: "input", "+", "-", "*", "max", "exp",
     * "log", "1/x", "*-1", "^2", "+1" (add a constant), "*3" (multiply by a constant), "σ".
     */
    public String op() {
        return gate.label(constant);
    }

    /** True for a leaf made with {@link Graph#input(String, double)}. */
    public boolean isInput() {
        return gate == Gate.INPUT;
    }

    /** The forward value. */
    public double value() {
        return value;
    }

    /**
     * ∂output/∂node from the last {@link Graph#backward(Node)}; 0 before any backward and for nodes
     * the output does not depend on.
     */
    public double grad() {
        return grad;
    }

    /** The nodes this gate reads, in argument order (empty for an input). */
    public List<Node> inputs() {
        return inputs;
    }

    /**
     * The local gradients ∂node/∂input, one per input in argument order, at the current values
     * (e.g. for q·z: [z, q]). Empty for an input node.
     */
    public List<Double> localGrads() {
        List<Double> out = new ArrayList<>(inputs.size());
        double[] in = inputValues();
        for (int i = 0; i < inputs.size(); i++) {
            out.add(gate.localGradient(i, in, constant, value));
        }
        return Collections.unmodifiableList(out);
    }

    /** The graph this node belongs to. */
    public Graph graph() {
        return graph;
    }

    /** E.g. {@code q = x + y = 3.0 (grad -4.0)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name()).append(" = ");
        if (!isInput()) {
            sb.append(formula()).append(" = ");
        }
        return sb.append(value).append(" (grad ").append(grad).append(')').toString();
    }

    /** The gate applied to its inputs' names, e.g. "x + y", "exp(n4)", "n6 +1". */
    String formula() {
        return formula(false);
    }

    /**
     * The gate applied to its inputs; with {@code expand}, an unnamed input gate is written out
     * through its own inputs, so {@code net_o1} reads "w5 * out_h1 + w6 * out_h2 + b2".
     */
    String formula(boolean expand) {
        switch (gate) {
            case INPUT:
                return name();
            case ADD:
            case SUB:
            case MUL:
                return operand(0, expand) + " " + op() + " " + operand(1, expand);
            case MAXIMUM:
                return "max(" + operand(0, expand) + ", " + operand(1, expand) + ")";
            case ADD_CONSTANT:
            case MUL_CONSTANT:
            case NEG:
            case SQUARE:
                return operand(0, expand) + " " + op();
            default:
                Node in = inputs.get(0);
                return op() + "(" + (expand && !in.isNamed() ? in.formula(true) : in.name()) + ")";
        }
    }

    private String operand(int i, boolean expand) {
        Node in = inputs.get(i);
        if (!expand || in.isNamed() || in.isInput()) {
            return in.name();
        }
        String inner = in.formula(true);
        boolean sameLevel = (gate == Gate.ADD && (in.gate == Gate.ADD || in.gate == Gate.MUL))
                || (gate == Gate.MUL && in.gate == Gate.MUL)
                || (gate == Gate.SUB && i == 0 && (in.gate == Gate.ADD || in.gate == Gate.MUL))
                || in.gate == Gate.EXP || in.gate == Gate.LOG || in.gate == Gate.SIGMOID
                || in.gate == Gate.RECIPROCAL || in.gate == Gate.MAXIMUM
                || (postfix(gate) && postfix(in.gate));
        return sameLevel ? inner : "(" + inner + ")";
    }

    /** Gates written after their operand: "x +1", "x *3", "x *-1", "x ^2". */
    private static boolean postfix(Gate g) {
        return g == Gate.ADD_CONSTANT || g == Gate.MUL_CONSTANT || g == Gate.NEG || g == Gate.SQUARE;
    }

    double[] inputValues() {
        double[] in = new double[inputs.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = inputs.get(i).value;
        }
        return in;
    }

    Gate gate() {
        return gate;
    }

    void recompute() {
        if (gate != Gate.INPUT) {
            value = gate.forward(inputValues(), constant);
        }
    }

    void setValue(double v) {
        value = v;
    }

    void setGrad(double g) {
        grad = g;
    }

    void addGrad(double g) {
        grad += g;
    }

    double localGradient(int i) {
        return gate.localGradient(i, inputValues(), constant, value);
    }
}
