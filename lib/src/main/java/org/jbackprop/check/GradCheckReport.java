package org.jbackprop.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jbackprop.tensor.Significant;
import org.jbackprop.tensor.Tensor;

/**
 * The result of a gradient check: for each checked tensor (the input "x", a parameter "W", ...) the
 * analytic gradient from backward, the numerical gradient from central differences, and their
 * relative error. A notebook renders it as a table; {@code toString()} is a plain text table.
 *
 * <p>Relative error of one entry, with a = analytic and n = numerical (both flattened):
 * ‖a − n‖₂ / (‖a‖₂ + ‖n‖₂), and 0 when both are exactly zero. cs231n's rule of thumb: above 1e-2
 * the gradient is probably wrong; below 1e-7 you should be happy.
 */
public final class GradCheckReport {

    /**
     * One checked tensor.
     *
     * @param name          e.g. "x", "W", "0.b" (layer 0's bias in a Sequential)
     * @param analytic      the gradient computed by backward
     * @param numerical     the gradient computed by central differences, same shape
     * @param relativeError ‖a − n‖ / (‖a‖ + ‖n‖)
     * @param passed        relativeError ≤ the report's tolerance
     */
    public record Entry(String name, Tensor analytic, Tensor numerical, double relativeError, boolean passed) {

        /** Checks that nothing is null and keeps copies of the two gradients. */
        public Entry {
            Objects.requireNonNull(name, "name");
            analytic = Objects.requireNonNull(analytic, "analytic").copy();
            numerical = Objects.requireNonNull(numerical, "numerical").copy();
        }

        /** Compares {@code analytic} with {@code numerical} and decides against {@code tolerance}. */
        public static Entry of(String name, Tensor analytic, Tensor numerical, double tolerance) {
            double r = GradCheckReport.relativeError(analytic, numerical);
            return new Entry(name, analytic, numerical, r, r <= tolerance);
        }

        /** max |a − n| over the elements. */
        public double maxAbsoluteError() {
            double[] a = analytic.toArray();
            double[] n = numerical.toArray();
            double m = 0;
            for (int i = 0; i < a.length; i++) {
                double d = Math.abs(a[i] - n[i]);
                m = Double.isNaN(d) ? Double.NaN : Math.max(m, d);
                if (Double.isNaN(m)) {
                    return m;
                }
            }
            return m;
        }
    }

    private final List<Entry> entries;
    private final double tolerance;
    private final double step;

    /**
     * A report over the given entries.
     *
     * @param entries   one per checked tensor, in the order they should be shown
     * @param tolerance the largest relative error that passes
     * @param step      the h used for the central differences
     */
    public GradCheckReport(List<Entry> entries, double tolerance, double step) {
        this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
        this.tolerance = tolerance;
        this.step = step;
    }

    /**
     * ‖a − n‖₂ / (‖a‖₂ + ‖n‖₂) over all elements; 0 if both are exactly zero, NaN if anything is NaN.
     * Throws if the shapes differ.
     */
    public static double relativeError(Tensor analytic, Tensor numerical) {
        if (!java.util.Arrays.equals(analytic.shape(), numerical.shape())) {
            throw new IllegalArgumentException("relativeError: analytic gradient has shape "
                    + shape(analytic) + " but numerical gradient has shape " + shape(numerical));
        }
        double[] a = analytic.toArray();
        double[] n = numerical.toArray();
        double diff = 0;
        double na = 0;
        double nn = 0;
        for (int i = 0; i < a.length; i++) {
            diff += (a[i] - n[i]) * (a[i] - n[i]);
            na += a[i] * a[i];
            nn += n[i] * n[i];
        }
        double denominator = Math.sqrt(na) + Math.sqrt(nn);
        if (denominator == 0) {
            return 0.0;
        }
        return Math.sqrt(diff) / denominator;
    }

    /** The checked tensors in order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry with this name; throws naming the available ones if there is none. */
    public Entry entry(String name) {
        List<String> names = new ArrayList<>();
        for (Entry e : entries) {
            if (e.name().equals(name)) {
                return e;
            }
            names.add(e.name());
        }
        throw new IllegalArgumentException("no entry '" + name + "' in this gradient check; it has " + names);
    }

    /** The largest relative error that passes. */
    public double tolerance() {
        return tolerance;
    }

    /** The step h of the central differences (f(x+h) − f(x−h)) / 2h. */
    public double step() {
        return step;
    }

    /** True if every entry passed. */
    public boolean allPassed() {
        for (Entry e : entries) {
            if (!e.passed()) {
                return false;
            }
        }
        return true;
    }

    /** The largest relative error over all entries (0 for an empty report, NaN if any is NaN). */
    public double maxRelativeError() {
        double m = 0;
        for (Entry e : entries) {
            if (Double.isNaN(e.relativeError())) {
                return Double.NaN;
            }
            m = Math.max(m, e.relativeError());
        }
        return m;
    }

    /**
     * A plain text table, e.g.
     * <pre>
     * gradient check (h = 1e-05, tolerance = 1e-06): all passed
     * name  shape   relative error  max abs error  passed
     * x     (2, 3)        2.1e-11        3.3e-12  yes
     * </pre>
     */
    @Override
    public String toString() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "shape", "relative error", "max abs error", "passed"});
        int failed = 0;
        for (Entry e : entries) {
            rows.add(new String[] {e.name(), shape(e.analytic()), Significant.scientific(e.relativeError()),
                Significant.scientific(e.maxAbsoluteError()), e.passed() ? "yes" : "NO"});
            failed += e.passed() ? 0 : 1;
        }
        int[] w = new int[5];
        for (String[] r : rows) {
            for (int c = 0; c < 5; c++) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder("gradient check (h = ").append(Significant.scientific(step)).append(", tolerance = ")
                .append(Significant.scientific(tolerance)).append("): ")
                .append(failed == 0 ? "all passed" : failed + " of " + entries.size() + " failed").append('\n');
        for (String[] r : rows) {
            sb.append(pad(r[0], w[0], false)).append("  ").append(pad(r[1], w[1], false)).append("  ")
                    .append(pad(r[2], w[2], true)).append("  ").append(pad(r[3], w[3], true)).append("  ")
                    .append(r[4]).append('\n');
        }
        return sb.toString();
    }

    /** "(2, 3)" for shape [2, 3], "()" for a scalar, "(5,)" for a vector, like numpy. */
    static String shape(Tensor t) {
        return t.shapeString();
    }

    private static String pad(String s, int w, boolean right) {
        String fill = " ".repeat(Math.max(0, w - s.length()));
        return right ? fill + s : s + fill;
    }
}
