package org.jbackprop.jupyter.html;

import org.jbackprop.tensor.Tensor;

/**
 * A tensor as plain text in numpy's format. Up to {@link #THRESHOLD} elements this is exactly
 * {@link Tensor#toString()}; larger tensors are summarized the way numpy does it (its
 * {@code threshold=1000, edgeitems=3}): every axis longer than 6 shows 3 items, {@code ...}, 3 items.
 */
public final class TensorText {

    /** numpy's print threshold: larger tensors are summarized. */
    public static final int THRESHOLD = 1000;
    /** Items shown at each end of a summarized axis. */
    public static final int EDGE_ITEMS = 3;

    private TensorText() {
    }

    /** The tensor as numpy prints it, summarized above {@link #THRESHOLD} elements. */
    public static String text(Tensor t) {
        if (t.size() <= THRESHOLD) {
            return t.toString();
        }
        int[] shape = t.shape();
        StringBuilder sb = new StringBuilder();
        append(sb, t, shape, new int[shape.length], 0);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Tensor t, int[] shape, int[] index, int axis) {
        int rank = shape.length;
        sb.append('[');
        long[] shown = Window.positions(shape[axis], 2 * EDGE_ITEMS, EDGE_ITEMS);
        for (int k = 0; k < shown.length; k++) {
            if (k > 0) {
                if (axis == rank - 1) {
                    sb.append(' ');
                } else {
                    sb.append("\n".repeat(rank - 1 - axis)).append(" ".repeat(axis + 1));
                }
            }
            if (shown[k] == Window.GAP) {
                sb.append("...");
                continue;
            }
            index[axis] = (int) shown[k];
            if (axis == rank - 1) {
                sb.append(number(t.get(index)));
            } else {
                append(sb, t, shape, index, axis + 1);
            }
        }
        sb.append(']');
    }

    /** One number as {@link Tensor#toString()} writes it: {@code 1.}, {@code 0.5}, {@code nan}, {@code inf}. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e16) {
            return (long) v + ".";
        }
        return Double.toString(v);
    }
}
