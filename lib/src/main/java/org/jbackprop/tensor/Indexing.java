package org.jbackprop.tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * numpy basic and single-list indexing: parses specs like {@code ":, 0:-1"}, {@code ":, [-1]"},
 * {@code "::2, 3"}, {@code "..., None"} and gathers the selected elements into a new tensor.
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
            throw new ShapeMismatchException("slice", t.shape, new int[0], rank, "slice \"" + spec + "\": too many indices for "
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
