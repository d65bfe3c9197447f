package org.jbackprop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbackprop.graph.Circuits;
import org.jbackprop.graph.Graph;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

class GradCheckReportTest {

    @Test
    void relativeErrorIsTheNormRatio() {
        Tensor a = Tensor.of(3, 4);
        Tensor n = Tensor.of(3, 4.5);
        // ‖a−n‖ = 0.5, ‖a‖ = 5, ‖n‖ = sqrt(9 + 20.25)
        assertEquals(0.5 / (5 + Math.sqrt(29.25)), GradCheckReport.relativeError(a, n), 1e-15);
        assertEquals(0.0, GradCheckReport.relativeError(Tensor.zeros(2), Tensor.zeros(2)));
        assertEquals(1.0, GradCheckReport.relativeError(Tensor.of(1, 0), Tensor.of(-1, 0)));
        assertTrue(Double.isNaN(GradCheckReport.relativeError(Tensor.of(Double.NaN), Tensor.of(1))));
        assertThrows(IllegalArgumentException.class,
                () -> GradCheckReport.relativeError(Tensor.zeros(2), Tensor.zeros(3)));
    }

    @Test
    void reportPassesOnlyWhenEveryEntryIsWithinTolerance() {
        GradCheckReport.Entry good = GradCheckReport.Entry.of("W", Tensor.of(1, 2), Tensor.of(1, 2 + 1e-9), 1e-6);
        GradCheckReport.Entry bad = GradCheckReport.Entry.of("b", Tensor.of(1), Tensor.of(1.1), 1e-6);
        assertTrue(good.passed());
        assertFalse(bad.passed());
        assertEquals(0.1, bad.maxAbsoluteError(), 1e-12);
        GradCheckReport r = new GradCheckReport(List.of(good, bad), 1e-6, 1e-5);
        assertFalse(r.allPassed());
        assertEquals(bad.relativeError(), r.maxRelativeError());
        assertEquals(bad, r.entry("b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.entry("x"));
        assertTrue(e.getMessage().contains("[W, b]"), e.getMessage());
        assertTrue(new GradCheckReport(List.of(good), 1e-6, 1e-5).allPassed());
    }

    @Test
    void toStringIsAPlainTable() {
        GradCheckReport.Entry w = GradCheckReport.Entry.of("W", Tensor.of(new double[][] {{3, 4}}),
                Tensor.of(new double[][] {{3, 4 + 1e-6}}), 1e-6);
        GradCheckReport.Entry b = GradCheckReport.Entry.of("b", Tensor.of(1), Tensor.of(1.5), 1e-6);
        GradCheckReport r = new GradCheckReport(List.of(w, b), 1e-6, 1e-5);
        String expected = ""
                + "gradient check (h = 1.0e-05, tolerance = 1.0e-06): 1 of 2 failed\n"
                + "name  shape   relative error  max abs error  passed\n"
                + "W     (1, 2)         1.0e-07        1.0e-06  yes\n"
                + "b     (1,)           2.0e-01        5.0e-01  NO\n";
        assertEquals(expected, r.toString());
    }

    @Test
    void checkingAGraphComparesEveryInput() {
        Graph g = Circuits.addMultiply();
        GradCheckReport r = new GradientCheck().check(g, g.node("f"));
        assertTrue(r.allPassed(), r::toString);
        assertEquals(List.of("x", "y", "z"), r.entries().stream().map(GradCheckReport.Entry::name).toList());
        assertEquals(3.0, r.entry("z").analytic().item(), 1e-15);
        assertEquals(3.0, r.entry("z").numerical().item(), 1e-9);
        assertEquals(-4.0, r.entry("x").analytic().item(), 1e-15);
        assertEquals(-2.0, g.node("x").value());
    }

    @Test
    void aWrongGradientFailsTheCheck() {
        // numerical derivative of a function whose claimed derivative is off by a factor 2
        double h = 1e-5;
        double numerical = NumericalGradient.derivative(t -> t * t * t, 2.0, h);
        assertEquals(12.0, numerical, 1e-8);
        GradCheckReport.Entry wrong = GradCheckReport.Entry.of("t", Tensor.scalar(24.0), Tensor.scalar(numerical), 1e-6);
        assertFalse(wrong.passed());
        assertEquals(1.0 / 3, wrong.relativeError(), 1e-9);
    }

    @Test
    void numericalGradientOfAVectorFunctionLeavesTheInputAlone() {
        double[] x = {1, 2, 3};
        double[] g = NumericalGradient.gradient(v -> v[0] * v[1] + Math.sin(v[2]), x, 1e-5);
        assertEquals(2.0, g[0], 1e-9);
        assertEquals(1.0, g[1], 1e-9);
        assertEquals(Math.cos(3), g[2], 1e-9);
        assertEquals(List.of(1.0, 2.0, 3.0), List.of(x[0], x[1], x[2]));
        assertThrows(IllegalArgumentException.class, () -> NumericalGradient.derivative(Math::exp, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new GradientCheck().step(-1));
    }
}
