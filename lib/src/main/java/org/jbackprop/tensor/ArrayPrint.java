package org.jbackprop.tensor;

/**
 * The numbers of an array written as numpy's {@code str(array)} writes them, one by one: the same
 * rule {@link Tensor#toString()} follows (one format for the whole array; shortest round-trip digits,
 * at most {@code precision} after the point; scientific when the largest magnitude reaches 1e8, the
 * smallest nonzero one is below 1e-4 or their ratio exceeds 1e3), without numpy's alignment padding.
 * So a table of a tensor shows {@code 0.37850999} and {@code 1.} where {@code println} does.
 */
public final class ArrayPrint {

    /** numpy's default {@code precision} print option. */
    public static final int PRECISION = TensorFormat.PRECISION;

    private ArrayPrint() {
    }

    /**
     * Each of {@code values} as numpy prints it inside an array of exactly these values, e.g.
     * {@code {0.5, 1}} gives {@code "0.5", "1."}; {@code {0.5, 1e-5}} gives {@code "5.e-01", "1.e-05"}.
     *
     * @param precision at most this many digits after the point (numpy's print option), 0 to 17
     */
    public static String[] elements(double[] values, int precision) {
        if (precision < 0 || precision > 17) {
            throw new IllegalArgumentException("precision must be between 0 and 17, got " + precision);
        }
        TensorFormat.FloatFormat f = new TensorFormat.FloatFormat(values, precision);
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = f.format(values[i]).strip();
        }
        return out;
    }

    /** A single number as numpy prints a 0-d array or a Python float: {@code 0.25}, {@code 1.0}, {@code 1e-05}. */
    public static String scalar(double value) {
        return TensorFormat.pythonRepr(value);
    }
}
