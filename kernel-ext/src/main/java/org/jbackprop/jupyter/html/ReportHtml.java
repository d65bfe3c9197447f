package org.jbackprop.jupyter.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jbackprop.check.GradCheckReport;
import org.jbackprop.graph.Trace;
import org.jbackprop.tensor.Significant;
import org.jbackprop.tensor.Tensor;

/**
 * The lecture's two checking tables as HTML: a gradient check (one row per checked tensor:
 * analytic, numerical, relative error, pass or fail) and a chain-rule trace (one row per factor:
 * symbol, expression, value, running product). Both go through a {@link Grid} and
 * {@link TableHtml}, so every name is escaped.
 */
public final class ReportHtml {

    /** Values of a gradient shown in one cell before the rest is summarised. */
    static final int SHOWN_VALUES = 6;
    /** Rows of a report shown before the rest is summarised in the caption. */
    static final int MAX_ROWS = 200;

    private ReportHtml() {
    }

    /**
     * A gradient check as a table with caption
     * {@code gradient check (h = 1e-05, tolerance = 1e-07): all passed} and columns
     * name, shape, analytic, numerical, relative error, result ("pass" or "FAIL").
     */
    public static String html(GradCheckReport report) {
        List<GradCheckReport.Entry> entries = report.entries();
        int shown = Math.min(entries.size(), MAX_ROWS);
        String[] name = new String[shown];
        String[] shape = new String[shown];
        String[] analytic = new String[shown];
        String[] numerical = new String[shown];
        String[] error = new String[shown];
        String[] result = new String[shown];
        int failed = 0;
        for (GradCheckReport.Entry e : entries) {
            failed += e.passed() ? 0 : 1;
        }
        for (int i = 0; i < shown; i++) {
            GradCheckReport.Entry e = entries.get(i);
            name[i] = e.name();
            shape[i] = TensorHtml.shapeText(e.analytic().shape());
            analytic[i] = values(e.analytic());
            numerical[i] = values(e.numerical());
            error[i] = Significant.scientific(e.relativeError());
            result[i] = e.passed() ? "pass" : "FAIL";
        }
        Grid table = Grid.ofColumns("gradient check",
                List.of("name", "shape", "analytic", "numerical", "relative error", "result"),
                Stream.of(name, shape, analytic, numerical, error, result).map(Arrays::asList).toList());
        String caption = "gradient check (h = " + Significant.scientific(report.step()) + ", tolerance = " + Significant.scientific(report.tolerance()) + "): "
                + (failed == 0 ? "all passed" : failed + " of " + entries.size() + " failed")
                + (shown < entries.size() ? "; first " + shown + " of " + entries.size() + " shown" : "");
        return TableHtml.write(table, "jbackprop-gradcheck", caption, false, true);
    }

    /**
     * A chain-rule trace as a table captioned with its equation
     * ({@code ∂f/∂x = ∂f/∂q · ∂q/∂x}) with columns factor, expression (when any factor has one),
     * value and product (the running product), and a last row {@code ∂f/∂x = -4}.
     */
    public static String html(Trace trace) {
        List<Trace.Factor> factors = trace.factors();
        int shown = Math.min(factors.size(), MAX_ROWS);
        boolean withExpression = false;
        for (int i = 0; i < shown; i++) {
            withExpression |= !factors.get(i).expression().isEmpty();
        }
        List<String> symbol = new ArrayList<>();
        List<String> expression = new ArrayList<>();
        List<String> value = new ArrayList<>();
        List<String> product = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            Trace.Factor f = factors.get(i);
            symbol.add(f.symbol());
            expression.add(f.expression());
            value.add(Significant.format(f.value(), 9));
            product.add(Significant.format(f.product(), 9));
        }
        if (shown < factors.size()) {
            symbol.add(TensorHtml.ELLIPSIS + " (" + (factors.size() - shown) + " more factors)");
            expression.add("");
            value.add("");
            product.add("");
        }
        symbol.add(trace.name());
        expression.add("");
        value.add("");
        product.add(Significant.format(trace.result(), 9));
        Grid table = withExpression
                ? Grid.ofColumns(trace.name(), List.of("factor", "expression", "value", "product"),
                        List.of(symbol, expression, value, product))
                : Grid.ofColumns(trace.name(), List.of("factor", "value", "product"), List.of(symbol, value, product));
        String caption = shown < factors.size()
                ? trace.name() + " = the product of " + factors.size() + " factors" : trace.equation();
        return TableHtml.write(table, "jbackprop-trace", caption, false, true);
    }

    /** Up to {@link #SHOWN_VALUES} values of a gradient, flattened, e.g. {@code [-4, -4, 3]} or {@code [1, 2, 3, ... (100 values)]}. */
    static String values(Tensor t) {
        int n = t.size();
        int[] shape = t.shape();
        int[] index = new int[shape.length];
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < Math.min(n, SHOWN_VALUES); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(Significant.format(t.get(index), 6));
            for (int a = shape.length - 1; a >= 0; a--) { // next row-major index
                if (++index[a] < shape[a]) {
                    break;
                }
                index[a] = 0;
            }
        }
        if (n > SHOWN_VALUES) {
            sb.append(", ... (").append(n).append(" values)");
        }
        return sb.append(']').toString();
    }
}
