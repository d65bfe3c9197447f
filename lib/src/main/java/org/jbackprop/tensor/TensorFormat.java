package org.jbackprop.tensor;

/** Prints tensors the way numpy prints arrays: {@code [[1. 0.]\n [0. 1.]]}. */
final class TensorFormat {

    private TensorFormat() {
    }

    static String format(Tensor t) {
        StringBuilder sb = new StringBuilder();
        append(sb, t, 0, 0);
        return sb.toString();
    }

    private static int append(StringBuilder sb, Tensor t, int axis, int offset) {
        if (t.shape.length == 0) {
            sb.append(number(t.data[0]));
            return 1;
        }
        sb.append('[');
        int n = t.shape[axis];
        int stride = 1;
        for (int i = axis + 1; i < t.shape.length; i++) {
            stride *= t.shape[i];
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                if (axis == t.shape.length - 1) {
                    sb.append(' ');
                } else {
                    sb.append("\n".repeat(t.shape.length - 1 - axis)).append(" ".repeat(axis + 1));
                }
            }
            if (axis == t.shape.length - 1) {
                sb.append(number(t.data[offset + i]));
            } else {
                append(sb, t, axis + 1, offset + i * stride);
            }
        }
        sb.append(']');
        return n;
    }

    static String number(double v) {
        if (v == Math.rint(v) && !Double.isInfinite(v)) {
            return (long) v + ".";
        }
        return Double.toString(v);
    }
}
