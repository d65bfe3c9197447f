package org.jbackprop.tensor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers rounded to significant digits without trailing zeros: 0.741365069552 to 9 digits is
 * 0.74136507. The trace and graph tables print with it, and so do the notebook's HTML tables.
 */
public final class Significant {

    private Significant() {
    }

    /**
     * Two significant digits in scientific notation, as error reports print errors and tolerances
     * ({@code 2.1e-11}); 0 as {@code 0}; {@code nan}, {@code inf}, {@code -inf} as numpy writes them.
     */
    public static String scientific(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return format(v, 2);
        }
        return String.format(Locale.ROOT, "%.1e", v);
    }

    /**
     * {@code v} to {@code digits} significant digits; scientific notation below 1e-4 and from 1e9 on;
     * {@code nan}, {@code inf}, {@code -inf} as numpy writes them; 0 as {@code 0}.
     */
    public static String format(double v, int digits) {
        if (digits < 1 || digits > 17) {
            throw new IllegalArgumentException("digits must be between 1 and 17, got " + digits);
        }
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
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
}
