package org.jbackprop.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jbackprop.tensor.Significant;

/**
 * A chain-rule trace: one gradient written as a product of factors, each kept with its symbol and
 * value, as in Mazur's walkthrough:
 *
 * <pre>{@code
 * Trace dEdw5 = Trace.of("∂E/∂w5")
 *         .times("∂E/∂out_o1", "out_o1 − target_o1", 0.741365069552)
 *         .times("∂out_o1/∂net_o1", "out_o1(1 − out_o1)", 0.186815601809)
 *         .times("∂net_o1/∂w5", "out_h1", 0.593269992107);
 * dEdw5.result();   // 0.082167040564
 * }</pre>
 *
 * <p>{@code toString()} prints it as an aligned text table; a notebook renders it as an HTML table.
 * A trace is immutable: {@link #times} returns a new, longer trace.
 */
public final class Trace {

    /**
     * One row of a trace.
     *
     * @param symbol     the factor, e.g. "∂E/∂out_o1"
     * @param expression how it is computed, e.g. "out_o1 − target_o1"; may be empty
     * @param value      the factor's value
     * @param product    the running product of this and all earlier factors
     */
    public record Factor(String symbol, String expression, double value, double product) {
        /** Checks that the texts are not null. */
        public Factor {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(expression, "expression");
        }
    }

    private final String name;
    private final List<Factor> factors;

    private Trace(String name, List<Factor> factors) {
        this.name = name;
        this.factors = Collections.unmodifiableList(factors);
    }

    /** An empty trace for the gradient called {@code name}, e.g. "∂E/∂w5". */
    public static Trace of(String name) {
        Objects.requireNonNull(name, "name");
        return new Trace(name, new ArrayList<>());
    }

    /** This trace with one more factor; {@code symbol} is e.g. "∂net_o1/∂w5". */
    public Trace times(String symbol, double value) {
        return times(symbol, "", value);
    }

    /** This trace with one more factor and the expression it comes from, e.g. "out_h1". */
    public Trace times(String symbol, String expression, double value) {
        List<Factor> next = new ArrayList<>(factors);
        next.add(new Factor(symbol, expression, value, result() * value));
        return new Trace(name, next);
    }

    /** The gradient's name, e.g. "∂E/∂w5". */
    public String name() {
        return name;
    }

    /** The factors in order; each carries the running product. */
    public List<Factor> factors() {
        return factors;
    }

    /** The product of all factors: the gradient (1 for a trace without factors). */
    public double result() {
        return factors.isEmpty() ? 1.0 : factors.get(factors.size() - 1).product();
    }

    /** The chain rule in symbols, e.g. "∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5". */
    public String equation() {
        List<String> s = new ArrayList<>();
        for (Factor f : factors) {
            s.add(f.symbol());
        }
        return name + " = " + (s.isEmpty() ? "1" : String.join(" · ", s));
    }

    /** The trace as a table with values to 9 significant digits; see {@link #toString(int)}. */
    @Override
    public String toString() {
        return toString(9);
    }

    /**
     * The trace as an aligned text table, values rounded to {@code digits} significant digits:
     * <pre>
     * ∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5
     * factor           expression          value        product
     * ∂E/∂out_o1       out_o1 − target_o1  0.74136507   0.74136507
     * ...
     * ∂E/∂w5 = 0.0821670406
     * </pre>
     * The expression column is left out when no factor has one.
     */
    public String toString(int digits) {
        if (digits < 1 || digits > 17) {
            throw new IllegalArgumentException("digits must be in 1..17, got " + digits);
        }
        boolean withExpression = false;
        for (Factor f : factors) {
            withExpression |= !f.expression().isEmpty();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(withExpression ? new String[] {"factor", "expression", "value", "product"}
                : new String[] {"factor", "value", "product"});
        for (Factor f : factors) {
            String v = Significant.format(f.value(), digits);
            String p = Significant.format(f.product(), digits);
            rows.add(withExpression ? new String[] {f.symbol(), f.expression(), v, p}
                    : new String[] {f.symbol(), v, p});
        }
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder(equation()).append('\n');
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                boolean text = c < cols - 2;
                line.append(text ? Numbers.left(r[c], w[c]) : Numbers.right(r[c], w[c]));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append(name).append(" = ").append(Significant.format(result(), digits)).append('\n');
        return sb.toString();
    }
}
