package org.jbackprop.graph;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the graph package prints numbers in its text tables. */
final class Numbers {

    private Numbers() {
    }

    /** A constant as written in a gate label: 1 rather than 1.0, otherwise Java's shortest form. */
    static String plain(double c) {
        if (c == Math.rint(c) && Math.abs(c) < 1e15) {
            return Long.toString((long) c);
        }
        return Double.toString(c);
    }

    /**
     * {@code v} rounded to {@code digits} significant digits, without trailing zeros: 0.741365069552
     * with 9 digits prints 0.74136507. Very small or large magnitudes switch to scientific notation.
     */
    static String significant(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e9) {
            return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
        }
        String s = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + s.substring(e);
    }

    /** Pads {@code s} on the right to {@code width}. */
    static String left(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    /** Pads {@code s} on the left to {@code width}. */
    static String right(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
