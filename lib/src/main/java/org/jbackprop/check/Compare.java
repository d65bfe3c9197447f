package org.jbackprop.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbackprop.tensor.Significant;
import org.jbackprop.tensor.Tensor;

/**
 * The comparisons behind {@link Check} and {@link Checks}: an answer against the expected tensor,
 * element by element, and the diagnosis of a wrong answer as one of the usual {@link Mistake}s.
 */
final class Compare {

    private Compare() {
    }

    /** The answer {@code actual} against {@code expected}: shape first, then |a − e| ≤ atol + rtol·|e|. */
    static CheckResult close(String name, Tensor expected, Tensor actual, double rtol, double atol,
            List<KnownMistake> known) {
        int[] e = expected.shape();
        if (actual == null) {
            return new CheckResult(name, false, "is null; expected a tensor of shape " + Tensor.shapeString(e)
                    + " (did the method return its result?)", e, null, List.of(), 0, Map.of(), null);
        }
        int[] a = actual.shape();
        if (!Arrays.equals(e, a)) {
            return new CheckResult(name, false, "wrong shape " + Tensor.shapeString(a) + "; expected "
                    + Tensor.shapeString(e), e, a, List.of(), 0, Map.of(), shapeHint(name, expected, actual, rtol, atol));
        }
        double[] ev = expected.toArray();
        double[] av = actual.toArray();
        List<Mismatch> shown = new ArrayList<>();
        int count = 0;
        double maxAbs = 0;
        int[] index = new int[e.length];
        for (int i = 0; i < ev.length; i++) {
            double d = Math.abs(av[i] - ev[i]);
            boolean same = av[i] == ev[i] || d <= atol + rtol * Math.abs(ev[i]);
            if (!same) {
                count++;
                if (shown.size() < Checks.SHOWN_MISMATCHES) {
                    shown.add(new Mismatch(index, ev[i], av[i]));
                }
            }
            maxAbs = Double.isNaN(d) || Double.isNaN(maxAbs) ? Double.NaN : Math.max(maxAbs, av[i] == ev[i] ? 0 : d);
            next(index, e);
        }
        String shape = e.length == 0 ? "" : " of shape " + Tensor.shapeString(e);
        if (count == 0) {
            return new CheckResult(name, true, (ev.length == 1 ? "right" : "all " + ev.length + " values" + shape + " right")
                    + " (max abs error " + Significant.scientific(maxAbs) + ")", e, a, List.of(), 0, Map.of(), null);
        }
        String summary = ev.length == 1
                ? "wrong value (tolerance " + Significant.scientific(rtol) + " relative + " + Significant.scientific(atol) + " absolute)"
                : count + " of " + ev.length + " values" + shape + " differ (tolerance " + Significant.scientific(rtol)
                        + " relative + " + Significant.scientific(atol) + " absolute); max abs error " + Significant.scientific(maxAbs);
        return new CheckResult(name, false, summary, e, a, shown, count, Map.of(),
                valueHint(name, expected, actual, rtol, atol, known));
    }

    /**
     * A gradient check's report as one result: passed if every entry passed. {@code single}: the
     * report has one entry that is the checked thing itself (a hand-written gradient), not one of a
     * layer's tensors, so the messages need not name it again.
     */
    static CheckResult gradients(String name, GradCheckReport report, boolean single) {
        Map<String, Double> errors = new LinkedHashMap<>();
        GradCheckReport.Entry worst = null;
        for (GradCheckReport.Entry entry : report.entries()) {
            errors.put(entry.name(), entry.relativeError());
            if (!entry.passed() && worst == null) {
                worst = entry;
            }
        }
        if (worst == null) {
            StringBuilder sb = new StringBuilder("agrees with the numerical gradient (relative error ");
            int k = 0;
            for (Map.Entry<String, Double> err : errors.entrySet()) {
                sb.append(k++ > 0 ? ", " : "").append(single ? "" : err.getKey() + " ")
                        .append(Significant.scientific(err.getValue()));
            }
            return new CheckResult(name, true, sb.append("; tolerance ").append(Significant.scientific(report.tolerance()))
                    .append(')').toString(), null, null, List.of(), 0, errors, null);
        }
        List<String> failed = new ArrayList<>();
        for (GradCheckReport.Entry entry : report.entries()) {
            if (!entry.passed()) {
                failed.add(entry.name());
            }
        }
        // Where do backward (analytic) and central differences (numerical) part? A looser tolerance than
        // the check's, so that only real disagreements are listed.
        CheckResult values = close(worst.name(), worst.numerical(), worst.analytic(), 1e-4, 1e-7, List.of());
        String summary = single
                ? "disagrees with the numerical gradient (tolerance " + Significant.scientific(report.tolerance())
                        + "); your values (got) against central differences (expected):"
                : "backward disagrees with the numerical gradient for " + String.join(", ", failed)
                        + " (tolerance " + Significant.scientific(report.tolerance()) + "); the gradient of " + worst.name()
                        + " from your code (got) against central differences (expected):";
        List<Mismatch> shown = values.mismatches();
        Hint hint = values.hint().orElse(null);
        return new CheckResult(name, false, summary, worst.numerical().shape(), worst.analytic().shape(), shown,
                values.mismatchCount(), errors, hint);
    }

    // ---------------------------------------------------------------- diagnosis

    private static Hint shapeHint(String name, Tensor expected, Tensor actual, double rtol, double atol) {
        int[] e = expected.shape();
        int[] a = actual.shape();
        if (a.length == 2 && e.length == 2 && a[0] == e[1] && a[1] == e[0]) {
            if (actual.transpose().allClose(expected, rtol, atol)) {
                return new Hint(Mistake.TRANSPOSED, name + " is the transpose of the right answer: a .T() is "
                        + "missing or one too many (a gradient has the shape of what it is the gradient of; "
                        + "dW = xᵀ·dOut, dX = dOut·Wᵀ)");
            }
            return new Hint(Mistake.TRANSPOSED, name + " has the transposed shape: check the order of the "
                    + "factors in the matmul and which one needs .T() (dW = xᵀ·dOut has the shape of W)");
        }
        if (actual.size() == expected.size() && Arrays.equals(squeezed(a), squeezed(e))) {
            boolean same = actual.reshape(e).allClose(expected, rtol, atol);
            return new Hint(Mistake.EXTRA_AXIS, (same ? "the values are right but " : "") + name + " has shape "
                    + Tensor.shapeString(a) + " instead of " + Tensor.shapeString(e)
                    + ": an axis of size 1 too many or too few (sum(0) rather than sum(0, true), or reshape)");
        }
        if (a.length == e.length + 1) {
            for (int axis = 0; axis < a.length; axis++) {
                if (Arrays.equals(without(a, axis), e)) {
                    if (actual.sum(axis).allClose(expected, rtol, atol)) {
                        return new Hint(Mistake.NOT_SUMMED, "summing " + name + " over axis " + axis
                                + " gives the right answer: a parameter used by every row of the batch gets the "
                                + "sum of their gradients (e.g. dB = dOut.sum(" + axis + "))");
                    }
                    if (actual.mean(axis).allClose(expected, rtol, atol)) {
                        return new Hint(Mistake.WRONG_REDUCTION, "averaging " + name + " over axis " + axis
                                + " gives the right answer: take .mean(" + axis + ")");
                    }
                    return new Hint(Mistake.NOT_SUMMED, name + " has an axis too many (axis " + axis + " of size "
                            + a[axis] + "): the gradient of a parameter shared by the batch is summed over it");
                }
            }
        }
        if (e.length == a.length + 1) {
            for (int axis = 0; axis < e.length; axis++) {
                if (Arrays.equals(without(e, axis), a)) {
                    return new Hint(Mistake.WRONG_REDUCTION, name + " has one axis fewer than expected (axis " + axis
                            + " of size " + e[axis] + " is missing): summed or averaged too early? Keep one value "
                            + "per row where the expected shape has the rows");
                }
            }
        }
        if (a.length == 1 && e.length == 1) {
            return new Hint(Mistake.WRONG_REDUCTION, "a sum or mean over the wrong axis? sum(0) adds up the rows "
                    + "(one value per column), sum(1) the columns (one value per row)");
        }
        return null;
    }

    private static Hint valueHint(String name, Tensor expected, Tensor actual, double rtol, double atol,
            List<KnownMistake> known) {
        double[] av = actual.toArray();
        double[] ev = expected.toArray();
        for (int i = 0; i < av.length; i++) {
            if (!Double.isFinite(av[i]) && Double.isFinite(ev[i])) {
                int[] index = unravel(i, actual.shape());
                return new Hint(Mistake.NOT_FINITE, name + " holds " + Checks.number(av[i])
                        + (index.length == 0 ? "" : " at " + Arrays.toString(index))
                        + ": a log of 0, a division by 0 or an overflow (exp of a large number)?");
            }
        }
        for (KnownMistake k : known) {
            Tensor wrong = k.value();
            if (wrong.size() == actual.size() && wrong.reshape(actual.shape()).allClose(actual, rtol, atol)) {
                return new Hint(Mistake.KNOWN, k.explanation());
            }
        }
        boolean expectedZero = true;
        boolean actualZero = true;
        for (int i = 0; i < av.length; i++) {
            expectedZero &= ev[i] == 0;
            actualZero &= av[i] == 0;
        }
        if (actualZero && !expectedZero) {
            return new Hint(Mistake.ALL_ZEROS, "every value of " + name + " is 0: was it computed at all (or "
                    + "accumulated into a gradient that was then zeroed)?");
        }
        if (expectedZero) {
            return null;
        }
        if (actual.neg().allClose(expected, rtol, atol)) {
            return new Hint(Mistake.SIGN_FLIPPED, "every value of " + name + " has the wrong sign: y − t rather "
                    + "than t − y? (and a gradient step is W − lr·dW)");
        }
        if (actual.rank() == 2 && actual.shape(0) == actual.shape(1) && actual.shape(0) > 1
                && actual.transpose().allClose(expected, rtol, atol)) {
            return new Hint(Mistake.TRANSPOSED, name + " is the transpose of the right answer: a .T() is missing "
                    + "or one too many (dW = xᵀ·dOut)");
        }
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < av.length; i++) {
            dot += av[i] * ev[i];
            norm += ev[i] * ev[i];
        }
        double ratio = dot / norm;
        if (Double.isFinite(ratio) && ratio != 0 && expected.mul(ratio).allClose(actual, rtol, atol)) {
            return new Hint(Mistake.SCALED, scaledText(name, ratio));
        }
        return null;
    }

    private static String scaledText(String name, double ratio) {
        long k = Math.round(ratio);
        long inverse = Math.round(1 / ratio);
        String every = "every value of " + name + " is ";
        if (k >= 2 && Math.abs(ratio - k) < 1e-6 * k) {
            return every + k + " times the right one: a sum where a mean was meant? (divide by N = " + k
                    + (k == 2 ? "; or a missing ½ from E = ½(t − y)²" : "") + ")";
        }
        if (inverse >= 2 && Math.abs(1 / ratio - inverse) < 1e-6 * inverse) {
            return every + "1/" + inverse + " of the right one: a mean where a sum was meant, or a division by "
                    + inverse + " too many?";
        }
        return every + Checks.number(ratio) + " times the right one: a constant factor is off "
                + "(a learning rate, a ½, an N or a sign?)";
    }

    private static int[] squeezed(int[] shape) {
        return Arrays.stream(shape).filter(d -> d != 1).toArray();
    }

    private static int[] without(int[] shape, int axis) {
        int[] out = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != axis) {
                out[j++] = shape[i];
            }
        }
        return out;
    }

    private static int[] unravel(int flat, int[] shape) {
        int[] index = new int[shape.length];
        for (int a = shape.length - 1; a >= 0; a--) {
            index[a] = flat % shape[a];
            flat /= shape[a];
        }
        return index;
    }

    private static void next(int[] index, int[] shape) {
        for (int a = shape.length - 1; a >= 0; a--) {
            if (++index[a] < shape[a]) {
                return;
            }
            index[a] = 0;
        }
    }
}
