package org.jbackprop.jupyter.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jbackprop.check.GradCheckReport;
import org.jbackprop.graph.Trace;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {

    @Test
    void gradientCheckOneRowPerTensor() {
        GradCheckReport report = new GradCheckReport(List.of(
                new GradCheckReport.Entry("W", Tensor.of(-4, 3), Tensor.of(-4.00000001, 3), 1.2e-9, true),
                new GradCheckReport.Entry("<b>", Tensor.of(1), Tensor.of(2), 0.333, false)), 1e-7, 1e-5);
        assertEquals("""
                <table class="jbackprop-gradcheck">
                <caption>gradient check (h = 1.0e-05, tolerance = 1.0e-07): 1 of 2 failed</caption>
                <thead>
                <tr><th>name</th><th>shape</th><th>analytic</th><th>numerical</th><th>relative error</th><th>result</th></tr>
                </thead>
                <tbody>
                <tr><td>W</td><td>(2,)</td><td>[-4, 3]</td><td>[-4, 3]</td><td>1.2e-09</td><td>pass</td></tr>
                <tr><td>&lt;b&gt;</td><td>(1,)</td><td>[1]</td><td>[2]</td><td>3.3e-01</td><td>FAIL</td></tr>
                </tbody>
                </table>
                """, ReportHtml.html(report));
    }

    @Test
    void longGradientsAreCutAfterSixValues() {
        assertEquals("[0, 1, 2, 3, 4, 5, ... (12 values)]", ReportHtml.values(Tensor.arange(12).reshape(3, 4)));
        assertEquals("[0.5]", ReportHtml.values(Tensor.scalar(0.5)));
        assertEquals("[]", ReportHtml.values(Tensor.zeros(0)));
    }

    @Test
    void allPassedCaption() {
        GradCheckReport report = new GradCheckReport(List.of(), 1e-6, 1e-5);
        assertTrue(ReportHtml.html(report).contains("<caption>gradient check (h = 1.0e-05, tolerance = 1.0e-06): all passed</caption>"));
    }

    @Test
    void traceOneRowPerFactorWithRunningProduct() {
        Trace t = Trace.of("∂E/∂w5")
                .times("∂E/∂out_o1", "out_o1 − target_o1", 0.741365069552)
                .times("∂out_o1/∂net_o1", "out_o1(1 − out_o1)", 0.186815601809)
                .times("∂net_o1/∂w5", "out_h1", 0.593269992107);
        assertEquals("""
                <table class="jbackprop-trace">
                <caption>∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5</caption>
                <thead>
                <tr><th>factor</th><th>expression</th><th>value</th><th>product</th></tr>
                </thead>
                <tbody>
                <tr><td>∂E/∂out_o1</td><td>out_o1 − target_o1</td><td>0.741365070</td><td>0.741365070</td></tr>
                <tr><td>∂out_o1/∂net_o1</td><td>out_o1(1 − out_o1)</td><td>0.186815602</td><td>0.138498562</td></tr>
                <tr><td>∂net_o1/∂w5</td><td>out_h1</td><td>0.593269992</td><td>0.0821670406</td></tr>
                <tr><td>∂E/∂w5</td><td></td><td></td><td>0.0821670406</td></tr>
                </tbody>
                </table>
                """.replace("0.741365070", "0.74136507"), ReportHtml.html(t));
    }

    @Test
    void traceWithoutExpressionsHasNoExpressionColumn() {
        Trace t = Trace.of("∂f/∂x").times("∂f/∂q", -4).times("∂q/∂x", 1);
        String html = ReportHtml.html(t);
        assertTrue(html.contains("<tr><th>factor</th><th>value</th><th>product</th></tr>"), html);
        assertTrue(html.contains("<tr><td>∂f/∂x</td><td></td><td>-4</td></tr>"), html);
    }

    @Test
    void longTracesAreCut() {
        Trace t = Trace.of("long");
        for (int i = 0; i < 500; i++) {
            t = t.times("<f" + i + ">", 1.0);
        }
        String html = ReportHtml.html(t);
        assertTrue(html.contains("<td>... (300 more factors)</td>"), html);
        assertTrue(html.contains("&lt;f199&gt;") && !html.contains("&lt;f200&gt;"));
        List<String> rows = new ArrayList<>(html.lines().filter(l -> l.startsWith("<tr>")).toList());
        assertEquals(1 + 200 + 1 + 1, rows.size());
    }
}
