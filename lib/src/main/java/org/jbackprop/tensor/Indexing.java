package org.jbackprop.tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * numpy indexing: basic and single-list indexing from specs like {@code ":, 0:-1"}, {@code ":, [-1]"},
 * {@code "::2, 3"}, {@code "..., None"}, plus {@code take}, rows, columns and boolean masks; every
 * selection is gathered into a new tensor.
 *
 * <p>Each input axis gets a list of source indices; an integer index drops its axis, a slice or
 * an index list keeps it, {@code None} (or {@code newaxis}) inserts a new axis of length 1.
 */
final class Indexing {

    private Indexing() {
    }

    /** One parsed selection on one input axis (or a new axis when {@code newAxis}). */
    private static final class Item {
        boolean newAxis;
        boolean ellipsis;
        boolean drop;        // a single integer
        int[] list;          // an index list, or null
        Integer start;
        Integer stop;
        Integer step;
        int index;
    }

    static Tensor slice(Tensor t, String spec) {
        List<Item> items = parse(spec);
        int ellipses = 0;
        int consuming = 0;
        int lists = 0;
        for (Item it : items) {
            if (it.ellipsis) {
                ellipses++;
            } else if (!it.newAxis) {
                consuming++;
            }
            if (it.list != null) {
                lists++;
            }
        }
        if (ellipses > 1) {
            throw new IllegalArgumentException("slice \"" + spec + "\": an index can only have a single ellipsis ('...')");
        }
        if (lists > 1) {
            throw new IllegalArgumentException("slice \"" + spec + "\": only one index list is supported; numpy "
                    + "would pair several lists element by element, use take(axis, indices) twice instead");
        }
        int rank = t.shape.length;
        if (consuming > rank) {
            throw ShapeMismatchException.operand("slice", t.shape, rank, "slice \"" + spec + "\": too many indices for "
                    + "a tensor of shape " + Shapes.str(t.shape) + ": " + consuming + " indices for " + rank + " axes");
        }
        // Expand the ellipsis (or pad the end) with full slices.
        List<Item> full = new ArrayList<>();
        boolean expanded = false;
        for (Item it : items) {
            if (it.ellipsis) {
                for (int i = 0; i < rank - consuming; i++) {
                    full.add(new Item());
                }
                expanded = true;
            } else {
                full.add(it);
            }
        }
        if (!expanded) {
            for (int i = consuming; i < rank; i++) {
                full.add(new Item());
            }
        }
        int[][] idx = new int[rank][];
        List<Integer> outShape = new ArrayList<>();
        int axis = 0;
        for (Item it : full) {
            if (it.newAxis) {
                outShape.add(1);
                continue;
            }
            int len = t.shape[axis];
            if (it.drop) {
                idx[axis] = new int[] {checkIndex("slice", it.index, axis, t.shape)};
            } else if (it.list != null) {
                int[] l = new int[it.list.length];
                for (int i = 0; i < l.length; i++) {
                    l[i] = checkIndex("slice", it.list[i], axis, t.shape);
                }
                idx[axis] = l;
                outShape.add(l.length);
            } else {
                idx[axis] = range(it.start, it.stop, it.step, len, spec);
                outShape.add(idx[axis].length);
            }
            axis++;
        }
        int[] shape = outShape.stream().mapToInt(Integer::intValue).toArray();
        return new Tensor(gather(t, idx), shape);
    }

    /** numpy's {@code take(t, indices, axis)}: the entries at {@code indices} along {@code axis}, which is kept. */
    static Tensor take(Tensor t, int axis, int[] indices) {
        int[] shape = t.shape;
        int a = Shapes.axis("take", axis, shape);
        int[][] idx = new int[shape.length][];
        for (int i = 0; i < shape.length; i++) {
            idx[i] = all(shape[i]);
        }
        int[] l = new int[indices.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = checkIndex("take", indices[i], a, shape);
        }
        idx[a] = l;
        int[] s = shape.clone();
        s[a] = l.length;
        return new Tensor(gather(t, idx), s);
    }

    /** {@code t[i]}: one entry of the first axis, which is dropped. */
    static Tensor row(Tensor t, int i) {
        int[] shape = t.shape;
        if (shape.length == 0) {
            throw ShapeMismatchException.operand("row", shape, 0, "row: a scalar has no rows");
        }
        int k = checkIndex("row", i, 0, shape);
        int n = t.data.length / Math.max(1, shape[0]);
        double[] d = new double[shape[0] == 0 ? 0 : n];
        System.arraycopy(t.data, k * n, d, 0, d.length);
        return new Tensor(d, java.util.Arrays.copyOfRange(shape, 1, shape.length));
    }

    /** {@code t[:, j]} of a 2-d t, shape (N,). */
    static Tensor col(Tensor t, int j) {
        int[] shape = t.shape;
        if (shape.length != 2) {
            throw ShapeMismatchException.operand("col", shape, Math.min(shape.length, 2), "col: needs a 2-d tensor, got shape "
                    + Shapes.str(shape));
        }
        int k = checkIndex("col", j, 1, shape);
        double[] d = new double[shape[0]];
        for (int i = 0; i < d.length; i++) {
            d[i] = t.data[i * shape[1] + k];
        }
        return new Tensor(d, new int[] {shape[0]});
    }

    /**
     * numpy's boolean-mask indexing {@code t[mask]}: the mask covers t's leading axes; each nonzero
     * entry copies the sub-tensor under it, in row-major order, giving (count,) + the remaining axes.
     */
    static Tensor select(Tensor t, Tensor mask) {
        int[] shape = t.shape;
        int m = mask.shape.length;
        boolean leading = m <= shape.length && java.util.Arrays.equals(mask.shape, java.util.Arrays.copyOf(shape, m));
        if (!leading) {
            int axis = Shapes.firstDifference(shape, mask.shape);
            throw ShapeMismatchException.operands("select", shape, mask.shape, axis, "select: a boolean mask of shape "
                    + Shapes.str(mask.shape) + " does not fit a tensor of shape " + Shapes.str(shape)
                    + "; it must have the tensor's shape or that of its leading axes (axis " + axis + " differs)");
        }
        int count = 0;
        for (double v : mask.data) {
            if (v != 0) {
                count++;
            }
        }
        int inner = Shapes.prod(shape, m, shape.length);
        int[] outShape = new int[1 + shape.length - m];
        outShape[0] = count;
        System.arraycopy(shape, m, outShape, 1, shape.length - m);
        double[] d = new double[Shapes.sizeOf(outShape)];
        for (int i = 0, j = 0; i < mask.data.length; i++) {
            if (mask.data[i] != 0) {
                System.arraycopy(t.data, i * inner, d, j, inner);
                j += inner;
            }
        }
        return new Tensor(d, outShape);
    }

    /** Resolves a possibly negative index on an axis, or throws IndexOutOfBoundsException. */
    static int checkIndex(String op, int index, int axis, int[] shape) {
        int len = shape[axis];
        int k = index < 0 ? index + len : index;
        if (k < 0 || k >= len) {
            throw new IndexOutOfBoundsException(op + ": index " + index + " is out of bounds for axis " + axis
                    + " with size " + len + " (tensor of shape " + Shapes.str(shape) + ")");
        }
        return k;
    }

    /** numpy's slice semantics (PySlice_AdjustIndices) as an explicit index list. */
    static int[] range(Integer start, Integer stop, Integer step, int len, String spec) {
        int st = step == null ? 1 : step;
        if (st == 0) {
            throw new IllegalArgumentException("slice \"" + spec + "\": slice step cannot be zero");
        }
        long lo;
        long hi;
        if (start == null) {
            lo = st > 0 ? 0 : len - 1;
        } else {
            lo = start;
            if (lo < 0) {
                lo += len;
                if (lo < 0) {
                    lo = st < 0 ? -1 : 0;
                }
            } else if (lo >= len) {
                lo = st < 0 ? len - 1 : len;
            }
        }
        if (stop == null) {
            hi = st > 0 ? len : -1;
        } else {
            hi = stop;
            if (hi < 0) {
                hi += len;
                if (hi < 0) {
                    hi = st < 0 ? -1 : 0;
                }
            } else if (hi >= len) {
                hi = st < 0 ? len - 1 : len;
            }
        }
        long count;
        if (st > 0) {
            count = hi > lo ? (hi - lo - 1) / st + 1 : 0;
        } else {
            count = lo > hi ? (lo - hi - 1) / (-(long) st) + 1 : 0;
        }
        int[] r = new int[(int) count];
        for (int i = 0; i < r.length; i++) {
            r[i] = (int) (lo + (long) i * st);
        }
        return r;
    }

    /** Copies the elements at the cartesian product of per-axis index lists, row-major. */
    static double[] gather(Tensor t, int[][] idx) {
        int rank = idx.length;
        long total = 1;
        for (int[] ix : idx) {
            total *= ix.length;
        }
        double[] out = new double[(int) total];
        if (total == 0) {
            return out;
        }
        if (rank == 0) {
            out[0] = t.data[0];
            return out;
        }
        int[] strides = Shapes.strides(t.shape);
        int[] last = idx[rank - 1];
        boolean contiguousLast = true;
        for (int i = 1; i < last.length; i++) {
            if (last[i] != last[i - 1] + 1) {
                contiguousLast = false;
                break;
            }
        }
        int inner = last.length;
        int[] pos = new int[rank - 1];
        int o = 0;
        while (true) {
            int base = 0;
            for (int a = 0; a < rank - 1; a++) {
                base += idx[a][pos[a]] * strides[a];
            }
            if (contiguousLast) {
                System.arraycopy(t.data, base + last[0], out, o, inner);
            } else {
                for (int i = 0; i < inner; i++) {
                    out[o + i] = t.data[base + last[i]];
                }
            }
            o += inner;
            int a = rank - 2;
            while (a >= 0) {
                if (++pos[a] < idx[a].length) {
                    break;
                }
                pos[a] = 0;
                a--;
            }
            if (a < 0) {
                return out;
            }
        }
    }

    /** All indices 0..n-1. */
    static int[] all(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static List<Item> parse(String spec) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : spec.toCharArray()) {
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                parts.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("slice \"" + spec + "\": unbalanced brackets");
        }
        parts.add(cur.toString().trim());
        if (parts.size() == 1 && parts.get(0).isEmpty()) {
            return new ArrayList<>();
        }
        List<Item> items = new ArrayList<>();
        for (String p : parts) {
            items.add(parseItem(p, spec));
        }
        return items;
    }

    private static Item parseItem(String p, String spec) {
        Item it = new Item();
        try {
            if (p.equals("...")) {
                it.ellipsis = true;
            } else if (p.equals("None") || p.equals("newaxis") || p.equals("np.newaxis")) {
                it.newAxis = true;
            } else if (p.startsWith("[")) {
                if (!p.endsWith("]")) {
                    throw new NumberFormatException(p);
                }
                String inside = p.substring(1, p.length() - 1).trim();
                if (inside.isEmpty()) {
                    it.list = new int[0];
                } else {
                    String[] xs = inside.split(",");
                    it.list = new int[xs.length];
                    for (int i = 0; i < xs.length; i++) {
                        it.list[i] = Integer.parseInt(xs[i].trim());
                    }
                }
            } else if (p.contains(":")) {
                String[] xs = p.split(":", -1);
                if (xs.length > 3) {
                    throw new NumberFormatException(p);
                }
                it.start = optInt(xs[0]);
                it.stop = xs.length > 1 ? optInt(xs[1]) : null;
                it.step = xs.length > 2 ? optInt(xs[2]) : null;
            } else {
                it.drop = true;
                it.index = Integer.parseInt(p);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("slice \"" + spec + "\": cannot read \"" + p + "\"; write integers, "
                    + "slices like 0:-1 or ::2, index lists like [0, 2], '...' or None", e);
        }
        return it;
    }

    private static Integer optInt(String s) {
        s = s.trim();
        return s.isEmpty() ? null : Integer.valueOf(s);
    }
}
