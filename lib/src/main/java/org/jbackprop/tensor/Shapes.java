package org.jbackprop.tensor;

/** Shape arithmetic shared by the tensor operations: sizes, strides, axes, broadcasting. */
final class Shapes {

    private Shapes() {
    }

    /** numpy's tuple notation: {@code (101, 16)}, {@code (3,)}, {@code ()}. */
    static String str(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /** The number of elements a shape holds; throws on negative lengths or int overflow. */
    static int sizeOf(int[] shape) {
        long n = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new IllegalArgumentException("negative dimension " + shape[i] + " at axis " + i
                        + " in shape " + str(shape) + "; every length must be 0 or more");
            }
            n *= shape[i];
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + str(shape) + " is too large: the product of its "
                        + "lengths exceeds " + Integer.MAX_VALUE + ", the limit of a Java array");
            }
        }
        return (int) n;
    }

    /** Row-major strides in elements. */
    static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    /** Product of shape[from..to). */
    static int prod(int[] shape, int from, int to) {
        int p = 1;
        for (int i = from; i < to; i++) {
            p *= shape[i];
        }
        return p;
    }

    /** Resolves a possibly negative axis against a rank, or throws naming the operation. */
    static int axis(String op, int axis, int[] shape) {
        return axis(op, axis, shape, shape.length);
    }

    /** Resolves a possibly negative axis against {@code rank} axes (e.g. rank + 1 for expandDims). */
    static int axis(String op, int axis, int[] shape, int rank) {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw ShapeMismatchException.operand(op, shape, axis, op + ": axis " + axis
                    + " is out of bounds for a tensor of shape " + str(shape) + " (valid axes are "
                    + (rank == 0 ? "none" : -rank + " to " + (rank - 1)) + ")");
        }
        return a;
    }

    /** The broadcast result shape of two shapes, numpy's rule, or a ShapeMismatchException. */
    static int[] broadcast(String op, int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int ia = i - (rank - a.length);
            int ib = i - (rank - b.length);
            int da = ia >= 0 ? a[ia] : 1;
            int db = ib >= 0 ? b[ib] : 1;
            if (da == db || db == 1) {
                out[i] = da;
            } else if (da == 1) {
                out[i] = db;
            } else {
                throw ShapeMismatchException.operands(op, a, b, i, op + ": shapes cannot be broadcast together: "
                        + str(a) + " and " + str(b) + "; axis " + ia + " of the left (" + da + ") and axis "
                        + ib + " of the right (" + db + ") must be equal, or one of them 1");
            }
        }
        return out;
    }

    /** Strides of {@code shape} viewed in a broadcast result of rank {@code rank} (0 where broadcast). */
    static int[] broadcastStrides(int[] shape, int[] outShape) {
        int rank = outShape.length;
        int[] s = new int[rank];
        int[] own = strides(shape);
        for (int i = 0; i < rank; i++) {
            int k = i - (rank - shape.length);
            s[i] = k >= 0 && shape[k] != 1 ? own[k] : 0;
        }
        return s;
    }

    /** The first axis at which two shapes differ, counted from the front; the shorter rank if one is a prefix of the other. */
    static int firstDifference(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return n;
    }

    static boolean same(int[] a, int[] b) {
        return java.util.Arrays.equals(a, b);
    }
}
