package org.jbackprop.nn;

import java.util.Arrays;
import org.jbackprop.tensor.ShapeMismatchException;
import org.jbackprop.tensor.Tensor;

/** Shape checks shared by the layers, losses and optimizers, with numpy-style messages. */
public final class Shapes {

    private Shapes() {
    }

    /** "(101, 16)" for [101, 16], "(5,)" for [5], "()" for a scalar, like numpy. */
    public static String format(int[] shape) {
        return Tensor.shapeString(shape);
    }

    /** Throws a {@link ShapeMismatchException} unless {@code actual} has exactly the shape of {@code expected}. */
    public static void requireSame(String operation, Tensor expected, Tensor actual) {
        if (actual == null) {
            throw new IllegalArgumentException(operation + ": tensor is null");
        }
        int[] e = expected.shape();
        int[] a = actual.shape();
        if (!Arrays.equals(e, a)) {
            int axis = firstDifference(e, a);
            throw mismatch(operation, e, a, axis, operation + ": expected shape " + format(e) + ", got "
                    + format(a));
        }
    }

    /**
     * Throws unless {@code x} is 2-d with {@code width} columns, e.g.
     * "Linear(16→7).forward: expected (N, 16), got (101, 17)".
     */
    public static void requireRows(String operation, Tensor x, int width) {
        if (x == null) {
            throw new IllegalArgumentException(operation + ": input is null");
        }
        int[] s = x.shape();
        if (s.length != 2 || s[1] != width) {
            int[] expected = {s.length == 2 ? s[0] : -1, width};
            throw mismatch(operation, expected, s, s.length == 2 ? 1 : 0,
                    operation + ": expected (N, " + width + "), got " + format(s));
        }
    }

    /** A {@link ShapeMismatchException} for {@code operation} with a ready message; the axis is unknown (-1). */
    public static ShapeMismatchException mismatchFor(String operation, int[] expected, int[] actual, String message) {
        return new ShapeMismatchException(operation, expected, actual, -1, message);
    }

    static ShapeMismatchException mismatch(String operation, int[] expected, int[] actual, int axis,
            String message) {
        return new ShapeMismatchException(operation, expected, actual, axis, message);
    }

    private static int firstDifference(int[] a, int[] b) {
        if (a.length != b.length) {
            return -1;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return -1;
    }
}
