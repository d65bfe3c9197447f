package org.jbackprop.graph;

/**
 * The lecture circuits the tests share (lib and kernel-ext alike), each written out once and built
 * forward only: a test calls {@link Graph#backward(Node)} itself when it needs gradients.
 */
public final class Circuits {

    private Circuits() {
    }

    /**
     * cs231n lecture 4, "a simple example": f = (x + y)·z at x = −2, y = 5, z = −4; nodes x, y, z,
     * q = x + y = 3 and f = q·z = −12 (ids 0..4). After backward: ∂f/∂x = ∂f/∂y = −4, ∂f/∂z = 3.
     */
    public static Graph addMultiply() {
        Graph g = new Graph();
        Node x = g.input("x", -2);
        Node y = g.input("y", 5);
        Node z = g.input("z", -4);
        Node q = g.add(x, y).name("q");
        g.mul(q, z).name("f");
        return g;
    }

    /**
     * The cs231n sigmoid circuit gate by gate: w0·x0 + w1·x1 + w2 → *-1 → exp → +1 → 1/x = f, at
     * w = (2, −3, −3), x = (−1, −2); the eight gates are unnamed except f (ids 5..12).
     */
    public static Graph sigmoidCircuit() {
        Graph g = new Graph();
        Node w0 = g.input("w0", 2);
        Node x0 = g.input("x0", -1);
        Node w1 = g.input("w1", -3);
        Node x1 = g.input("x1", -2);
        Node w2 = g.input("w2", -3);
        Node a = g.mul(w0, x0);
        Node b = g.mul(w1, x1);
        Node c = g.add(a, b);
        Node d = g.add(c, w2);
        Node e = g.neg(d);
        Node ex = g.exp(e);
        Node h = g.add(ex, 1);
        g.reciprocal(h).name("f");
        return g;
    }

    /**
     * Matt Mazur's 2-2-2 network (LECTURES.md NB05) as a scalar graph, named as his slides name it:
     * inputs i1, i2, w1..w8, b1, b2, target_o1, target_o2; gates net_h1, out_h1, ..., out_o2,
     * E_o1 = ½(target_o1 − out_o1)², E_o2 and E_total; 39 nodes.
     */
    public static Graph mazur() {
        Graph g = new Graph();
        Node i1 = g.input("i1", 0.05);
        Node i2 = g.input("i2", 0.10);
        Node[] w = new Node[9];
        double[] init = {0, .15, .20, .25, .30, .40, .45, .50, .55};
        for (int k = 1; k <= 8; k++) {
            w[k] = g.input("w" + k, init[k]);
        }
        Node b1 = g.input("b1", 0.35);
        Node b2 = g.input("b2", 0.60);
        Node t1 = g.input("target_o1", 0.01);
        Node t2 = g.input("target_o2", 0.99);
        Node outH1 = g.sigmoid(g.add(g.add(g.mul(w[1], i1), g.mul(w[2], i2)), b1).name("net_h1")).name("out_h1");
        Node outH2 = g.sigmoid(g.add(g.add(g.mul(w[3], i1), g.mul(w[4], i2)), b1).name("net_h2")).name("out_h2");
        Node outO1 = g.sigmoid(g.add(g.add(g.mul(w[5], outH1), g.mul(w[6], outH2)), b2).name("net_o1")).name("out_o1");
        Node outO2 = g.sigmoid(g.add(g.add(g.mul(w[7], outH1), g.mul(w[8], outH2)), b2).name("net_o2")).name("out_o2");
        Node eO1 = g.mul(g.square(g.sub(t1, outO1)), 0.5).name("E_o1");
        Node eO2 = g.mul(g.square(g.sub(t2, outO2)), 0.5).name("E_o2");
        g.add(eO1, eO2).name("E_total");
        return g;
    }

    /**
     * Seed 004's (NB02's) scalar net y* = w3·σ(w2·σ(w1·x + b1) + b2) + b3, loss = y* − y, at x = 1,
     * y = 0, w = (0.5, −1.5, 2), b = (0.1, 0.2, 0.3), named as the slide names it (h1_in, h1, h2_in,
     * h2, y*, loss). After backward: loss = 0.9336140785790017, ∂loss/∂w3 = 0.3168070392895008.
     */
    public static Graph scalarNet() {
        Graph g = new Graph();
        Node x = g.input("x", 1.0);
        Node y = g.input("y", 0.0);
        Node w1 = g.input("w1", 0.5);
        Node b1 = g.input("b1", 0.1);
        Node w2 = g.input("w2", -1.5);
        Node b2 = g.input("b2", 0.2);
        Node w3 = g.input("w3", 2.0);
        Node b3 = g.input("b3", 0.3);
        Node h1 = g.sigmoid(g.add(g.mul(w1, x), b1).name("h1_in")).name("h1");
        Node h2 = g.sigmoid(g.add(g.mul(w2, h1), b2).name("h2_in")).name("h2");
        Node yStar = g.add(g.mul(w3, h2), b3).name("y*");
        g.sub(yStar, y).name("loss");
        return g;
    }
}
