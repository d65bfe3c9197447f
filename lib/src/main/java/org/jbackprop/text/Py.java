package org.jbackprop.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Prints numbers the way the lectures' Python does, so a notebook line reads like the lecture's.
 *
 * <p>{@code Py.str(0.1)} is {@code "0.1"} and {@code Py.str(1e-5)} is {@code "1e-05"}, as Python's
 * {@code str(x)} (and {@code repr(x)}); {@code Py.format("%d %.4f", step, loss)} is Python's
 * {@code "%d %.4f" % (step, loss)}. Unlike {@link String#format}, the text never depends on the
 * machine's locale, numbers are rounded exactly (half to even on the double's true value, so
 * {@code %.0f} of 0.5 is {@code 0}), and {@code %g} drops trailing zeros, as Python does.
 */
public final class Py {

    private Py() {
    }

    /**
     * Python's {@code str(x)} of a float: the shortest digits that read back as {@code x},
     * positional from 1e-4 up to 1e16 ({@code 0.0001}, {@code 2.0}), scientific outside
     * ({@code 1e-05}, {@code 1.5e+16}); {@code nan}, {@code inf}, {@code -inf}.
     */
    public static String str(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return special(x);
        }
        BigDecimal exact = new BigDecimal(Math.abs(x));
        BigDecimal shortest = null;
        for (int digits = 1; digits <= 17 && shortest == null; digits++) {
            shortest = roundTrip(exact, digits, b -> b.doubleValue() == Math.abs(x));
        }
        int exponent = exponent(shortest.stripTrailingZeros());
        return (x < 0 ? "-" : "") + layout(shortest, exponent >= -4 && exponent < 16);
    }

    /**
     * numpy's {@code str} of a {@code float32} scalar, which TensorFlow 1 lectures print
     * ({@code 2.2202755e-06}, {@code 0.6931472}): the shortest digits that read back as the float,
     * positional from 1e-4 up to 1e6, scientific outside ({@code 1e+06}), as numpy does.
     */
    public static String str(float x) {
        if (Float.isNaN(x) || Float.isInfinite(x) || x == 0) {
            return special(x);
        }
        BigDecimal exact = new BigDecimal(Math.abs((double) x));
        BigDecimal shortest = null;
        for (int digits = 1; digits <= 9 && shortest == null; digits++) {
            shortest = roundTrip(exact, digits, b -> b.floatValue() == Math.abs(x));
        }
        boolean positional = Math.abs(x) >= 1e-4 && Math.abs(x) < 1e6;
        return (x < 0 ? "-" : "") + layout(shortest, positional);
    }

    /**
     * Python's {@code format % args}: {@code %d %i %f %F %e %E %g %G %s %r %%} with the flags
     * {@code - + space 0 #}, a width and a precision ({@code "%8.3f"}, {@code "%-6s"}, {@code "%.1e"}).
     * A float for {@code %s} prints as {@link #str(double)}, anything else as {@code String.valueOf};
     * {@code %d} of a double truncates it as Python's {@code int()} does.
     *
     * @throws IllegalArgumentException for an unknown conversion, or too few or too many arguments,
     *                                  naming the format and the position
     */
    public static String format(String format, Object... args) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            String flags = "";
            while (i < format.length() && "-+ 0#".indexOf(format.charAt(i)) >= 0) {
                flags += format.charAt(i++);
            }
            int width = 0;
            while (i < format.length() && Character.isDigit(format.charAt(i))) {
                width = 10 * width + (format.charAt(i++) - '0');
            }
            int precision = -1;
            if (i < format.length() && format.charAt(i) == '.') {
                i++;
                precision = 0;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    precision = 10 * precision + (format.charAt(i++) - '0');
                }
            }
            if (i >= format.length()) {
                throw new IllegalArgumentException("format \"" + format + "\": incomplete conversion at index " + start);
            }
            char type = format.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if ("diFfEeGgsr".indexOf(type) < 0) {
                throw new IllegalArgumentException("format \"" + format + "\": unsupported conversion '%" + type
                        + "' at index " + start + " (Py.format knows %d %i %f %e %g %s %r %%)");
            }
            if (next >= args.length) {
                throw new IllegalArgumentException("format \"" + format + "\": not enough arguments ("
                        + args.length + ") for the conversion at index " + start);
            }
            out.append(convert(format, start, flags, width, precision, type, args[next++]));
        }
        if (next < args.length) {
            throw new IllegalArgumentException("format \"" + format + "\" has " + next + " conversions but got "
                    + args.length + " arguments");
        }
        return out.toString();
    }

    private static String convert(String format, int at, String flags, int width, int precision, char type, Object arg) {
        if (type == 's' || type == 'r') {
            String s = arg instanceof Double d ? str(d) : arg instanceof Float f ? str(f) : String.valueOf(arg);
            if (precision >= 0 && s.length() > precision) {
                s = s.substring(0, precision);
            }
            return pad(s, "", width, flags.contains("-"), false);
        }
        if (!(arg instanceof Number n)) {
            throw new IllegalArgumentException("format \"" + format + "\": '%" + type + "' at index " + at
                    + " needs a number, got " + (arg == null ? "null" : arg.getClass().getSimpleName() + " " + arg));
        }
        String sign;
        String body;
        if (type == 'd' || type == 'i') {
            BigInteger v = integer(n);
            sign = v.signum() < 0 ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
            body = v.abs().toString();
        } else {
            double v = n.doubleValue();
            boolean negative = v < 0 || (v == 0 && 1 / v < 0);
            sign = negative ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
            body = floating(Math.abs(v), precision < 0 ? 6 : precision, type, flags.contains("#"));
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return pad(sign + body, "", width, flags.contains("-"), false);
            }
        }
        return pad(body, sign, width, flags.contains("-"), flags.contains("0"));
    }

    private static BigInteger integer(Number n) {
        if (n instanceof BigInteger b) {
            return b;
        }
        if (n instanceof Double || n instanceof Float || n instanceof BigDecimal) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("cannot print " + d + " as an integer (%d)");
            }
            return new BigDecimal(d).toBigInteger();   // toward zero, as Python's int()
        }
        return BigInteger.valueOf(n.longValue());
    }

    /** {@code a} (non-negative) in Python's {@code %f}, {@code %e} or {@code %g} form, without a sign. */
    private static String floating(double a, int precision, char type, boolean alternate) {
        boolean upper = Character.isUpperCase(type);
        if (Double.isNaN(a) || Double.isInfinite(a)) {
            String s = Double.isNaN(a) ? "nan" : "inf";
            return upper ? s.toUpperCase() : s;
        }
        BigDecimal exact = new BigDecimal(a);
        String s;
        switch (Character.toLowerCase(type)) {
            case 'f' -> s = fixed(exact, precision, alternate);
            case 'e' -> s = scientific(exact, precision, alternate);
            default -> {
                int p = precision == 0 ? 1 : precision;
                int exponent = a == 0 ? 0 : exponent(exact.round(new MathContext(p, RoundingMode.HALF_EVEN)));
                s = exponent >= -4 && exponent < p
                        ? fixed(exact, p - 1 - exponent, alternate)
                        : scientific(exact, p - 1, alternate);
                if (!alternate) {
                    s = stripZeros(s);
                }
            }
        }
        return upper ? s.toUpperCase() : s;
    }

    private static String fixed(BigDecimal exact, int decimals, boolean alternate) {
        String s = exact.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && decimals == 0 ? s + "." : s;
    }

    private static String scientific(BigDecimal exact, int decimals, boolean alternate) {
        int exponent = 0;
        String digits = "0".repeat(decimals + 1);
        if (exact.signum() != 0) {
            BigDecimal r = exact.round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
            exponent = exponent(r);
            digits = r.unscaledValue().toString();
            digits = (digits + "0".repeat(decimals + 1)).substring(0, decimals + 1);
        }
        String mantissa = digits.substring(0, 1) + (decimals > 0 || alternate ? "." : "") + digits.substring(1);
        return mantissa + exponentText(exponent);
    }

    /** {@code 1.5000e-05} to {@code 1.5e-05}, {@code 2.000} to {@code 2}, as Python's {@code %g}. */
    private static String stripZeros(String s) {
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String rest = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return mantissa + rest;
    }

    /** The decimal exponent of a non-zero {@code b}: 2 for 123.4, -5 for 0.0000123. */
    private static int exponent(BigDecimal b) {
        return b.precision() - b.scale() - 1;
    }

    private static String exponentText(int exponent) {
        String e = Integer.toString(Math.abs(exponent));
        return "e" + (exponent < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /** The correctly rounded {@code digits}-digit decimal, or a neighbour of it, if it reads back. */
    private static BigDecimal roundTrip(BigDecimal exact, int digits, java.util.function.Predicate<BigDecimal> readsBack) {
        BigDecimal r = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (readsBack.test(r)) {
            return r;
        }
        // next to a power of two the interval that reads back is lopsided: try the two neighbours
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-r.scale());
        BigDecimal best = null;
        for (BigDecimal candidate : new BigDecimal[] {r.subtract(unit), r.add(unit)}) {
            if (candidate.signum() > 0 && candidate.round(new MathContext(digits)).compareTo(candidate) == 0
                    && readsBack.test(candidate)
                    && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    /** Positive shortest digits as Python's repr lays them out: {@code 0.0001}, {@code 2.0}, {@code 1e-05}. */
    private static String layout(BigDecimal shortest, boolean positional) {
        BigDecimal b = shortest.stripTrailingZeros();
        int exponent = exponent(b);
        if (positional) {
            String s = b.toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        String digits = b.unscaledValue().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + exponentText(exponent);
    }

    private static String special(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return 1 / x < 0 ? "-0.0" : "0.0";
    }

    private static String pad(String body, String sign, int width, boolean left, boolean zeros) {
        int fill = width - body.length() - sign.length();
        if (fill <= 0) {
            return sign + body;
        }
        if (left) {
            return sign + body + " ".repeat(fill);
        }
        return zeros ? sign + "0".repeat(fill) + body : " ".repeat(fill) + sign + body;
    }
}
