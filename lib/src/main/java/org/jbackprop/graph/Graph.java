package org.jbackprop.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jbackprop.tensor.Significant;

/**
 * A scalar computational graph for the chain-rule lectures (cs231n lecture 4, micrograd).
 *
 * <p>Build it gate by gate; each gate computes its forward value at once. Then
 * {@link #backward(Node)} walks the nodes in reverse topological order and fills every node's
 * {@link Node#grad() gradient} with the chain rule: downstream = upstream × local gradient,
 * summed where a node feeds several gates.
 *
 * <pre>{@code
 * Graph g = new Graph();
 * Node x = g.input("x", -2), y = g.input("y", 5), z = g.input("z", -4);
 * Node q = g.add(x, y).name("q");     // q = 3
 * Node f = g.mul(q, z).name("f");     // f = -12
 * g.backward(f);                      // x.grad() = -4, y.grad() = -4, z.grad() = 3
 * }</pre>
 *
 * <p>Gates carry the words of {@code Tensor} and {@code Variable}: add, sub, mul, maximum, exp, log,
 * reciprocal (1/x), neg (*-1), square, sigmoid, and add/mul with a constant (+c, *c). An input is
 * named when it is made; a gate is named, if at all, with {@link Node#name(String)} on the node it
 * returns. Names are what drawings and traces show.
 */
public final class Graph {

    private final List<Node> nodes = new ArrayList<>();

    /** An empty graph. */
    public Graph() {
    }

    // ---- inputs ----------------------------------------------------------------------------

    /** A leaf node holding {@code value}, e.g. {@code input("x", -2)}. */
    public Node input(String label, double value) {
        requireLabel(label);
        return make(label, Gate.INPUT, 0, List.of(), value);
    }

    // ---- binary gates ----------------------------------------------------------------------

    /** a + b. Local gradients 1, 1 (the add gate distributes the upstream gradient). */
    public Node add(Node a, Node b) {
        return gate(Gate.ADD, 0, a, b);
    }

    /** a − b. Local gradients 1, −1. */
    public Node sub(Node a, Node b) {
        return gate(Gate.SUB, 0, a, b);
    }

    /** a · b. Local gradients b, a (the multiply gate swaps its inputs). */
    public Node mul(Node a, Node b) {
        return gate(Gate.MUL, 0, a, b);
    }

    /**
     * max(a, b), numpy's {@code maximum} (drawn "max"): the gradient goes to the larger input only;
     * on a tie it goes to {@code a}.
     */
    public Node maximum(Node a, Node b) {
        return gate(Gate.MAXIMUM, 0, a, b);
    }

    // ---- gates with a constant -------------------------------------------------------------

    /** x + c (drawn "+1" for c = 1), like {@code Tensor.add(double)}. Local gradient 1. */
    public Node add(Node x, double c) {
        return gate(Gate.ADD_CONSTANT, c, x);
    }

    /** c · x (drawn "*3" for c = 3), like {@code Tensor.mul(double)}. Local gradient c. */
    public Node mul(Node x, double c) {
        return gate(Gate.MUL_CONSTANT, c, x);
    }

    // ---- unary gates -----------------------------------------------------------------------

    /** eˣ. Local gradient eˣ. */
    public Node exp(Node x) {
        return gate(Gate.EXP, 0, x);
    }

    /** ln x. Local gradient 1/x. */
    public Node log(Node x) {
        return gate(Gate.LOG, 0, x);
    }

    /** 1/x, numpy's {@code reciprocal} (drawn "1/x"). Local gradient −1/x². */
    public Node reciprocal(Node x) {
        return gate(Gate.RECIPROCAL, 0, x);
    }

    /** −x (drawn "*-1"). Local gradient −1. */
    public Node neg(Node x) {
        return gate(Gate.NEG, 0, x);
    }

    /** x². Local gradient 2x. */
    public Node square(Node x) {
        return gate(Gate.SQUARE, 0, x);
    }

    /** σ(x) = 1/(1+e^−x) as one gate. Local gradient (1 − σ(x))·σ(x). */
    public Node sigmoid(Node x) {
        return gate(Gate.SIGMOID, 0, x);
    }

    // ---- reading the graph -----------------------------------------------------------------

    /** All nodes in topological order (every node after its inputs): the order they were made. */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** The input (leaf) nodes, in the order they were made. */
    public List<Node> inputs() {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.isInput()) {
                out.add(n);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The node with this label; throws if there is none or more than one. */
    public Node node(String label) {
        Node found = null;
        for (Node n : nodes) {
            if (n.label().equals(label)) {
                if (found != null) {
                    throw new IllegalArgumentException("two nodes are labelled '" + label + "' (ids "
                            + found.id() + " and " + n.id() + ")");
                }
                found = n;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no node is labelled '" + label + "'; labels are " + labels());
        }
        return found;
    }

    // ---- forward and backward --------------------------------------------------------------

    /**
     * Gives an input a new value and recomputes every gate's forward value. Gradients keep the values
     * of the last backward pass until the next {@link #backward(Node)}.
     */
    public void set(Node input, double value) {
        requireOwn(input, "set");
        if (!input.isInput()) {
            throw new IllegalArgumentException("set: node " + input.name() + " is the output of the '"
                    + input.op() + "' gate; only input nodes can be set");
        }
        input.setValue(value);
        forward();
    }

    /** Recomputes every gate's value from its inputs, in topological order. */
    public void forward() {
        for (Node n : nodes) {
            n.recompute();
        }
    }

    /** Backward from {@code output} with upstream gradient 1: afterwards node.grad() = ∂output/∂node. */
    public void backward(Node output) {
        backward(output, 1.0);
    }

    /**
     * Backward from {@code output} with the given upstream gradient (Saito's {@code dprice = 1}).
     * Replaces every node's gradient: the output gets {@code upstream}, then each gate, in reverse
     * topological order, adds upstream × local gradient to each of its inputs.
     */
    public void backward(Node output, double upstream) {
        requireOwn(output, "backward");
        for (Node n : nodes) {
            n.setGrad(0.0);
        }
        output.setGrad(upstream);
        for (int k = output.id(); k >= 0; k--) {
            Node n = nodes.get(k);
            if (n.grad() == 0.0 || n.isInput()) {
                continue;
            }
            for (int i = 0; i < n.inputs().size(); i++) {
                n.inputs().get(i).addGrad(n.grad() * n.localGradient(i));
            }
        }
    }

    /**
     * ∂output/∂input by central differences, (f(v+h) − f(v−h)) / 2h, leaving the input's value as it
     * was. Use it to check {@link #backward(Node)}: the lecture uses h = 1e-5.
     */
    public double numericalGradient(Node output, Node input, double h) {
        requireOwn(output, "numericalGradient");
        requireOwn(input, "numericalGradient");
        if (!input.isInput()) {
            throw new IllegalArgumentException("numericalGradient: " + input.name()
                    + " is not an input node; only inputs can be nudged");
        }
        double v = input.value();
        try {
            set(input, v + h);
            double plus = output.value();
            set(input, v - h);
            double minus = output.value();
            return (plus - minus) / (2 * h);
        } finally {
            set(input, v);
        }
    }

    /**
     * The chain-rule trace of ∂output/∂input along the single path from input to output: one factor
     * per named node on the path, e.g. for f = (x+y)z the trace of ∂f/∂x is
     * ∂f/∂q · ∂q/∂x = z · 1 = −4. Unnamed gates between two named nodes fold into one factor (the
     * product of their local gradients), so a net built gate by gate traces as the slide writes it:
     * ∂net_o1/∂w5 = out_h1 although net_o1 = (w5·out_h1 + w6·out_h2) + b2 takes three gates. Throws if the input reaches the output along more than one path
     * (then the gradient is a sum of traces) or along none.
     */
    public Trace trace(Node output, Node input) {
        requireOwn(output, "trace");
        requireOwn(input, "trace");
        List<List<Node>> paths = new ArrayList<>();
        collectPaths(output, input, new ArrayList<>(), paths);
        String name = "∂" + output.name() + "/∂" + input.name();
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("trace: " + output.name() + " does not depend on "
                    + input.name() + ", so " + name + " = 0 and there is no chain to trace");
        }
        if (paths.size() > 1) {
            throw new IllegalArgumentException("trace: " + input.name() + " reaches " + output.name()
                    + " along " + paths.size() + " paths; " + name
                    + " is the sum of one trace per path, so trace each path's last gate separately");
        }
        List<Node> path = paths.get(0); // output first, input last
        Trace t = Trace.of(name);
        Node stop = output;
        double factor = 1.0;
        for (int k = 0; k + 1 < path.size(); k++) {
            Node gate = path.get(k);
            Node in = path.get(k + 1);
            factor *= gate.localGradient(gate.inputs().indexOf(in));
            if (in.isNamed() || in == input) {
                t = t.times("∂" + stop.name() + "/∂" + in.name(), stop.formula(true), factor);
                stop = in;
                factor = 1.0;
            }
        }
        return t;
    }

    private static void collectPaths(Node from, Node target, List<Node> prefix, List<List<Node>> out) {
        prefix.add(from);
        if (from == target) {
            out.add(new ArrayList<>(prefix));
        } else {
            for (Node in : from.inputs()) {
                collectPaths(in, target, prefix, out);
            }
        }
        prefix.remove(prefix.size() - 1);
    }

    /**
     * A text table of every node: id, label, op, inputs, value and gradient, e.g.
     * <pre>
     * id  label  op     inputs  value  grad
     *  0  x      input          -2     -4
     * </pre>
     */
    @Override
    public String toString() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "label", "op", "inputs", "value", "grad"});
        for (Node n : nodes) {
            List<String> ins = new ArrayList<>();
            for (Node i : n.inputs()) {
                ins.add(i.name());
            }
            rows.add(new String[] {Integer.toString(n.id()), n.label(), n.op(), String.join(", ", ins),
                Significant.format(n.value(), 9), Significant.format(n.grad(), 9)});
        }
        int[] w = new int[6];
        for (String[] r : rows) {
            for (int c = 0; c < 6; c++) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            String line = Numbers.right(r[0], w[0]) + "  " + Numbers.left(r[1], w[1]) + "  "
                    + Numbers.left(r[2], w[2]) + "  " + Numbers.left(r[3], w[3]) + "  "
                    + Numbers.right(r[4], w[4]) + "  " + Numbers.right(r[5], w[5]);
            sb.append(line.stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Node gate(Gate gate, double c, Node... in) {
        for (Node n : in) {
            requireOwn(n, gate.label(c));
        }
        double[] values = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            values[i] = in[i].value();
        }
        return make("", gate, c, List.of(in), gate.forward(values, c));
    }

    private Node make(String label, Gate gate, double c, List<Node> in, double value) {
        Node n = new Node(this, nodes.size(), label, gate, c, in, value);
        nodes.add(n);
        return n;
    }

    private void requireOwn(Node n, String operation) {
        if (n == null) {
            throw new IllegalArgumentException(operation + ": node is null");
        }
        if (n.graph() != this) {
            throw new IllegalArgumentException(operation + ": node " + n.name()
                    + " belongs to another graph; build every gate of one expression in one Graph");
        }
    }

    private static void requireLabel(String label) {
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("an input node needs a label such as \"x\"");
        }
    }

    private List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            if (!n.label().isEmpty()) {
                out.add(n.label());
            }
        }
        return out;
    }
}
