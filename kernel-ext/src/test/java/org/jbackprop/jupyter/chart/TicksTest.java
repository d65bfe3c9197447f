package org.jbackprop.jupyter.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbackprop.jupyter.Charts;
import org.jbackprop.jupyter.Plots;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.History;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The tick labels XChart draws on the project's charts: round, few, in the lecture's style. */
class TicksTest {

    @Test
    void numbersReadAsTheLectureWritesThem() {
        assertEquals("0", Ticks.label(0));
        assertEquals("0", Ticks.label(-0.0));
        assertEquals("0.3", Ticks.label(0.30000000000000004));
        assertEquals("-4", Ticks.label(-4));
        assertEquals("1.2k", Ticks.label(1200));
        assertEquals("10k", Ticks.label(10_000));
        assertEquals("3M", Ticks.label(3e6));
        assertEquals("1e-4", Ticks.label(1e-4));
        assertEquals("2.5e-5", Ticks.label(2.5e-5));
        assertEquals("0.001", Ticks.label(0.001));
        assertEquals("1e9", Ticks.label(1e9));
        assertEquals("1e-4", Ticks.powerOfTen(-4));
        assertEquals("0.01", Ticks.powerOfTen(-2.0000000000000004));
        assertEquals("3.2e-4", Ticks.powerOfTen(-3.5));
        assertEquals("2", Ticks.integerLabel(1.5)); // a half-step repeats a neighbour: XChart then steps by 1
    }

    private static History steps(String name, int n, int every) {
        History h = new History(name);
        for (int s = 0; s < n; s += every) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("loss", 0.9 * Math.exp(-s / 80.0) + 0.02);
            m.put("accuracy", Math.min(1.0, 0.6 + s / 300.0));
            h.record(s, m);
        }
        return h;
    }

    @Test
    void aHundredStepsTickAtRoundStepsNotAtEveryThirdPoint() { // NB01 lab-03-3: "0 3 6 9 12 15 ..."
        History h = new History("lab-03-3");
        for (int s = 0; s < 101; s++) {
            h.record(s, "W", 1 + 4 * Math.exp(-s / 10.0));
        }
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), TickLabels.x(Charts.history(h).xchart()));
    }

    @Test
    void aThousandStepsReadInThousands() {
        History h = new History("mse");
        for (int s = 0; s < 1000; s++) {
            h.record(s, "MSE", 2e-4 * Math.exp(-s / 300.0) + 1e-5);
        }
        XYChart c = Charts.history(h).xchart();
        assertEquals(List.of("0", "200", "400", "600", "800", "1k"), TickLabels.x(c));
        assertEquals(List.of("5e-5", "1e-4", "1.5e-4", "2e-4"), TickLabels.y(c, 0));
    }

    @Test
    void theAccuracyAxisHasRoundTicksUpToOne() { // NB10: one tick "1"
        XYChart c = Charts.history(steps("zoo", 500, 10)).xchart();
        assertEquals(List.of("0.6", "0.7", "0.8", "0.9", "1"), TickLabels.y(c, 1));
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8"), TickLabels.y(c, 0));
    }

    @Test
    void aLogAxisOfLessThanTwoDecadesStaysLogarithmic() { // NB10 cell 39, NB11
        History a = steps("random start", 500, 10);
        History b = new History("W = 0");
        for (int s = 0; s < 500; s += 10) {
            b.record(s, "loss", 0.69 * Math.exp(-s / 200.0) + 0.05);
        }
        XYChart c = Charts.compare("loss", a, b).logY().xchart();
        assertEquals(List.of("0.032", "0.1", "0.32", "1"), TickLabels.y(c, 0)); // 10^(k/2): XChart has no 2x, 5x minor ticks
        assertTrue(c.getStyler().isYAxisLogarithmic());
    }

    @Test
    void decadesOfALogAxisReadLikeTheLecture() { // not "1E-4"
        History h = new History("Mazur");
        for (int s = 0; s <= 10_000; s += 10) {
            h.record(s, "E_total", 0.298 * Math.exp(-s / 1200.0) + 3.5e-5);
        }
        List<String> y = TickLabels.y(Charts.history(h).logY().xchart(), 0);
        assertTrue(y.containsAll(List.of("1e-4", "0.001", "0.01", "0.1")), y.toString());
        assertEquals(List.of("0", "2k", "4k", "6k", "8k", "10k"), TickLabels.x(Charts.history(h).xchart()));
    }

    @Test
    void activationPlotsTickAtZeroAndWholeNumbers() { // NB03: -4.2, -3.4, ... and no 0
        Tensor x = Tensor.arange(-5, 5, 0.1);
        List<String> ticks = TickLabels.x(Plots.line("sigmoid", x, x.sigmoid()).xchart());
        assertEquals(List.of("-4", "-2", "0", "2", "4"), ticks);
    }

    @Test
    void histogramCountsTickAtWholeNumbers() { // not 0.5
        Tensor w = Tensor.arange(0, 20, 1).mul(0.05);
        List<String> y = TickLabels.y(Plots.histogram("W1", w, 10).xchart(), 0);
        for (String label : y) {
            assertTrue(label.matches("-?\\d+"), y.toString());
        }
        assertTrue(y.contains("0") && y.contains("2"), y.toString());
    }

    @Test
    void aSinglePointGetsShortRoundTicks() { // the live view's first frame: "0.298371108760003"
        XYChart c = Charts.history(new History("one").record(5, "loss", 0.298371108760003)).xchart();
        for (String label : TickLabels.y(c, 0)) {
            assertTrue(label.length() <= 5, label);
        }
    }

    @Test
    void noAxisHasMoreThanTenLabels() {
        XYChart c = Charts.history(steps("zoo", 500, 1)).xchart();
        assertTrue(TickLabels.x(c).size() <= 10);
        assertTrue(TickLabels.y(c, 0).size() <= 10);
        assertTrue(TickLabels.y(c, 1).size() <= 10);
    }
}
