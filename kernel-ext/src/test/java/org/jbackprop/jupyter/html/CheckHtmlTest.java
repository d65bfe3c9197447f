package org.jbackprop.jupyter.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jbackprop.check.Check;
import org.jbackprop.check.Checks;
import org.jbackprop.jupyter.Mime;
import org.jbackprop.jupyter.Renderers;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

class CheckHtmlTest {

    @Test
    void aGroupIsOneRowPerCheckWithEscapedDetails() {
        Checks c = new Checks("<Affine> backward")
                .close("dX", Tensor.of(1, 2), Tensor.of(1, 2))
                .close("dB", Tensor.of(0.5, 1), Tensor.of(1, 2));
        assertEquals("""
                <table class="jbackprop-checks">
                <caption>&lt;Affine&gt; backward: 1 of 2 passed</caption>
                <thead>
                <tr><th>check</th><th>result</th><th>details</th></tr>
                </thead>
                <tbody>
                <tr><td>dX</td><td>pass</td><td>all 2 values of shape (2,) right (max abs error 0)</td></tr>
                <tr><td>dB</td><td>FAIL</td><td>2 of 2 values of shape (2,) differ (tolerance 1.0e-06 relative + 1.0e-09 absolute); max abs error 1.0e+00; at [0]: expected 0.5, got 1; at [1]: expected 1, got 2; hint: every value of dB is 2 times the right one: a sum where a mean was meant? (divide by N = 2; or a missing ½ from E = ½(t − y)²)</td></tr>
                </tbody>
                </table>
                """, CheckHtml.html(c));
    }

    @Test
    void theRendererShowsResultsAsTablesWithATextFallback() {
        Map<String, String> one = Renderers.render(Check.close("dW", 1.0, 1.0));
        assertTrue(one.get(Mime.TEXT_HTML).startsWith("<table class=\"jbackprop-checks\">"), one.toString());
        assertEquals("PASS dW: right (max abs error 0)", one.get(Mime.TEXT_PLAIN));
        Map<String, String> group = Renderers.render(new Checks("g").close("a", 1.0, 2.0));
        assertTrue(group.get(Mime.TEXT_PLAIN).startsWith("g: 0 of 1 passed\n  FAIL a: wrong value"), group.toString());
        assertTrue(group.get(Mime.TEXT_HTML).contains("<td>FAIL</td>"));
    }
}
