package org.jbackprop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mazur's walkthrough (LECTURES.md NB05) written as chain-rule traces. */
class TraceTest {

    static final double T9 = 1e-9;

    static Trace dEdw5() {
        return Trace.of("∂E/∂w5")
                .times("∂E/∂out_o1", "out_o1 − target_o1", 0.741365069552)
                .times("∂out_o1/∂net_o1", "out_o1(1 − out_o1)", 0.186815601809)
                .times("∂net_o1/∂w5", "out_h1", 0.593269992107);
    }

    @Test
    void mazurW5ChainMultipliesToTheGoldenGradient() {
        Trace t = dEdw5();
        assertEquals("∂E/∂w5", t.name());
        assertEquals(3, t.factors().size());
        assertEquals(0.741365069552, t.factors().get(0).product(), 0.0);
        assertEquals(0.138498561629, t.factors().get(1).product(), T9);
        assertEquals(0.082167040564, t.result(), T9);
        assertEquals("∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5", t.equation());
    }

    @Test
    void tracesAreImmutable() {
        Trace empty = Trace.of("∂f/∂x");
        Trace one = empty.times("∂f/∂q", -4);
        assertEquals(0, empty.factors().size());
        assertEquals(1.0, empty.result());
        assertEquals(1, one.factors().size());
        assertThrows(UnsupportedOperationException.class, () -> one.factors().add(null));
    }

    @Test
    void toStringIsAnAlignedTable() {
        String expected = ""
                + "∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5\n"
                + "factor           expression                value       product\n"
                + "∂E/∂out_o1       out_o1 − target_o1   0.74136507    0.74136507\n"
                + "∂out_o1/∂net_o1  out_o1(1 − out_o1)  0.186815602   0.138498562\n"
                + "∂net_o1/∂w5      out_h1              0.593269992  0.0821670406\n"
                + "∂E/∂w5 = 0.0821670406\n";
        assertEquals(expected, dEdw5().toString());
    }

    @Test
    void toStringWithoutExpressionsDropsThatColumn() {
        Trace t = Trace.of("∂f/∂x").times("∂f/∂q", -4).times("∂q/∂x", 1);
        String expected = ""
                + "∂f/∂x = ∂f/∂q · ∂q/∂x\n"
                + "factor  value  product\n"
                + "∂f/∂q      -4       -4\n"
                + "∂q/∂x       1       -4\n"
                + "∂f/∂x = -4\n";
        assertEquals(expected, t.toString());
        assertThrows(IllegalArgumentException.class, () -> t.toString(0));
        assertEquals("∂f/∂x = -4\n", t.toString(3).lines().skip(4).findFirst().get() + "\n");
    }

    @Test
    void smallAndNonFiniteNumbersPrintReadably() {
        Trace t = Trace.of("E").times("a", 3.5101877830e-05).times("b", Double.NaN);
        List<String> lines = t.toString(6).lines().toList();
        assertEquals("a       3.51019e-05  3.51019e-05", lines.get(2));
        assertEquals("b               nan          nan", lines.get(3));
    }

    @Test
    void graphTraceOfTheAddMultiplyExample() {
        Graph g = new Graph();
        Node x = g.input("x", -2);
        Node y = g.input("y", 5);
        Node z = g.input("z", -4);
        Node q = g.add("q", x, y);
        Node f = g.multiply("f", q, z);
        Trace t = g.trace(f, x);
        assertEquals("∂f/∂x = ∂f/∂q · ∂q/∂x", t.equation());
        assertEquals(List.of(-4.0, 1.0), t.factors().stream().map(Trace.Factor::value).toList());
        assertEquals("q * z", t.factors().get(0).expression());
        assertEquals(-4.0, t.result());
        assertEquals(3.0, g.trace(f, z).result());
    }

    /** Mazur's full network as a scalar graph: the trace of ∂E/∂w5 passes through E_o1 only. */
    @Test
    void mazurNetworkAsAGraphReproducesTheGoldenGradients() {
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
        Node outH1 = g.sigmoid("out_h1", g.add("net_h1", g.add(g.multiply(w[1], i1), g.multiply(w[2], i2)), b1));
        Node outH2 = g.sigmoid("out_h2", g.add("net_h2", g.add(g.multiply(w[3], i1), g.multiply(w[4], i2)), b1));
        Node outO1 = g.sigmoid("out_o1", g.add("net_o1", g.add(g.multiply(w[5], outH1), g.multiply(w[6], outH2)), b2));
        Node outO2 = g.sigmoid("out_o2", g.add("net_o2", g.add(g.multiply(w[7], outH1), g.multiply(w[8], outH2)), b2));
        Node eO1 = g.multiplyByConstant("E_o1", g.square(g.subtract(t1, outO1)), 0.5);
        Node eO2 = g.multiplyByConstant("E_o2", g.square(g.subtract(t2, outO2)), 0.5);
        Node e = g.add("E", eO1, eO2);
        g.backward(e);

        assertEquals(0.593269992107, outH1.value(), T9);
        assertEquals(0.751365069552, outO1.value(), T9);
        assertEquals(0.298371108760, e.value(), T9);
        double[] dw = {0, 0.000438567734, 0.000877135469, 0.000497712735, 0.000995425471,
            0.082167040564, 0.082667627848, -0.022602540477, -0.022740242216};
        for (int k = 1; k <= 8; k++) {
            assertEquals(dw[k], w[k].grad(), T9, "∂E/∂w" + k);
        }
        assertEquals(0.018725609395, b1.grad(), T9);
        assertEquals(0.100400325112, b2.grad(), T9);
        assertEquals(0.082167040564, g.trace(e, w[5]).result(), T9);
    }
}
