package org.jbackprop.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Thrown by a failed check (an {@link AssertionError}, so nbgrader and JUnit count it as a failed
 * test). Its message lists every failed check with its shapes, first differing elements and hint;
 * {@link #results()} holds the same facts as fields.
 */
public final class CheckFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final transient List<CheckResult> results;

    /** A failure of the given results (the passed ones are listed too, for context). */
    public CheckFailure(List<CheckResult> results) {
        super(message(results));
        this.results = Collections.unmodifiableList(new ArrayList<>(results));
        setStackTrace(callersOnly(getStackTrace()));
    }

    /**
     * The stack without the check API's own frames, so that a notebook's trace points at the test
     * cell's line (or the student's method) rather than at {@code Check.close}.
     */
    private static StackTraceElement[] callersOnly(StackTraceElement[] stack) {
        List<StackTraceElement> kept = new ArrayList<>();
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            boolean own = c.startsWith("org.jbackprop.check.") && !c.startsWith("org.jbackprop.check.GradientCheck")
                    && !c.endsWith("Test");
            if (!own) {
                kept.add(e);
            }
        }
        return kept.isEmpty() ? stack : kept.toArray(new StackTraceElement[0]);
    }

    /** Every result of the failed checks' group, passed or not, in order. */
    public List<CheckResult> results() {
        return results;
    }

    /** The results that failed. */
    public List<CheckResult> failures() {
        List<CheckResult> out = new ArrayList<>();
        for (CheckResult r : results) {
            if (!r.passed()) {
                out.add(r);
            }
        }
        return out;
    }

    private static String message(List<CheckResult> results) {
        if (results.size() == 1) {
            return results.get(0).message();
        }
        int failed = 0;
        for (CheckResult r : results) {
            failed += r.passed() ? 0 : 1;
        }
        StringBuilder sb = new StringBuilder(failed + " of " + results.size() + " checks failed");
        for (CheckResult r : results) {
            sb.append('\n').append(r.passed() ? "  PASS " : "  FAIL ")
                    .append(r.passed() ? r.name() + ": " + r.summary() : r.message().replace("\n", "\n    "));
        }
        return sb.toString();
    }
}
