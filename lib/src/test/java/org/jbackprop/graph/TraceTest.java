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
        Graph g = Circuits.addMultiply();
        Node f = g.node("f");
        Node x = g.node("x");
        Node z = g.node("z");
        Trace t = g.trace(f, x);
        assertEquals("∂f/∂x = ∂f/∂q · ∂q/∂x", t.equation());
        assertEquals(List.of(-4.0, 1.0), t.factors().stream().map(Trace.Factor::value).toList());
        assertEquals("q * z", t.factors().get(0).expression());
        assertEquals(-4.0, t.result());
        assertEquals(3.0, g.trace(f, z).result());
    }

    /** Mazur's full network as a scalar graph: the trace of ∂E/∂w5 stops at the nodes the slides name. */
    @Test
    void mazurNetworkAsAGraphReproducesTheGoldenGradients() {
        Graph g = Circuits.mazur();
        Node e = g.node("E_total");
        Node outH1 = g.node("out_h1");
        Node outO1 = g.node("out_o1");
        Node b1 = g.node("b1");
        Node b2 = g.node("b2");
        Node[] w = new Node[9];
        for (int k = 1; k <= 8; k++) {
            w[k] = g.node("w" + k);
        }
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
        Trace t = g.trace(e, w[5]);
        assertEquals(0.082167040564, t.result(), T9);
        assertEquals("∂E_total/∂w5 = ∂E_total/∂E_o1 · ∂E_o1/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5",
                t.equation());
        // the unnamed gates between two named nodes fold into one factor, as the slide writes it
        assertEquals(List.of(1.0, 0.741365069552, 0.186815601809, 0.593269992107),
                t.factors().stream().map(f -> Math.round(f.value() * 1e12) / 1e12).toList());
        assertEquals("w5 * out_h1 + w6 * out_h2 + b2", t.factors().get(3).expression());
        assertEquals("σ(net_o1)", t.factors().get(2).expression());
        assertEquals("(target_o1 - out_o1) ^2 *0.5", t.factors().get(1).expression());
    }

    @Test
    void unnamedGatesFoldIntoTheFactorOfTheNextNamedNode() {
        Graph g = Circuits.sigmoidCircuit();
        Node f = g.node("f");
        g.backward(f);
        Trace t = g.trace(f, g.node("x0"));
        assertEquals("∂f/∂x0 = ∂f/∂x0", t.equation());
        assertEquals(g.node("x0").grad(), t.result(), T9);
        assertEquals("1/x(exp((w0 * x0 + w1 * x1 + w2) *-1) +1)", t.factors().get(0).expression());
    }
}
