package org.jbackprop.jupyter.html;

import java.util.Locale;

/**
 * Formats the numbers of one table alike, as pandas does: every cell with the same number of
 * decimals, switching the whole table to scientific notation when fixed decimals would hide values.
 * NaN and infinities are written {@code nan}, {@code inf}, {@code -inf} as numpy prints them.
 */
public final class CellFormat {

    /** The largest magnitude written in fixed notation. */
    static final double MAX_FIXED = 1e8;

    private CellFormat() {
    }

    /**
     * The cells of {@code values}, all in one style chosen from all of them:
     * integers only as {@code "3.0"}; otherwise {@code precision} decimals ({@code "0.5000"}),
     * or scientific ({@code "1.0000e-05"}) when a nonzero value is below {@code 10^-precision}
     * or a value reaches 1e8.
     */
    public static String[] format(double[] values, int precision) {
        if (precision < 0 || precision > 17) {
            throw new IllegalArgumentException("precision must be between 0 and 17, got " + precision);
        }
        boolean integral = true;
        double maxAbs = 0;
        double minNonZero = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                continue;
            }
            double a = Math.abs(v);
            maxAbs = Math.max(maxAbs, a);
            if (a > 0) {
                minNonZero = Math.min(minNonZero, a);
            }
            if (v != Math.rint(v)) {
                integral = false;
            }
        }
        String pattern;
        if (maxAbs >= MAX_FIXED) {
            pattern = "%." + precision + "e";
        } else if (integral) {
            pattern = "%.1f";
        } else if (minNonZero < Math.pow(10, -precision)) {
            pattern = "%." + precision + "e";
        } else {
            pattern = "%." + precision + "f";
        }
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = cell(values[i], pattern);
        }
        return out;
    }

    private static String cell(double v, String pattern) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, pattern, v);
    }
}
