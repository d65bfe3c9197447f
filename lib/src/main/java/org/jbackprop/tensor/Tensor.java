package org.jbackprop.tensor;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * An n-dimensional array of doubles, stored row-major (C order) like numpy's default.
 *
 * <p>The shape never changes after construction; the values may, through the spelled-out
 * in-place methods only ({@code set}, {@code fill}, {@code assign}, {@code addInPlace},
 * {@code subInPlace}, {@code mulInPlace}). Every other operation returns a new tensor that shares
 * nothing with its inputs (slices and reshapes copy).
 *
 * <p>Names follow numpy and TensorFlow: {@code x.matmul(W).add(b)} is {@code tf.matmul(X, W) + b},
 * {@code y.argmax(1)} is {@code np.argmax(y, 1)}, {@code xy.slice(":, 0:-1")} is {@code xy[:, 0:-1]}.
 * Binary operations broadcast by numpy's rules; a shape that does not fit throws
 * {@link ShapeMismatchException}. NaN and infinity propagate as in IEEE arithmetic.
 */
public final class Tensor {

    final double[] data;
    final int[] shape;

    /** Wraps {@code data} without copying; callers inside the package own both arrays. */
    Tensor(double[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    // ------------------------------------------------------------------ factories

    /** A 1-d tensor of shape (n,) holding a copy of {@code values}. */
    public static Tensor of(double... values) {
        return new Tensor(values.clone(), new int[] {values.length});
    }

    /** A 2-d tensor of shape (rows, cols) from a rectangular Java array. */
    public static Tensor of(double[][] rows) {
        int r = rows.length;
        if (r > 0 && rows[0] == null) {
            throw new IllegalArgumentException("Tensor.of: row 0 is null");
        }
        int c = r == 0 ? 0 : rows[0].length;
        double[] d = new double[Shapes.sizeOf(new int[] {r, c})];
        for (int i = 0; i < r; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException("Tensor.of: row " + i + " is null");
            }
            if (rows[i].length != c) {
                throw new IllegalArgumentException("Tensor.of: row " + i + " has " + rows[i].length
                        + " values, row 0 has " + c + "; rows must all have the same length");
            }
            System.arraycopy(rows[i], 0, d, i * c, c);
        }
        return new Tensor(d, new int[] {r, c});
    }

    /** A 3-d tensor of shape (a, b, c) from a rectangular Java array. */
    public static Tensor of(double[][][] blocks) {
        return fromNested(blocks);
    }

    /**
     * A tensor from a rectangular nested Java array of any depth ({@code double[]}, {@code int[]},
     * {@code double[][]}, {@code int[][][]}, ...), like {@code np.array(nested)}.
     */
    public static Tensor fromNested(Object nested) {
        java.util.List<Integer> dims = new java.util.ArrayList<>();
        Object cur = nested;
        while (cur != null && cur.getClass().isArray()) {
            int len = java.lang.reflect.Array.getLength(cur);
            dims.add(len);
            if (cur instanceof double[] || cur instanceof int[] || cur instanceof long[] || cur instanceof float[]) {
                break;
            }
            if (len == 0) {
                // an empty level: the declared type still tells how many axes follow, e.g. double[0][] is (0, 0)
                for (Class<?> c = cur.getClass().getComponentType(); c != null && c.isArray(); c = c.getComponentType()) {
                    dims.add(0);
                }
                break;
            }
            cur = java.lang.reflect.Array.get(cur, 0);
        }
        if (dims.isEmpty()) {
            throw new IllegalArgumentException("fromNested: expected a Java array of numbers, got "
                    + (nested == null ? "null" : nested.getClass().getSimpleName()));
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        double[] d = new double[Shapes.sizeOf(shape)];
        fill(nested, shape, 0, d, new int[] {0}, new int[shape.length]);
        return new Tensor(d, shape);
    }

    private static void fill(Object arr, int[] shape, int axis, double[] d, int[] pos, int[] path) {
        if (arr == null || !arr.getClass().isArray()) {
            throw new IllegalArgumentException("fromNested: expected an array at index " + Arrays.toString(
                    Arrays.copyOf(path, axis)) + " but found " + (arr == null ? "null" : arr.getClass().getSimpleName()));
        }
        int len = java.lang.reflect.Array.getLength(arr);
        if (len != shape[axis]) {
            throw new IllegalArgumentException("fromNested: ragged array: the array at index "
                    + Arrays.toString(Arrays.copyOf(path, axis)) + " has " + len + " elements where "
                    + shape[axis] + " are expected (axis " + axis + " of shape " + Shapes.str(shape) + ")");
        }
        if (len == 0) {
            return;
        }
        if (axis == shape.length - 1) {
            if (arr instanceof double[]) {
                System.arraycopy((double[]) arr, 0, d, pos[0], len);
            } else if (arr instanceof int[]) {
                int[] a = (int[]) arr;
                for (int i = 0; i < len; i++) {
                    d[pos[0] + i] = a[i];
                }
            } else if (arr instanceof long[]) {
                long[] a = (long[]) arr;
                for (int i = 0; i < len; i++) {
                    d[pos[0] + i] = a[i];
                }
            } else if (arr instanceof float[]) {
                float[] a = (float[]) arr;
                for (int i = 0; i < len; i++) {
                    d[pos[0] + i] = a[i];
                }
            } else {
                throw new IllegalArgumentException("fromNested: the innermost arrays must hold numbers "
                        + "(double[], int[], long[] or float[]), found " + arr.getClass().getSimpleName());
            }
            pos[0] += len;
            return;
        }
        for (int i = 0; i < len; i++) {
            path[axis] = i;
            fill(java.lang.reflect.Array.get(arr, i), shape, axis + 1, d, pos, path);
        }
    }

    /** A tensor of the given shape holding a copy of {@code flat} in row-major order. */
    public static Tensor fromArray(double[] flat, int... shape) {
        int n = Shapes.sizeOf(shape);
        if (n != flat.length) {
            throw new ShapeMismatchException("fromArray", new int[] {flat.length}, shape, -1, "fromArray: "
                    + flat.length + " values cannot fill shape " + Shapes.str(shape) + ", which holds " + n);
        }
        return new Tensor(flat.clone(), shape.clone());
    }

    /** A rank-0 tensor holding one value. */
    public static Tensor scalar(double value) {
        return new Tensor(new double[] {value}, new int[0]);
    }

    /** A tensor of the given shape filled with zeros, like {@code np.zeros(shape)}. */
    public static Tensor zeros(int... shape) {
        return new Tensor(new double[Shapes.sizeOf(shape)], shape.clone());
    }

    /** A tensor of the given shape filled with ones, like {@code np.ones(shape)}. */
    public static Tensor ones(int... shape) {
        return full(1.0, shape);
    }

    /** A tensor of the given shape filled with {@code value}, like {@code np.full(shape, value)}. */
    public static Tensor full(double value, int... shape) {
        double[] d = new double[Shapes.sizeOf(shape)];
        Arrays.fill(d, value);
        return new Tensor(d, shape.clone());
    }

    /** Zeros of the same shape as {@code t}. */
    public static Tensor zerosLike(Tensor t) {
        return zeros(t.shape);
    }

    /** Ones of the same shape as {@code t}. */
    public static Tensor onesLike(Tensor t) {
        return ones(t.shape);
    }

    /** The identity matrix of shape (n, n), like {@code np.eye(n)}. */
    public static Tensor eye(int n) {
        Tensor t = zeros(n, n);
        for (int i = 0; i < n; i++) {
            t.data[i * n + i] = 1.0;
        }
        return t;
    }

    /** 0, 1, ..., n-1 as doubles, shape (n,), like {@code np.arange(n)}. */
    public static Tensor arange(int n) {
        if (n < 0) {
            n = 0;
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = i;
        }
        return new Tensor(d, new int[] {n});
    }

    /**
     * Evenly spaced values in [start, stop), bit-identical to {@code np.arange(start, stop, step)}:
     * the length is ceil((stop - start) / step), element 1 is start + step and element i >= 2 is
     * start + i * delta with delta = (start + step) - start, never accumulated. So
     * {@code arange(-5.0, 5.0, 0.1)} has 100 elements and element 50 is -1.7763568394002505e-14.
     */
    public static Tensor arange(double start, double stop, double step) {
        if (step == 0 || Double.isNaN(step) || Double.isNaN(start) || Double.isNaN(stop)
                || Double.isInfinite(start) || Double.isInfinite(stop)) {
            throw new IllegalArgumentException("arange: cannot make a range from " + start + " to " + stop
                    + " with step " + step + (step == 0 ? "; the step must not be zero" : "; values must be finite"));
        }
        double len = Math.ceil((stop - start) / step);
        if (!(len > 0)) {
            return new Tensor(new double[0], new int[] {0});
        }
        if (len > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("arange: " + len + " elements would not fit into a Java array");
        }
        int n = (int) len;
        double[] d = new double[n];
        d[0] = start;
        if (n > 1) {
            d[1] = start + step;
            double delta = d[1] - d[0];
            for (int i = 2; i < n; i++) {
                d[i] = start + i * delta;
            }
        }
        return new Tensor(d, new int[] {n});
    }

    /**
     * {@code num} evenly spaced values from start to stop inclusive, like {@code np.linspace}:
     * element i is start + i * step with step = (stop - start) / (num - 1); the last is stop.
     */
    public static Tensor linspace(double start, double stop, int num) {
        if (num < 0) {
            throw new IllegalArgumentException("linspace: number of samples, " + num + ", must be non-negative");
        }
        double[] d = new double[num];
        int div = num - 1;
        double delta = stop - start;
        if (div > 0) {
            double step = delta / div;
            for (int i = 0; i < num; i++) {
                d[i] = step == 0 ? (i / (double) div) * delta + start : i * step + start;
            }
            d[num - 1] = stop;
        } else if (num == 1) {
            d[0] = 0 * delta + start;
        }
        return new Tensor(d, new int[] {num});
    }

    // ------------------------------------------------------------------ shape and elements

    /** A copy of the shape, e.g. {@code [101, 16]}. */
    public int[] shape() {
        return shape.clone();
    }

    /** The shape as numpy prints {@code x.shape}: {@code (101, 16)}, {@code (7,)}, {@code ()}. */
    public String shapeString() {
        return Shapes.str(shape);
    }

    /** The length of one axis; negative axes count from the end. */
    public int shape(int axis) {
        return shape[Shapes.axis("shape", axis, shape)];
    }

    /** Any shape in numpy's tuple notation, e.g. {@code shapeString(101, 16)} is {@code "(101, 16)"}. */
    public static String shapeString(int... shape) {
        return Shapes.str(shape);
    }

    /** The number of axes (0 for a scalar). */
    public int rank() {
        return shape.length;
    }

    /** The number of elements. */
    public int size() {
        return data.length;
    }

    private int flatIndex(String op, int[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException(op + ": " + index.length + " indices for a tensor of rank "
                    + shape.length + " and shape " + Shapes.str(shape) + "; give one index per axis");
        }
        int flat = 0;
        for (int i = 0; i < shape.length; i++) {
            flat = flat * shape[i] + Indexing.checkIndex(op, index[i], i, shape);
        }
        return flat;
    }

    /** The element at a full index, one int per axis; negative indices count from the end. */
    public double get(int... index) {
        return data[flatIndex("get", index)];
    }

    /** Sets the element at a full index, in place; returns this. */
    public Tensor set(double value, int... index) {
        data[flatIndex("set", index)] = value;
        return this;
    }

    /** The single value of a tensor with one element (numpy's {@code item()}). */
    public double item() {
        if (data.length != 1) {
            throw new IllegalArgumentException("item: tensor of shape " + Shapes.str(shape)
                    + " has " + data.length + " elements, not 1");
        }
        return data[0];
    }

    /** A copy with its own values. */
    public Tensor copy() {
        return new Tensor(data.clone(), shape.clone());
    }

    /** A copy of the values in row-major order. */
    public double[] toArray() {
        return data.clone();
    }

    /** The values of a 2-d tensor of shape (rows, cols) as a {@code double[rows][cols]}. */
    public double[][] toArray2d() {
        if (shape.length != 2) {
            throw new ShapeMismatchException("toArray2d", shape, new int[0], -1, "toArray2d: needs a 2-d tensor, "
                    + "got shape " + Shapes.str(shape) + "; reshape it first");
        }
        double[][] r = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            System.arraycopy(data, i * shape[1], r[i], 0, shape[1]);
        }
        return r;
    }

    /** The values cast to int like Java's {@code (int)} and numpy's {@code astype(int)}: truncation toward zero. */
    public int[] toIntArray() {
        int[] r = new int[data.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (int) data[i];
        }
        return r;
    }

    // ------------------------------------------------------------------ indexing

    /**
     * numpy indexing from a spec string: {@code xy.slice(":, 0:-1")} is {@code xy[:, 0:-1]},
     * {@code xy.slice(":, [-1]")} is {@code xy[:, [-1]]} (keeps the axis), {@code "::2, 3"},
     * {@code "..., None"}. Integers drop their axis, slices and index lists keep it. Copies.
     */
    public Tensor slice(String numpySpec) {
        return Indexing.slice(this, numpySpec);
    }

    /** The entries at {@code indices} along {@code axis}, like {@code np.take(x, indices, axis)}; keeps the axis. */
    public Tensor take(int axis, int... indices) {
        int a = Shapes.axis("take", axis, shape);
        int[][] idx = new int[shape.length][];
        for (int i = 0; i < shape.length; i++) {
            idx[i] = Indexing.all(shape[i]);
        }
        int[] l = new int[indices.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = Indexing.checkIndex("take", indices[i], a, shape);
        }
        idx[a] = l;
        int[] s = shape.clone();
        s[a] = l.length;
        return new Tensor(Indexing.gather(this, idx), s);
    }

    /** Row i of a tensor (its first axis), like {@code x[i]}; shape drops the first axis. */
    public Tensor row(int i) {
        if (shape.length == 0) {
            throw new ShapeMismatchException("row", shape, new int[0], 0, "row: a scalar has no rows");
        }
        int k = Indexing.checkIndex("row", i, 0, shape);
        int n = data.length / Math.max(1, shape[0]);
        double[] d = new double[shape[0] == 0 ? 0 : n];
        System.arraycopy(data, k * n, d, 0, d.length);
        return new Tensor(d, Arrays.copyOfRange(shape, 1, shape.length));
    }

    /** Column j of a 2-d tensor of shape (N, M), like {@code x[:, j]}; shape (N,). */
    public Tensor col(int j) {
        if (shape.length != 2) {
            throw new ShapeMismatchException("col", shape, new int[0], 1, "col: needs a 2-d tensor, got shape "
                    + Shapes.str(shape));
        }
        int k = Indexing.checkIndex("col", j, 1, shape);
        double[] d = new double[shape[0]];
        for (int i = 0; i < d.length; i++) {
            d[i] = data[i * shape[1] + k];
        }
        return new Tensor(d, new int[] {shape[0]});
    }

    /**
     * Boolean-mask selection like numpy's {@code x[mask]} (nonzero = true). A mask of the same
     * shape gives the chosen elements in row-major order, shape (count,); a mask over the leading
     * axes picks whole sub-tensors, e.g. {@code x.select(y.equal(3))} with x (N, 16) and y (N,)
     * gives the rows of class 3, shape (count, 16).
     */
    public Tensor select(Tensor mask) {
        int m = mask.shape.length;
        boolean leading = m <= shape.length && Arrays.equals(mask.shape, Arrays.copyOf(shape, m));
        if (!leading) {
            int axis = firstDiff(shape, mask.shape);
            throw new ShapeMismatchException("select", shape, mask.shape, axis, "select: a boolean mask of shape "
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
                System.arraycopy(data, i * inner, d, j, inner);
                j += inner;
            }
        }
        return new Tensor(d, outShape);
    }

    private static int firstDiff(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return n;
    }

    /** The same values in a new shape with the same size; one length may be -1 (inferred). Copies. */
    public Tensor reshape(int... newShape) {
        int[] s = newShape.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (unknown >= 0) {
                    throw new ShapeMismatchException("reshape", shape, newShape, i, "reshape: can only specify one "
                            + "unknown dimension (-1), got " + Shapes.str(newShape));
                }
                unknown = i;
            } else if (s[i] < 0) {
                throw new ShapeMismatchException("reshape", shape, newShape, i, "reshape: negative dimension "
                        + s[i] + " at axis " + i + " of " + Shapes.str(newShape));
            } else {
                known *= s[i];
            }
        }
        if (unknown >= 0) {
            if (known == 0 || data.length % known != 0) {
                throw new ShapeMismatchException("reshape", shape, newShape, unknown, "reshape: cannot reshape a "
                        + "tensor of shape " + Shapes.str(shape) + " (" + data.length + " elements) into shape "
                        + Shapes.str(newShape) + "; " + data.length + " is not a multiple of " + known);
            }
            s[unknown] = (int) (data.length / known);
        } else if (known != data.length) {
            throw new ShapeMismatchException("reshape", shape, newShape, -1, "reshape: cannot reshape a tensor of "
                    + "shape " + Shapes.str(shape) + " (" + data.length + " elements) into shape "
                    + Shapes.str(newShape) + " (" + known + " elements)");
        }
        return new Tensor(data.clone(), s);
    }

    /** The values as a 1-d tensor of shape (size,). Copies. */
    public Tensor flatten() {
        return new Tensor(data.clone(), new int[] {data.length});
    }

    /** The axes reversed, like numpy's {@code x.T}: (N, M) becomes (M, N). */
    public Tensor transpose() {
        int[] perm = new int[shape.length];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = perm.length - 1 - i;
        }
        return transpose(perm);
    }

    /** Same as {@link #transpose()}, numpy's spelling {@code x.T}. */
    public Tensor T() {
        return transpose();
    }

    /** The axes permuted: axis i of the result is axis {@code axes[i]} of this, like {@code np.transpose(x, axes)}. */
    public Tensor transpose(int... axes) {
        int rank = shape.length;
        if (axes.length != rank) {
            throw new ShapeMismatchException("transpose", shape, axes, -1, "transpose: axes " + Arrays.toString(axes)
                    + " don't match a tensor of shape " + Shapes.str(shape) + "; give one axis per dimension");
        }
        int[] perm = new int[rank];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            perm[i] = Shapes.axis("transpose", axes[i], shape);
            if (seen[perm[i]]) {
                throw new ShapeMismatchException("transpose", shape, axes, perm[i], "transpose: repeated axis "
                        + axes[i] + " in " + Arrays.toString(axes));
            }
            seen[perm[i]] = true;
        }
        int[] outShape = new int[rank];
        for (int i = 0; i < rank; i++) {
            outShape[i] = shape[perm[i]];
        }
        double[] out = new double[data.length];
        if (rank == 2 && perm[0] == 1) {
            Kernels.transpose2d(data, shape[0], shape[1], out);
            return new Tensor(out, outShape);
        }
        if (data.length == 0 || rank == 0) {
            System.arraycopy(data, 0, out, 0, data.length);
            return new Tensor(out, outShape);
        }
        int[] src = Shapes.strides(shape);
        int[] st = new int[rank];
        for (int i = 0; i < rank; i++) {
            st[i] = src[perm[i]];
        }
        int inner = outShape[rank - 1];
        int is = st[rank - 1];
        int[] pos = new int[rank - 1];
        int base = 0;
        for (int o = 0; o < out.length; o += inner) {
            for (int i = 0; i < inner; i++) {
                out[o + i] = data[base + i * is];
            }
            for (int ax = rank - 2; ax >= 0; ax--) {
                if (++pos[ax] < outShape[ax]) {
                    base += st[ax];
                    break;
                }
                pos[ax] = 0;
                base -= st[ax] * (outShape[ax] - 1);
            }
        }
        return new Tensor(out, outShape);
    }

    /** All axes of length 1 removed, like {@code np.squeeze(x)}. Copies. */
    public Tensor squeeze() {
        return new Tensor(data.clone(), Arrays.stream(shape).filter(n -> n != 1).toArray());
    }

    /** The given axis, which must have length 1, removed. Copies. */
    public Tensor squeeze(int axis) {
        int a = Shapes.axis("squeeze", axis, shape);
        if (shape[a] != 1) {
            throw new ShapeMismatchException("squeeze", shape, new int[0], a, "squeeze: cannot remove axis " + axis
                    + " of shape " + Shapes.str(shape) + "; its length is " + shape[a] + ", not 1");
        }
        return new Tensor(data.clone(), Reduce.reducedShape(shape, a, false));
    }

    /** A new axis of length 1 inserted at {@code axis} (-1 appends), like {@code np.expand_dims}. Copies. */
    public Tensor expandDims(int axis) {
        int a = Shapes.axis("expandDims", axis, shape, shape.length + 1);
        int[] s = new int[shape.length + 1];
        for (int i = 0, j = 0; i < s.length; i++) {
            s[i] = i == a ? 1 : shape[j++];
        }
        return new Tensor(data.clone(), s);
    }

    /** The tensors joined along an existing axis; all other lengths must agree, like {@code np.concatenate}. */
    public static Tensor concat(int axis, Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("concat: need at least one tensor");
        }
        Tensor first = tensors[0];
        if (first.shape.length == 0) {
            throw new ShapeMismatchException("concat", first.shape, first.shape, axis, "concat: zero-dimensional "
                    + "tensors cannot be concatenated; use stack");
        }
        int a = Shapes.axis("concat", axis, first.shape);
        long total = 0;
        for (Tensor t : tensors) {
            if (t.shape.length != first.shape.length) {
                throw new ShapeMismatchException("concat", first.shape, t.shape, -1, "concat: all tensors must have "
                        + "the same rank; " + Shapes.str(first.shape) + " has " + first.shape.length + " axes, "
                        + Shapes.str(t.shape) + " has " + t.shape.length);
            }
            for (int i = 0; i < first.shape.length; i++) {
                if (i != a && t.shape[i] != first.shape[i]) {
                    throw new ShapeMismatchException("concat", first.shape, t.shape, i, "concat: along axis " + a
                            + ", all other axes must match: " + Shapes.str(first.shape) + " and "
                            + Shapes.str(t.shape) + " differ at axis " + i + " (" + first.shape[i] + " vs "
                            + t.shape[i] + ")");
                }
            }
            total += t.shape[a];
        }
        int[] outShape = first.shape.clone();
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("concat: the joined axis " + a + " would have " + total
                    + " entries, more than a Java array can hold");
        }
        outShape[a] = (int) total;
        double[] out = new double[Shapes.sizeOf(outShape)];
        int outer = Shapes.prod(first.shape, 0, a);
        int inner = Shapes.prod(first.shape, a + 1, first.shape.length);
        int rowOut = outShape[a] * inner;
        int off = 0;
        for (Tensor t : tensors) {
            int chunk = t.shape[a] * inner;
            for (int o = 0; o < outer; o++) {
                System.arraycopy(t.data, o * chunk, out, o * rowOut + off, chunk);
            }
            off += chunk;
        }
        return new Tensor(out, outShape);
    }

    /** Rows stacked, like {@code np.vstack}: 1-d tensors of shape (n,) count as rows (1, n). */
    public static Tensor vstack(Tensor... tensors) {
        Tensor[] rows = new Tensor[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            Tensor t = tensors[i];
            rows[i] = t.shape.length == 0 ? t.reshape(1, 1) : t.shape.length == 1 ? t.reshape(1, -1) : t;
        }
        return concat(0, rows);
    }

    /** Columns joined, like {@code np.hstack}: along axis 1, or axis 0 for 1-d tensors. */
    public static Tensor hstack(Tensor... tensors) {
        if (tensors.length > 0 && tensors[0].shape.length <= 1) {
            Tensor[] flat = new Tensor[tensors.length];
            for (int i = 0; i < tensors.length; i++) {
                flat[i] = tensors[i].shape.length == 0 ? tensors[i].reshape(1) : tensors[i];
            }
            return concat(0, flat);
        }
        return concat(1, tensors);
    }

    /** Tensors of one shape joined along a new axis, like {@code np.stack}: k of (N, M) at axis 0 give (k, N, M). */
    public static Tensor stack(int axis, Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("stack: need at least one tensor");
        }
        int a = Shapes.axis("stack", axis, tensors[0].shape, tensors[0].shape.length + 1);
        Tensor[] expanded = new Tensor[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            if (!Arrays.equals(tensors[i].shape, tensors[0].shape)) {
                throw new ShapeMismatchException("stack", tensors[0].shape, tensors[i].shape,
                        firstDiff(tensors[0].shape, tensors[i].shape), "stack: all tensors must have the same "
                        + "shape; " + Shapes.str(tensors[0].shape) + " and " + Shapes.str(tensors[i].shape) + " differ");
            }
            expanded[i] = tensors[i].expandDims(a);
        }
        return concat(a, expanded);
    }

    // ------------------------------------------------------------------ arithmetic (broadcasting)

    /** this + other, broadcast like numpy. */
    public Tensor add(Tensor other) {
        return Broadcast.apply(BinaryOp.ADD, this, other);
    }

    /** this + c. */
    public Tensor add(double c) {
        return Broadcast.applyScalar(BinaryOp.ADD, this, c);
    }

    /** this - other, broadcast like numpy. */
    public Tensor sub(Tensor other) {
        return Broadcast.apply(BinaryOp.SUB, this, other);
    }

    /** this - c. */
    public Tensor sub(double c) {
        return Broadcast.applyScalar(BinaryOp.SUB, this, c);
    }

    /** c - this (numpy's {@code c - x}). */
    public Tensor rsub(double c) {
        return Broadcast.applyScalarLeft(BinaryOp.SUB, c, this);
    }

    /** this * other element-wise, broadcast like numpy (not a matrix product: see {@link #matmul}). */
    public Tensor mul(Tensor other) {
        return Broadcast.apply(BinaryOp.MUL, this, other);
    }

    /** this * c. */
    public Tensor mul(double c) {
        return Broadcast.applyScalar(BinaryOp.MUL, this, c);
    }

    /** this / other element-wise, broadcast like numpy; x / 0 gives inf or nan as in IEEE. */
    public Tensor div(Tensor other) {
        return Broadcast.apply(BinaryOp.DIV, this, other);
    }

    /** this / c. */
    public Tensor div(double c) {
        return Broadcast.applyScalar(BinaryOp.DIV, this, c);
    }

    /** c / this (numpy's {@code c / x}). */
    public Tensor rdiv(double c) {
        return Broadcast.applyScalarLeft(BinaryOp.DIV, c, this);
    }

    /** this ** p element-wise, like numpy's {@code x ** p} (p = 0.5 is sqrt, so (-inf) ** 0.5 is nan). */
    public Tensor pow(double p) {
        // numpy's fast paths for a scalar exponent, which fix the results at -0.0 and -inf
        if (p == 2.0) {
            return square();
        }
        if (p == 0.5) {
            return sqrt();
        }
        if (p == 1.0) {
            return copy();
        }
        if (p == -1.0) {
            return rdiv(1.0);
        }
        return Broadcast.applyScalar(BinaryOp.POW, this, p);
    }

    /** this ** other element-wise, broadcast like numpy. */
    public Tensor pow(Tensor other) {
        return Broadcast.apply(BinaryOp.POW, this, other);
    }

    /** The larger of this and other element-wise (nan wins), like {@code np.maximum}. */
    public Tensor maximum(Tensor other) {
        return Broadcast.apply(BinaryOp.MAXIMUM, this, other);
    }

    /** The larger of this and c element-wise, like {@code np.maximum(x, c)}. */
    public Tensor maximum(double c) {
        return Broadcast.applyScalar(BinaryOp.MAXIMUM, this, c);
    }

    /** The smaller of this and other element-wise (nan wins), like {@code np.minimum}. */
    public Tensor minimum(Tensor other) {
        return Broadcast.apply(BinaryOp.MINIMUM, this, other);
    }

    /** The smaller of this and c element-wise. */
    public Tensor minimum(double c) {
        return Broadcast.applyScalar(BinaryOp.MINIMUM, this, c);
    }

    /** Values limited to [lo, hi], like {@code np.clip(x, lo, hi)}; nan stays nan. */
    public Tensor clip(double lo, double hi) {
        double[] d = new double[data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.min(Math.max(data[i], lo), hi);
        }
        return new Tensor(d, shape.clone());
    }

    /** 1 where this == other, else 0 (broadcast). */
    public Tensor equal(Tensor other) {
        return Broadcast.apply(BinaryOp.EQUAL, this, other);
    }

    /** 1 where this == c, else 0. */
    public Tensor equal(double c) {
        return Broadcast.applyScalar(BinaryOp.EQUAL, this, c);
    }

    /** 1 where this != other, else 0 (broadcast). */
    public Tensor notEqual(Tensor other) {
        return Broadcast.apply(BinaryOp.NOT_EQUAL, this, other);
    }

    /** 1 where this != c, else 0. */
    public Tensor notEqual(double c) {
        return Broadcast.applyScalar(BinaryOp.NOT_EQUAL, this, c);
    }

    /** 1 where this &gt; other, else 0 (broadcast). */
    public Tensor greater(Tensor other) {
        return Broadcast.apply(BinaryOp.GREATER, this, other);
    }

    /** 1 where this &gt; c, else 0, e.g. {@code hypothesis.greater(0.5)} for "predicted". */
    public Tensor greater(double c) {
        return Broadcast.applyScalar(BinaryOp.GREATER, this, c);
    }

    /** 1 where this &gt;= other, else 0 (broadcast). */
    public Tensor greaterEqual(Tensor other) {
        return Broadcast.apply(BinaryOp.GREATER_EQUAL, this, other);
    }

    /** 1 where this &gt;= c, else 0. */
    public Tensor greaterEqual(double c) {
        return Broadcast.applyScalar(BinaryOp.GREATER_EQUAL, this, c);
    }

    /** 1 where this &lt; other, else 0 (broadcast). */
    public Tensor less(Tensor other) {
        return Broadcast.apply(BinaryOp.LESS, this, other);
    }

    /** 1 where this &lt; c, else 0. */
    public Tensor less(double c) {
        return Broadcast.applyScalar(BinaryOp.LESS, this, c);
    }

    /** 1 where this &lt;= other, else 0 (broadcast). */
    public Tensor lessEqual(Tensor other) {
        return Broadcast.apply(BinaryOp.LESS_EQUAL, this, other);
    }

    /** 1 where this &lt;= c, else 0. */
    public Tensor lessEqual(double c) {
        return Broadcast.applyScalar(BinaryOp.LESS_EQUAL, this, c);
    }

    /** a where cond is nonzero, else b; all three broadcast together, like {@code np.where(cond, a, b)}. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        int[] ab = Shapes.broadcast("where", a.shape, b.shape);
        int[] outShape = Shapes.broadcast("where", cond.shape, ab);
        Tensor c = cond.broadcastTo(outShape);
        Tensor x = a.broadcastTo(outShape);
        Tensor y = b.broadcastTo(outShape);
        double[] d = new double[c.data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = c.data[i] != 0 ? x.data[i] : y.data[i];
        }
        return new Tensor(d, outShape);
    }

    /** The values repeated to the given shape by numpy's broadcasting rule, like {@code np.broadcast_to}. Copies. */
    public Tensor broadcastTo(int... target) {
        int[] out = Shapes.broadcast("broadcastTo", shape, target);
        if (!Arrays.equals(out, target)) {
            throw new ShapeMismatchException("broadcastTo", shape, target, firstDiff(out, target), "broadcastTo: "
                    + "cannot broadcast a tensor of shape " + Shapes.str(shape) + " to shape " + Shapes.str(target));
        }
        if (Arrays.equals(shape, target)) {
            return copy();
        }
        return Broadcast.apply(BinaryOp.ADD, this, zeros(target));
    }

    /** -this. */
    public Tensor neg() {
        return unary(UnaryOp.NEG);
    }

    /** this * this element-wise. */
    public Tensor square() {
        return unary(UnaryOp.SQUARE);
    }

    /** e ** x element-wise. */
    public Tensor exp() {
        return unary(UnaryOp.EXP);
    }

    /** The natural logarithm element-wise; log(0) = -inf, log of a negative = nan. */
    public Tensor log() {
        return unary(UnaryOp.LOG);
    }

    /** The square root element-wise; nan for negatives. */
    public Tensor sqrt() {
        return unary(UnaryOp.SQRT);
    }

    /** |x| element-wise. */
    public Tensor abs() {
        return unary(UnaryOp.ABS);
    }

    /** -1, 0 or 1 by the sign of each element (nan stays nan), like {@code np.sign}. */
    public Tensor sign() {
        return unary(UnaryOp.SIGN);
    }

    /** 1 / (1 + e ** -x) element-wise. */
    public Tensor sigmoid() {
        return unary(UnaryOp.SIGMOID);
    }

    /** tanh element-wise. */
    public Tensor tanh() {
        return unary(UnaryOp.TANH);
    }

    /** max(0, x) element-wise (nan stays nan). */
    public Tensor relu() {
        return unary(UnaryOp.RELU);
    }

    /** The step function: 1 where x &gt; 0, else 0. */
    public Tensor step() {
        return unary(UnaryOp.STEP);
    }

    /** The largest whole number not above each element, like {@code np.floor}. */
    public Tensor floor() {
        return unary(UnaryOp.FLOOR);
    }

    /** The smallest whole number not below each element, like {@code np.ceil}. */
    public Tensor ceil() {
        return unary(UnaryOp.CEIL);
    }

    /** Each element rounded to the nearest whole number, halves to even, like {@code np.round(x)}: 0.5 gives 0, 1.5 gives 2. */
    public Tensor round() {
        return unary(UnaryOp.RINT);
    }

    /** Each element rounded to {@code decimals} places like {@code np.round(x, decimals)}: rint(x * 10^d) / 10^d. */
    public Tensor round(int decimals) {
        if (decimals == 0) {
            return round();
        }
        double scale = Math.pow(10, Math.abs(decimals));
        double[] d = new double[data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = decimals > 0 ? Math.rint(data[i] * scale) / scale : Math.rint(data[i] / scale) * scale;
        }
        return new Tensor(d, shape.clone());
    }

    /** The sine element-wise (radians). */
    public Tensor sin() {
        return unary(UnaryOp.SIN);
    }

    /** The cosine element-wise (radians). */
    public Tensor cos() {
        return unary(UnaryOp.COS);
    }

    /** 1 where the element is nan, else 0, like {@code np.isnan}. */
    public Tensor isNan() {
        return map(v -> v != v ? 1.0 : 0.0);
    }

    /** 1 where the element is +inf or -inf, else 0, like {@code np.isinf}. */
    public Tensor isInf() {
        return map(v -> Double.isInfinite(v) ? 1.0 : 0.0);
    }

    /** 1 where the element is neither nan nor infinite, else 0, like {@code np.isfinite}. */
    public Tensor isFinite() {
        return map(v -> Double.isFinite(v) ? 1.0 : 0.0);
    }

    /** f applied to each element. */
    public Tensor map(DoubleUnaryOperator f) {
        double[] d = new double[data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = f.applyAsDouble(data[i]);
        }
        return new Tensor(d, shape.clone());
    }

    private Tensor unary(UnaryOp op) {
        double[] d = new double[data.length];
        op.run(data, d, d.length);
        return new Tensor(d, shape.clone());
    }

    // ------------------------------------------------------------------ in place

    /** this := this + other (other broadcast to this shape); returns this. */
    public Tensor addInPlace(Tensor other) {
        Broadcast.applyInPlace(BinaryOp.ADD, "addInPlace", this, other);
        return this;
    }

    /** this := this + c; returns this. */
    public Tensor addInPlace(double c) {
        Broadcast.applyScalarInPlace(BinaryOp.ADD, this, c);
        return this;
    }

    /** this := this - other (other broadcast to this shape), e.g. {@code W.subInPlace(dW.mul(lr))}; returns this. */
    public Tensor subInPlace(Tensor other) {
        Broadcast.applyInPlace(BinaryOp.SUB, "subInPlace", this, other);
        return this;
    }

    /** this := this - c; returns this. */
    public Tensor subInPlace(double c) {
        Broadcast.applyScalarInPlace(BinaryOp.SUB, this, c);
        return this;
    }

    /** this := this * other (other broadcast to this shape); returns this. */
    public Tensor mulInPlace(Tensor other) {
        Broadcast.applyInPlace(BinaryOp.MUL, "mulInPlace", this, other);
        return this;
    }

    /** this := this * c; returns this. */
    public Tensor mulInPlace(double c) {
        Broadcast.applyScalarInPlace(BinaryOp.MUL, this, c);
        return this;
    }

    /** this := this / other (other broadcast to this shape); returns this. */
    public Tensor divInPlace(Tensor other) {
        Broadcast.applyInPlace(BinaryOp.DIV, "divInPlace", this, other);
        return this;
    }

    /** this := this / c; returns this. */
    public Tensor divInPlace(double c) {
        Broadcast.applyScalarInPlace(BinaryOp.DIV, this, c);
        return this;
    }

    /** Every element := value; returns this. */
    public Tensor fill(double value) {
        Arrays.fill(data, value);
        return this;
    }

    /** Copies the values of {@code other}, which must have this shape; returns this. */
    public Tensor assign(Tensor other) {
        if (!Arrays.equals(shape, other.shape)) {
            throw new ShapeMismatchException("assign", shape, other.shape, firstDiff(shape, other.shape), "assign: "
                    + "cannot copy values of shape " + Shapes.str(other.shape) + " into a tensor of shape "
                    + Shapes.str(shape));
        }
        System.arraycopy(other.data, 0, data, 0, data.length);
        return this;
    }

    // ------------------------------------------------------------------ reductions

    /** The sum of all elements (numpy's pairwise order), rank 0. */
    public Tensor sum() {
        return Reduce.all(Reduce.Kind.SUM, this);
    }

    /** The sums along one axis, which is removed; negative axes count from the end. */
    public Tensor sum(int axis) {
        return sum(axis, false);
    }

    /** The sums along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor sum(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.SUM, this, axis, keepDims);
    }

    /** The mean of all elements, rank 0 (nan for an empty tensor). */
    public Tensor mean() {
        return scalar(sum().data[0] / data.length);
    }

    /** The means along one axis, which is removed. */
    public Tensor mean(int axis) {
        return mean(axis, false);
    }

    /** The means along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor mean(int axis, boolean keepDims) {
        Tensor s = sum(axis, keepDims);
        int n = shape[Shapes.axis("mean", axis, shape)];
        for (int i = 0; i < s.data.length; i++) {
            s.data[i] = s.data[i] / n;
        }
        return s;
    }

    /** The largest element, rank 0 (nan if any is nan). */
    public Tensor max() {
        return Reduce.all(Reduce.Kind.MAX, this);
    }

    /** The largest elements along one axis, which is removed. */
    public Tensor max(int axis) {
        return max(axis, false);
    }

    /** The largest elements along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor max(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.MAX, this, axis, keepDims);
    }

    /** The smallest element, rank 0 (nan if any is nan). */
    public Tensor min() {
        return Reduce.all(Reduce.Kind.MIN, this);
    }

    /** The smallest elements along one axis, which is removed. */
    public Tensor min(int axis) {
        return min(axis, false);
    }

    /** The smallest elements along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor min(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.MIN, this, axis, keepDims);
    }

    /** The product of all elements, rank 0 (1 for an empty tensor). */
    public Tensor prod() {
        return Reduce.all(Reduce.Kind.PROD, this);
    }

    /** The products along one axis, which is removed. */
    public Tensor prod(int axis) {
        return prod(axis, false);
    }

    /** The products along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor prod(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.PROD, this, axis, keepDims);
    }

    /** The population variance of all elements (numpy's default ddof = 0), rank 0. */
    public Tensor var() {
        double m = mean().data[0];
        Tensor d = sub(m);
        return scalar(d.mul(d).sum().data[0] / data.length);
    }

    /** The population variance along one axis, which is removed. */
    public Tensor var(int axis) {
        return var(axis, false);
    }

    /** The population variance along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor var(int axis, boolean keepDims) {
        Tensor m = mean(axis, true);
        Tensor d = sub(m);
        return d.mul(d).mean(axis, keepDims);
    }

    /** The population standard deviation of all elements, rank 0. */
    public Tensor std() {
        return var().sqrt();
    }

    /** The population standard deviation along one axis, which is removed. */
    public Tensor std(int axis) {
        return var(axis, false).sqrt();
    }

    /** The population standard deviation along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor std(int axis, boolean keepDims) {
        return var(axis, keepDims).sqrt();
    }

    /** The flat index of the largest element (first one on ties, first nan wins), rank 0. */
    public Tensor argmax() {
        return Reduce.all(Reduce.Kind.ARGMAX, this);
    }

    /** The index of the largest element along an axis (ties: first index), like {@code np.argmax(y, axis)}. */
    public Tensor argmax(int axis) {
        return Reduce.along(Reduce.Kind.ARGMAX, this, axis, false);
    }

    /** Same as {@link #argmax(int)}, keeping the axis with length 1 if {@code keepDims}. */
    public Tensor argmax(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.ARGMAX, this, axis, keepDims);
    }

    /** The flat index of the smallest element (first one on ties), rank 0. */
    public Tensor argmin() {
        return Reduce.all(Reduce.Kind.ARGMIN, this);
    }

    /** The index of the smallest element along an axis (ties: first index). */
    public Tensor argmin(int axis) {
        return Reduce.along(Reduce.Kind.ARGMIN, this, axis, false);
    }

    /** Same as {@link #argmin(int)}, keeping the axis with length 1 if {@code keepDims}. */
    public Tensor argmin(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.ARGMIN, this, axis, keepDims);
    }

    // ------------------------------------------------------------------ labels

    /**
     * One-hot rows by TensorFlow's rule: the result has shape labels.shape + (classes,), so labels
     * of shape (101, 1) give (101, 1, 7) (reshape to (101, 7) as the lecture does). A label outside
     * [0, classes) gives a row of zeros, as in {@code tf.one_hot}; a label that is not a whole
     * number is an error.
     */
    public static Tensor oneHot(Tensor labels, int classes) {
        if (classes < 0) {
            throw new IllegalArgumentException("oneHot: the number of classes must be 0 or more, got " + classes);
        }
        int[] s = Arrays.copyOf(labels.shape, labels.shape.length + 1);
        s[s.length - 1] = classes;
        double[] d = new double[Shapes.sizeOf(s)];
        for (int i = 0; i < labels.data.length; i++) {
            double v = labels.data[i];
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException("oneHot: label " + v + " at flat index " + i
                        + " is not a whole number; labels must be class indices 0.." + (classes - 1));
            }
            if (v >= 0 && v < classes) {
                d[i * classes + (int) v] = 1.0;
            }
        }
        return new Tensor(d, s);
    }

    /** The distinct values in ascending order, shape (k,), like {@code np.unique(x)} (one nan, last). */
    public Tensor unique() {
        double[] s = data.clone();
        Arrays.sort(s);
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if (k == 0 || !(s[i] == s[k - 1] || (Double.isNaN(s[i]) && Double.isNaN(s[k - 1])))) {
                s[k++] = s[i];
            }
        }
        return new Tensor(Arrays.copyOf(s, k), new int[] {k});
    }

    // ------------------------------------------------------------------ linear algebra

    /**
     * The matrix product with numpy's {@code @} rules: (N, K) @ (K, M) gives (N, M); a 1-d left
     * operand is a row, a 1-d right operand a column (the added axis is removed again); leading
     * batch axes broadcast, (B, N, K) @ (K, M) gives (B, N, M).
     */
    public Tensor matmul(Tensor other) {
        return MatMul.matmul(this, other);
    }

    /**
     * this^T @ other without copying the transpose (BLAS reads it in place): {@code x.transposedMatmul(dOut)}
     * equals {@code x.T().matmul(dOut)}, x of shape (N, in) and dOut of shape (N, out) giving dW of
     * shape (in, out); TensorFlow's {@code tf.matmul(x, dOut, transpose_a=True)}. For ranks other than
     * 2 the last two axes of this are swapped (a 1-d tensor is its own transpose).
     */
    public Tensor transposedMatmul(Tensor other) {
        return MatMul.matmul(this, other, true, false);
    }

    /**
     * this @ other^T without copying the transpose (BLAS reads it in place): {@code dOut.matmulTransposed(W)}
     * equals {@code dOut.matmul(W.T())}, dOut of shape (N, out) and W of shape (in, out) giving dX of
     * shape (N, in); TensorFlow's {@code tf.matmul(dOut, W, transpose_b=True)}. For ranks other than 2
     * the last two axes of other are swapped (a 1-d tensor is its own transpose).
     */
    public Tensor matmulTransposed(Tensor other) {
        return MatMul.matmul(this, other, false, true);
    }

    /** numpy's {@code np.dot}: inner product of 1-d tensors, matrix product of 2-d ones, product with a scalar. */
    public Tensor dot(Tensor other) {
        return MatMul.dot(this, other);
    }

    /** The outer product of the flattened tensors: (n,) and (m,) give (n, m), like {@code np.outer}. */
    public Tensor outer(Tensor other) {
        int n = data.length;
        int m = other.data.length;
        double[] d = new double[Shapes.sizeOf(new int[] {n, m})];
        for (int i = 0; i < n; i++) {
            double a = data[i];
            for (int j = 0; j < m; j++) {
                d[i * m + j] = a * other.data[j];
            }
        }
        return new Tensor(d, new int[] {n, m});
    }

    /** The BLAS that large matrix products go to, e.g. "OpenBLAS (native)", or "java" for plain Java loops. */
    public static String backend() {
        return Gemm.backend();
    }

    // ------------------------------------------------------------------ comparison

    /**
     * True if the shapes are equal and every |this - other| &lt;= 1e-8 + 1e-5 * |other|: numpy's
     * {@code np.allclose(a, b)} with its default tolerances. nan is never close.
     */
    public boolean allClose(Tensor other) {
        return allClose(other, 1e-5, 1e-8);
    }

    /**
     * True if the shapes are equal and every |this - other| &lt;= atol + rtol * |other|, in numpy's
     * argument order {@code np.allclose(a, b, rtol, atol)}. nan is never close; equal infinities are.
     */
    public boolean allClose(Tensor other, double rtol, double atol) {
        if (!Arrays.equals(shape, other.shape)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            double a = data[i];
            double b = other.data[i];
            if (a == b) {
                continue;
            }
            if (!(Math.abs(a - b) <= atol + rtol * Math.abs(b))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if the shapes are equal and every |this - other| &lt;= atol, an absolute tolerance only:
     * {@code np.allclose(a, b, rtol=0, atol=atol)}, e.g. {@code dW.allWithin(numericalDW, 1e-7)}.
     */
    public boolean allWithin(Tensor other, double atol) {
        return allClose(other, 0.0, atol);
    }

    /** Equal shapes and equal values ({@code Double.equals} semantics: nan equals nan, 0.0 differs from -0.0). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Tensor)) {
            return false;
        }
        Tensor t = (Tensor) o;
        return Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    /** numpy's printout, e.g. {@code [[1. 0.]\n [0. 1.]]}; more than 1000 elements are summarised with "...". */
    @Override
    public String toString() {
        return TensorFormat.format(this);
    }
}
