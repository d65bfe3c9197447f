package org.jbackprop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden values from LECTURES.md NB02 (cs231n lecture 4, seed 003, Goodfellow 6.50-6.53). */
class GraphTest {

    /** LECTURES.md tolerance class T9. */
    static final double T9 = 1e-9;

    @Test
    void addThenMultiplyGivesTheCs231nGradients() {
        Graph g = Circuits.addMultiply();
        Node x = g.node("x");
        Node y = g.node("y");
        Node z = g.node("z");
        Node q = g.node("q");
        Node f = g.node("f");

        assertEquals(3.0, q.value());
        assertEquals(-12.0, f.value());
        g.backward(f);
        assertEquals(1.0, f.grad());
        assertEquals(-4.0, q.grad());
        assertEquals(3.0, z.grad());
        assertEquals(-4.0, x.grad());
        assertEquals(-4.0, y.grad());
        assertEquals(List.of(-4.0, 3.0), f.localGrads());
    }

    @Test
    void wxPlusBFromSeed003() {
        Graph g = new Graph();
        Node w = g.input("w", -2);
        Node x = g.input("x", 5);
        Node b = g.input("b", 3);
        Node gg = g.mul(w, x).name("g");
        Node f = g.add(gg, b).name("f");
        g.backward(f);
        assertEquals(-10.0, gg.value());
        assertEquals(-7.0, f.value());
        assertEquals(-2.0, x.grad());
        assertEquals(5.0, w.grad());
        assertEquals(1.0, b.grad());
    }

    @Test
    void sigmoidCircuitForwardValuesGateByGate() {
        Graph g = Circuits.sigmoidCircuit();
        double[] expected = {-2, 6, 4, 1, -1, 0.36787944117144233, 1.3678794411714423, 0.7310585786300049};
        List<Node> gates = g.nodes().subList(5, 13);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], gates.get(i).value(), T9, "gate " + gates.get(i).op());
        }
        assertEquals(List.of("*", "*", "+", "+", "*-1", "exp", "+1", "1/x"),
                gates.stream().map(Node::op).toList());
    }

    @Test
    void sigmoidCircuitBackwardMatchesTheLecture() {
        Graph g = Circuits.sigmoidCircuit();
        Node f = g.node("f");
        g.backward(f);
        List<Node> n = g.nodes();
        // upstream gradients reaching each gate's input (LECTURES.md NB02 "circuit backward")
        assertEquals(1.0, f.grad());
        assertEquals(-0.534446645388523, n.get(11).grad(), T9);   // into 1/x: the +1 output
        assertEquals(-0.534446645388523, n.get(10).grad(), T9);   // into +1: the exp output
        assertEquals(-0.19661193324148188, n.get(9).grad(), T9);  // into exp: the *-1 output
        assertEquals(0.19661193324148188, n.get(8).grad(), T9);   // into *-1: the sum
        assertEquals(-0.196612, g.node("w0").grad(), 5e-7);
        assertEquals(-0.19661193324148188, g.node("w0").grad(), T9);
        assertEquals(0.39322386648296376, g.node("x0").grad(), T9);
        assertEquals(-0.39322386648296376, g.node("w1").grad(), T9);
        assertEquals(-0.5898357997244457, g.node("x1").grad(), T9);
        assertEquals(0.19661193324148188, g.node("w2").grad(), T9);
    }

    @Test
    void sigmoidGateShortcutGivesTheSameGradients() {
        Graph g = new Graph();
        Node w0 = g.input("w0", 2);
        Node x0 = g.input("x0", -1);
        Node w1 = g.input("w1", -3);
        Node x1 = g.input("x1", -2);
        Node w2 = g.input("w2", -3);
        Node s = g.add(g.add(g.mul(w0, x0), g.mul(w1, x1)), w2);
        Node f = g.sigmoid(s).name("f");
        g.backward(f);
        assertEquals(0.7310585786300049, f.value(), T9);
        assertEquals(0.19661193324148188, s.grad(), T9);
        assertEquals(0.19661193324148188, f.localGrads().get(0), T9);
        assertEquals(0.39322386648296376, x0.grad(), T9);
        assertEquals(-0.5898357997244457, x1.grad(), T9);
        assertEquals("σ", f.op());
    }

    @Test
    void numericalGradientAgreesWithBackwardAndRestoresTheInput() {
        Graph g = Circuits.sigmoidCircuit();
        Node f = g.node("f");
        g.backward(f);
        for (Node in : g.inputs()) {
            double numerical = g.numericalGradient(f, in, 1e-5);
            assertEquals(in.grad(), numerical, 1e-9, in.name());
        }
        assertEquals(2.0, g.node("w0").value());
        assertEquals(0.7310585786300049, f.value(), 0.0);
    }

    @Test
    void derivativeTableAtPointSeven() {
        Graph g = new Graph();
        Node t = g.input("t", 0.7);
        Node e = g.exp(t);
        Node inv = g.reciprocal(t);
        Node ax = g.mul(t, 3);
        Node cx = g.add(t, 5);
        assertEquals(2.013752707470477, e.localGrads().get(0), T9);
        assertEquals(-2.0408163265306127, inv.localGrads().get(0), T9);
        assertEquals(3.0, ax.localGrads().get(0));
        assertEquals(1.0, cx.localGrads().get(0));
        assertEquals("*3", ax.op());
        assertEquals("+5", cx.op());
        assertEquals("+(-0.5)", g.add(t, -0.5).op());
        assertEquals("*0.3333", g.mul(t, 1.0 / 3).op());
    }

    @Test
    void goodfellowChainOfThreeSigmoids() {
        Graph g = new Graph();
        Node w = g.input("w", 0.5);
        Node x = g.sigmoid(w).name("x");
        Node y = g.sigmoid(x).name("y");
        Node z = g.sigmoid(y).name("z");
        g.backward(z);
        assertEquals(0.6224593312018546, x.value(), T9);
        assertEquals(0.6507776782147005, y.value(), T9);
        assertEquals(0.6571856892772512, z.value(), T9);
        assertEquals(0.012032514870644766, w.grad(), T9);
        Trace t = g.trace(z, w);
        assertEquals(List.of("∂z/∂y", "∂y/∂x", "∂x/∂w"), t.factors().stream().map(Trace.Factor::symbol).toList());
        assertEquals(0.012032514870644766, t.result(), T9);
    }

    /** Seed 004's scalar net y* = w3·σ(w2·σ(w1·x+b1)+b2)+b3 with the constructed values of NB02 cell 8. */
    @Test
    void seed004ScalarNetPartials() {
        Graph g = Circuits.scalarNet();
        Node loss = g.node("loss");
        g.backward(loss);
        Node w3 = g.node("w3"), b3 = g.node("b3"), w2 = g.node("w2"), b2 = g.node("b2");
        Node w1 = g.node("w1"), b1 = g.node("b1"), y = g.node("y");
        assertEquals(0.9336140785790017, loss.value(), T9);
        assertEquals(0.3168070392895008, w3.grad(), T9);
        assertEquals(1.0, b3.grad(), T9);
        assertEquals(0.2794921397826865, w2.grad(), T9);
        assertEquals(0.432880678292243, b2.grad(), T9);
        assertEquals(-0.14855441578718018, w1.grad(), T9);
        assertEquals(-0.14855441578718018, b1.grad(), T9);
        assertEquals(-1.0, y.grad());
    }

    @Test
    void maxGateRoutesTheGradientToTheLargerInput() {
        Graph g = new Graph();
        Node a = g.input("a", 2);
        Node b = g.input("b", -1);
        Node m = g.maximum(a, b);
        Node f = g.mul(m, 2);
        g.backward(f);
        assertEquals(2.0, m.value());
        assertEquals(2.0, a.grad());
        assertEquals(0.0, b.grad());
        g.set(b, 5);
        g.backward(f);
        assertEquals(10.0, f.value());
        assertEquals(0.0, a.grad());
        assertEquals(2.0, b.grad());
    }

    @Test
    void aNodeUsedTwiceAccumulatesAndBackwardReplacesOldGradients() {
        Graph g = new Graph();
        Node x = g.input("x", 3);
        Node f = g.mul(x, x).name("f");   // x², so df/dx = 2x
        g.backward(f);
        assertEquals(6.0, x.grad());
        g.backward(f);
        assertEquals(6.0, x.grad(), "a second backward replaces, it does not add");
        g.backward(f, 0.5);
        assertEquals(3.0, x.grad());
        assertThrows(IllegalArgumentException.class, () -> g.trace(f, x));
    }

    @Test
    void logSubtractSquareGates() {
        Graph g = new Graph();
        Node a = g.input("a", 2);
        Node b = g.input("b", 0.5);
        Node f = g.square(g.sub(g.log(a), b)).name("f");
        g.backward(f);
        double d = Math.log(2) - 0.5;
        assertEquals(d * d, f.value(), T9);
        assertEquals(2 * d / 2, a.grad(), T9);
        assertEquals(-2 * d, b.grad(), T9);
    }

    @Test
    void nodesAreInTopologicalOrderWithIdsAndInputs() {
        Graph g = Circuits.sigmoidCircuit();
        List<Node> nodes = g.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            assertEquals(i, nodes.get(i).id());
            for (Node in : nodes.get(i).inputs()) {
                assertTrue(in.id() < i);
            }
        }
        assertEquals(5, g.inputs().size());
        assertEquals("input", g.node("x0").op());
        assertTrue(g.node("x0").isInput());
        assertFalse(g.node("f").isInput());
        assertEquals("", nodes.get(5).label());
        assertEquals("n5", nodes.get(5).name());
    }

    @Test
    void badUseSaysWhatWasWrong() {
        Graph g = new Graph();
        Graph other = new Graph();
        Node x = g.input("x", 1);
        Node y = other.input("y", 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.add(x, y));
        assertTrue(e.getMessage().contains("another graph"), e.getMessage());
        Node s = g.exp(x);
        e = assertThrows(IllegalArgumentException.class, () -> g.set(s, 1));
        assertTrue(e.getMessage().contains("only input nodes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> g.node("nope"));
        assertTrue(e.getMessage().contains("[x]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.input("", 1));
        e = assertThrows(IllegalArgumentException.class, () -> s.name(" "));
        assertTrue(e.getMessage().contains("must not be empty"), e.getMessage());
        assertFalse(s.isNamed());
        assertTrue(s.name("s").isNamed());
        assertEquals(s, g.node("s"));
        Node z = g.input("z", 1);
        assertThrows(IllegalArgumentException.class, () -> g.trace(s, z));
    }

    @Test
    void toStringIsATableOfEveryNode() {
        Graph g = Circuits.addMultiply();
        g.backward(g.node("f"));
        String expected = ""
                + "id  label  op     inputs  value  grad\n"
                + " 0  x      input             -2    -4\n"
                + " 1  y      input              5    -4\n"
                + " 2  z      input             -4     3\n"
                + " 3  q      +      x, y        3    -4\n"
                + " 4  f      *      q, z      -12     1\n";
        assertEquals(expected, g.toString());
        assertEquals("q = x + y = 3.0 (grad -4.0)", g.node("q").toString());
    }

    /** Seed 001: E = −t·log a − (1−t)·log(1−a) with a = σ(l); dE/da = (a−t)/(a(1−a)), dE/dl = a − t. */
    static Graph crossEntropy(double l, double t) {
        Graph g = new Graph();
        Node logit = g.input("l", l);
        Node target = g.input("t", t);
        Node a = g.sigmoid(logit).name("a");
        Node oneMinusA = g.add(g.neg(a), 1);
        Node oneMinusT = g.add(g.neg(target), 1);
        Node e = g.neg(g.add(g.mul(target, g.log(a)), g.mul(oneMinusT, g.log(oneMinusA)))).name("E");
        g.backward(e);
        return g;
    }

    @Test
    void crossEntropyThroughASigmoid() {
        Graph g = crossEntropy(0.5, 1);
        assertEquals(0.6224593312018546, g.node("a").value(), T9);
        assertEquals(-1.6065306597126334, g.node("a").grad(), T9);
        assertEquals(-0.3775406687981454, g.node("l").grad(), T9);
        assertEquals(-0.7685247834990175, crossEntropy(-1.2, 1).node("l").grad(), T9);
        assertEquals(0.8807970779778823, crossEntropy(2, 0).node("l").grad(), T9);
        assertTrue(new org.jbackprop.check.GradientCheck().check(g, g.node("E")).allPassed());
    }

    @Test
    void sigmoidDerivativeTable() {
        double[] z = {0, 1, -1, 2, -2, 5, -5, 0.3775};
        double[] expected = {0.25, 0.196611933241, 0.196611933241, 0.104993585404, 0.104993585404,
            0.006648056671, 0.006648056671, 0.241300708572};
        for (int i = 0; i < z.length; i++) {
            Graph g = new Graph();
            Node s = g.sigmoid(g.input("z", z[i]));
            assertEquals(expected[i], s.localGrads().get(0), 1e-12, "σ'(" + z[i] + ")");
        }
    }
}
