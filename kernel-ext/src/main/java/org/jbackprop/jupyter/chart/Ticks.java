package org.jbackprop.jupyter.chart;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Tick labels as a lecture writes numbers: {@code 0}, {@code 0.25}, {@code -4}, {@code 1.2k},
 * {@code 10k}, {@code 3M}, {@code 1e-4}, {@code 2.5e-5}: at most six significant digits with no
 * trailing zeros (so the float noise of a tick position never shows), a {@code k}/{@code M} suffix
 * from a thousand to a billion, a lower-case exponent below 0.001 and from a billion on.
 * XChart chooses where the ticks go (steps of 1, 2 or 5 times a power of ten, so 0 is a tick
 * whenever the range spans it); these functions only write them.
 */
public final class Ticks {

    private Ticks() {
    }

    /** A tick on a linear axis at {@code v}. */
    public static String label(double v) {
        return number(v, 6);
    }

    /**
     * A tick on an axis of whole numbers (steps, counts): {@code v} rounded to an integer, so a
     * half-step tick repeats its neighbour's label and XChart, which wants distinct labels, picks a
     * step of at least 1.
     */
    public static String integerLabel(double v) {
        return number(Math.rint(v), 6);
    }

    /**
     * A tick on a logarithmic axis drawn as log10 of the data: the tick at {@code exponent} is
     * {@code 10^exponent}, to two significant digits ({@code 1e-4}, {@code 0.01}, {@code 3.2e-4}).
     */
    public static String powerOfTen(double exponent) {
        double rounded = Math.rint(exponent);
        double v = Math.abs(exponent - rounded) < 1e-9 ? Math.pow(10, rounded) : Math.pow(10, exponent);
        return number(v, 2);
    }

    /** {@code v} to {@code digits} significant digits in the lecture's style (see the class comment). */
    static String number(double v, int digits) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits));
        if (d.signum() == 0) {
            return "0";
        }
        double a = Math.abs(d.doubleValue());
        if (a >= 1e9 || a < 1e-3) {
            int exponent = d.precision() - d.scale() - 1;
            BigDecimal mantissa = d.movePointLeft(exponent);
            return plain(mantissa) + "e" + exponent;
        }
        if (a >= 1e6) {
            return plain(d.movePointLeft(6)) + "M";
        }
        if (a >= 1e3) {
            return plain(d.movePointLeft(3)) + "k";
        }
        return plain(d);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
