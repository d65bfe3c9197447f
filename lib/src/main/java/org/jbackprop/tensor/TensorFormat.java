package org.jbackprop.tensor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Prints tensors the way numpy's {@code str(array)} does with its default options:
 * {@code [[1. 0.]\n [0. 1.]]}, {@code [0.01821127 0.24519181 0.73659691]}.
 *
 * <p>The rules are numpy's (arrayprint.py): one common format per array; positional with the
 * shortest round-trip digits, at most 8 after the point, padded so that points line up; scientific
 * ({@code 1.5e-05}) when the largest magnitude is at least 1e8, the smallest nonzero one below
 * 1e-4, or their ratio above 1e3; {@code nan} and {@code inf}; lines wrapped at 75 characters;
 * more than 1000 elements summarised with {@code ...} and 3 edge items per axis. A rank-0 tensor
 * prints like a Python float ({@code 1.0}, {@code 1e-05}).
 */
final class TensorFormat {

    static final int PRECISION = 8;
    static final int THRESHOLD = 1000;
    static final int EDGE_ITEMS = 3;
    static final int LINE_WIDTH = 75;

    private TensorFormat() {
    }

    static String format(Tensor t) {
        if (t.shape.length == 0) {
            return pythonRepr(t.data[0]);
        }
        if (t.data.length == 0) {
            return emptyString(t.shape);
        }
        boolean summarise = t.data.length > THRESHOLD;
        double[] shown = summarise ? leadingTrailing(t) : t.data;
        FloatFormat f = new FloatFormat(shown);
        StringBuilder sb = new StringBuilder();
        int[] strides = Shapes.strides(t.shape);
        String s = recurse(t, f, strides, 0, 0, " ", LINE_WIDTH, summarise);
        sb.append(s);
        return sb.toString();
    }

    private static String emptyString(int[] shape) {
        return "[]"; // numpy prints every empty array so, whatever its shape
    }

    private static double[] leadingTrailing(Tensor t) {
        int[][] idx = new int[t.shape.length][];
        for (int a = 0; a < t.shape.length; a++) {
            int n = t.shape[a];
            if (n > 2 * EDGE_ITEMS) {
                int[] ix = new int[2 * EDGE_ITEMS];
                for (int i = 0; i < EDGE_ITEMS; i++) {
                    ix[i] = i;
                    ix[EDGE_ITEMS + i] = n - EDGE_ITEMS + i;
                }
                idx[a] = ix;
            } else {
                idx[a] = Indexing.all(n);
            }
        }
        return Indexing.gather(t, idx);
    }

    /** numpy's _formatArray recursion for one axis. */
    private static String recurse(Tensor t, FloatFormat f, int[] strides, int axis, int offset,
                                  String hangingIndent, int currWidth, boolean summarise) {
        int rank = t.shape.length;
        int axesLeft = rank - axis;
        String nextHangingIndent = hangingIndent + " ";
        int nextWidth = currWidth - 1;
        int len = t.shape[axis];
        boolean showSummary = summarise && 2 * EDGE_ITEMS < len;
        int leading = showSummary ? EDGE_ITEMS : 0;
        int trailing = showSummary ? EDGE_ITEMS : len;
        StringBuilder s = new StringBuilder();
        if (axesLeft == 1) {
            int elemWidth = currWidth - 1; // max(len(separator.rstrip()), len(']')) with separator ' '
            StringBuilder line = new StringBuilder(hangingIndent);
            for (int i = 0; i < leading; i++) {
                extendLine(s, line, f.format(t.data[offset + i * strides[axis]]), elemWidth, hangingIndent);
                line.append(' ');
            }
            if (showSummary) {
                extendLine(s, line, "...", elemWidth, hangingIndent);
                line.append(' ');
            }
            for (int i = trailing; i > 1; i--) {
                extendLine(s, line, f.format(t.data[offset + (len - i) * strides[axis]]), elemWidth, hangingIndent);
                line.append(' ');
            }
            extendLine(s, line, f.format(t.data[offset + (len - 1) * strides[axis]]), elemWidth, hangingIndent);
            s.append(line);
        } else {
            String lineSep = "\n".repeat(axesLeft - 1);
            for (int i = 0; i < leading; i++) {
                s.append(hangingIndent).append(recurse(t, f, strides, axis + 1, offset + i * strides[axis],
                        nextHangingIndent, nextWidth, summarise)).append(lineSep);
            }
            if (showSummary) {
                s.append(hangingIndent).append("...").append(lineSep);
            }
            for (int i = trailing; i > 1; i--) {
                s.append(hangingIndent).append(recurse(t, f, strides, axis + 1, offset + (len - i) * strides[axis],
                        nextHangingIndent, nextWidth, summarise)).append(lineSep);
            }
            s.append(hangingIndent).append(recurse(t, f, strides, axis + 1, offset + (len - 1) * strides[axis],
                    nextHangingIndent, nextWidth, summarise));
        }
        return "[" + s.substring(hangingIndent.length()) + "]";
    }

    private static void extendLine(StringBuilder s, StringBuilder line, String word, int lineWidth,
                                   String nextLinePrefix) {
        boolean needsWrap = line.length() + word.length() > lineWidth;
        if (line.length() <= nextLinePrefix.length()) {
            needsWrap = false;
        }
        if (needsWrap) {
            s.append(rstrip(line)).append('\n');
            line.setLength(0);
            line.append(nextLinePrefix);
        }
        line.append(word);
    }

    private static String rstrip(CharSequence cs) {
        int end = cs.length();
        while (end > 0 && cs.charAt(end - 1) == ' ') {
            end--;
        }
        return cs.subSequence(0, end).toString();
    }

    /** numpy's FloatingFormat with precision 8, floatmode 'maxprec', no suppression, sign '-'. */
    static final class FloatFormat {
        private boolean expFormat;
        private int padLeft;
        private int padRight;
        private final int maxDigits;
        private int precision;
        private int expSize = -1;

        FloatFormat(double[] data) {
            this(data, PRECISION);
        }

        /** numpy's FloatingFormat with {@code np.set_printoptions(precision=maxDigits)}. */
        FloatFormat(double[] data, int maxDigits) {
            this.maxDigits = maxDigits;
            this.precision = maxDigits;
            double maxVal = 0;
            double minVal = Double.POSITIVE_INFINITY;
            boolean anyNonZero = false;
            int finite = 0;
            boolean negInf = false;
            for (double v : data) {
                if (Double.isFinite(v)) {
                    finite++;
                    double a = Math.abs(v);
                    if (a != 0) {
                        anyNonZero = true;
                        maxVal = Math.max(maxVal, a);
                        minVal = Math.min(minVal, a);
                    }
                } else if (v == Double.NEGATIVE_INFINITY) {
                    negInf = true;
                }
            }
            if (anyNonZero && (maxVal >= 1e8 || minVal < 0.0001 || maxVal / minVal > 1000.)) {
                expFormat = true;
            }
            if (finite == 0) {
                padLeft = 0;
                padRight = 0;
            } else if (expFormat) {
                int maxFrac = 0;
                int maxInt = 0;
                int maxExp = 0;
                for (double v : data) {
                    if (!Double.isFinite(v)) {
                        continue;
                    }
                    Sci s = scientific(v, maxDigits);
                    maxFrac = Math.max(maxFrac, s.frac.length());
                    maxInt = Math.max(maxInt, s.intPart.length());
                    maxExp = Math.max(maxExp, s.exp.length());
                }
                expSize = maxExp - 1;
                precision = maxFrac;
                padLeft = maxInt;
                padRight = expSize + 2 + precision;
            } else {
                int maxInt = 0;
                int maxFrac = 0;
                for (double v : data) {
                    if (!Double.isFinite(v)) {
                        continue;
                    }
                    String p = positional(v, maxDigits);
                    int dot = p.indexOf('.');
                    maxInt = Math.max(maxInt, dot);
                    maxFrac = Math.max(maxFrac, p.length() - dot - 1);
                }
                padLeft = maxInt;
                padRight = maxFrac;
            }
            if (finite != data.length) {
                int inflen = 3 + (negInf ? 1 : 0);
                int off = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - off, inflen - off));
            }
        }

        String format(double x) {
            if (!Double.isFinite(x)) {
                String ret = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
                return " ".repeat(Math.max(0, padLeft + padRight + 1 - ret.length())) + ret;
            }
            if (expFormat) {
                Sci s = scientific(x, precision);
                StringBuilder frac = new StringBuilder(s.frac);
                while (frac.length() < precision) {
                    frac.append('0');
                }
                String exp = s.exp.substring(1);
                StringBuilder e = new StringBuilder(s.exp.substring(0, 1));
                for (int i = exp.length(); i < expSize; i++) {
                    e.append('0');
                }
                e.append(exp);
                return " ".repeat(Math.max(0, padLeft - s.intPart.length())) + s.intPart + "." + frac + "e" + e;
            }
            String p = positional(x, maxDigits);
            int dot = p.indexOf('.');
            int fracLen = p.length() - dot - 1;
            return " ".repeat(Math.max(0, padLeft - dot)) + p + " ".repeat(Math.max(0, padRight - fracLen));
        }
    }

    /** A scientific rendering split into sign+integer digit, fraction digits and signed exponent. */
    static final class Sci {
        final String intPart;
        final String frac;
        final String exp; // e.g. "-05" or "+00"

        Sci(String intPart, String frac, String exp) {
            this.intPart = intPart;
            this.frac = frac;
            this.exp = exp;
        }
    }

    /** The shortest decimal that reads back as x (Dragon4/Ryu "unique" digits), as a BigDecimal. */
    static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        if (x == 0) {
            return BigDecimal.ZERO;
        }
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) {
                return r.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /**
     * numpy's format_float_positional(x, precision, unique=True, fractional=True, trim='.'):
     * shortest digits, cut to {@code precision} digits after the point, e.g. "1.", "0.5", "-2.25".
     */
    static String positional(double x, int precision) {
        BigDecimal d = shortest(x);
        if (d.scale() > precision) {
            d = new BigDecimal(x).setScale(precision, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        String body = d.abs().toPlainString();
        if (d.signum() == 0) {
            body = "0";
        }
        if (!body.contains(".")) {
            body = body + ".";
        }
        boolean neg = x < 0 || (x == 0 && 1.0 / x < 0);
        return (neg ? "-" : "") + body;
    }

    /** numpy's format_float_scientific(x, precision, unique=True, trim='.') split into parts. */
    static Sci scientific(double x, int precision) {
        boolean neg = x < 0 || (x == 0 && 1.0 / x < 0);
        String sign = neg ? "-" : "";
        if (x == 0) {
            return new Sci(sign + "0", "", "+00");
        }
        BigDecimal d = shortest(Math.abs(x));
        if (d.precision() - 1 > precision) {
            d = new BigDecimal(Math.abs(x)).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN))
                    .stripTrailingZeros();
        }
        String digits = d.unscaledValue().toString();
        int exp = d.precision() - d.scale() - 1;
        String frac = digits.substring(1);
        String e = (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return new Sci(sign + digits.charAt(0), frac, e);
    }

    /** Python's repr of a float: "1.0", "0.1", "1e-05", "1.5e+16", "nan", "-inf". */
    static String pythonRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        boolean neg = x < 0 || (x == 0 && 1.0 / x < 0);
        if (x == 0) {
            return neg ? "-0.0" : "0.0";
        }
        BigDecimal d = shortest(Math.abs(x));
        int exp = d.precision() - d.scale() - 1;
        String sign = neg ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String s = d.toPlainString();
            return sign + (s.contains(".") ? s : s + ".0");
        }
        String digits = d.unscaledValue().toString();
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** A single value as a Python float would print it (kept for callers of the original API). */
    static String number(double v) {
        return pythonRepr(v);
    }
}
