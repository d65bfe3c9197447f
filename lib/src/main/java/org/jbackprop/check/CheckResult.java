package org.jbackprop.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbackprop.tensor.Significant;

/**
 * The outcome of one check of a student's answer (a value, a shape or a gradient): passed or not, a
 * one-line summary, and the facts behind it as fields, so that tests and tools need not parse text.
 * A notebook shows it as a one-row pass/fail table; {@link #message()} is the text an
 * {@link AssertionError} carries.
 */
public final class CheckResult {

    private final String name;
    private final boolean passed;
    private final String summary;
    private final int[] expectedShape;
    private final int[] actualShape;
    private final List<Mismatch> mismatches;
    private final int mismatchCount;
    private final Map<String, Double> relativeErrors;
    private final Hint hint;

    CheckResult(String name, boolean passed, String summary, int[] expectedShape, int[] actualShape,
            List<Mismatch> mismatches, int mismatchCount, Map<String, Double> relativeErrors, Hint hint) {
        this.name = name;
        this.passed = passed;
        this.summary = summary;
        this.expectedShape = expectedShape == null ? null : expectedShape.clone();
        this.actualShape = actualShape == null ? null : actualShape.clone();
        this.mismatches = Collections.unmodifiableList(new ArrayList<>(mismatches));
        this.mismatchCount = mismatchCount;
        this.relativeErrors = Collections.unmodifiableMap(new LinkedHashMap<>(relativeErrors));
        this.hint = hint;
    }

    /** What was checked, e.g. "dW" or "Sigmoid backward: gradient check". */
    public String name() {
        return name;
    }

    /** True if the answer is right. */
    public boolean passed() {
        return passed;
    }

    /** One line: "max abs error 2.2e-16" when passed, "wrong shape (3, 2); expected (2, 3)" when not. */
    public String summary() {
        return summary;
    }

    /** The expected shape, or null when the check is not about a tensor. */
    public int[] expectedShape() {
        return expectedShape == null ? null : expectedShape.clone();
    }

    /** The answer's shape, or null when the check is not about a tensor (or the answer was null). */
    public int[] actualShape() {
        return actualShape == null ? null : actualShape.clone();
    }

    /** The first elements that differ (at most {@link Checks#SHOWN_MISMATCHES}), in row-major order. */
    public List<Mismatch> mismatches() {
        return mismatches;
    }

    /** How many elements differ in all (the list above shows only the first). */
    public int mismatchCount() {
        return mismatchCount;
    }

    /**
     * For a numerical gradient check: the relative error ‖a − n‖ / (‖a‖ + ‖n‖) of each checked tensor
     * ("x", "W", "b", ...), in order; empty for other checks.
     */
    public Map<String, Double> relativeErrors() {
        return relativeErrors;
    }

    /** The usual mistake this wrong answer looks like, if one was recognised. */
    public Optional<Hint> hint() {
        return Optional.ofNullable(hint);
    }

    /** Returns this result if it passed, else throws a {@link CheckFailure} with {@link #message()}. */
    public CheckResult orThrow() {
        if (!passed) {
            throw new CheckFailure(List.of(this));
        }
        return this;
    }

    /**
     * The full text: "name: summary", then one indented line per shown mismatch or relative error and
     * the hint, e.g.
     * <pre>
     * dB: 3 of 3 values differ (tolerance 1e-06 relative + 1e-09 absolute); max abs error 1.5
     *   at [0]: expected 0.5, got 1.5
     *   hint: every value is 3 times the expected one: a sum where a mean was meant? (divide by N = 3)
     * </pre>
     */
    public String message() {
        StringBuilder sb = new StringBuilder(name).append(": ").append(summary);
        if (!relativeErrors.isEmpty() && !passed) {
            for (Map.Entry<String, Double> e : relativeErrors.entrySet()) {
                sb.append("\n  relative error of ").append(e.getKey()).append(": ").append(Significant.scientific(e.getValue()));
            }
        }
        for (Mismatch m : mismatches) {
            sb.append("\n  ").append(m);
        }
        if (mismatchCount > mismatches.size()) {
            sb.append("\n  ... and ").append(mismatchCount - mismatches.size()).append(" more");
        }
        if (hint != null) {
            sb.append("\n  hint: ").append(wrap(hint.text(), WIDTH - 8, "\n        "));
        }
        return sb.toString();
    }

    /** Lines of a message are wrapped at about this many characters (a notebook's error box does not wrap). */
    static final int WIDTH = 100;

    /** {@code text} broken at spaces into lines of at most {@code width} characters, joined by {@code newline}. */
    static String wrap(String text, int width, String newline) {
        StringBuilder sb = new StringBuilder();
        int column = 0;
        for (String word : text.split(" ")) {
            if (column > 0 && column + 1 + word.length() > width) {
                sb.append(newline);
                column = 0;
            } else if (column > 0) {
                sb.append(' ');
                column++;
            }
            sb.append(word);
            column += word.length();
        }
        return sb.toString();
    }

    /** "PASS name: summary" or "FAIL " + {@link #message()}. */
    @Override
    public String toString() {
        return (passed ? "PASS " : "FAIL ") + message();
    }
}
