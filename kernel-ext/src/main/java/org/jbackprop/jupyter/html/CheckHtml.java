package org.jbackprop.jupyter.html;

import java.util.Arrays;
import java.util.List;
import org.jbackprop.check.CheckResult;
import org.jbackprop.check.Checks;
import org.jbackprop.check.Mismatch;

/**
 * Checks of a student's answers as a pass/fail table: one row per check with its name, "pass" or
 * "FAIL", and the details (summary, first differing elements, hint). Through a {@link Grid} and
 * {@link TableHtml}, so every name and message is escaped.
 */
public final class CheckHtml {

    private CheckHtml() {
    }

    /** A group of checks, captioned "title: 2 of 3 passed". */
    public static String html(Checks checks) {
        int passed = 0;
        for (CheckResult r : checks.results()) {
            passed += r.passed() ? 1 : 0;
        }
        return table(checks.results(), checks.title() + ": " + passed + " of " + checks.results().size() + " passed");
    }

    /** One check, as a one-row table without a caption. */
    public static String html(CheckResult result) {
        return table(List.of(result), null);
    }

    /** The details column of one result: the summary, the shown mismatches and the hint, joined by "; ". */
    static String details(CheckResult r) {
        StringBuilder sb = new StringBuilder(r.summary());
        for (Mismatch m : r.mismatches()) {
            sb.append("; ").append(m);
        }
        if (r.mismatchCount() > r.mismatches().size()) {
            sb.append("; ... and ").append(r.mismatchCount() - r.mismatches().size()).append(" more");
        }
        r.hint().ifPresent(h -> sb.append("; hint: ").append(h.text()));
        return sb.toString();
    }

    private static String table(List<CheckResult> results, String caption) {
        int shown = Math.min(results.size(), ReportHtml.MAX_ROWS);
        String[] name = new String[shown];
        String[] result = new String[shown];
        String[] details = new String[shown];
        for (int i = 0; i < shown; i++) {
            CheckResult r = results.get(i);
            name[i] = r.name();
            result[i] = r.passed() ? "pass" : "FAIL";
            details[i] = details(r);
        }
        Grid table = Grid.ofColumns("checks", List.of("check", "result", "details"),
                List.of(Arrays.asList(name), Arrays.asList(result), Arrays.asList(details)));
        return TableHtml.write(table, "jbackprop-checks", caption, false, true);
    }
}
