package org.jbackprop.tensor;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tensors built from Java arrays and number ranges: rectangular nested arrays of any depth
 * (numpy's {@code np.array(nested)}), and numpy's {@code arange} and {@code linspace} grids.
 */
final class Creation {

    private Creation() {
    }

    /** A 2-d tensor of shape (rows, cols) from a rectangular {@code double[rows][cols]}. */
    static Tensor rows(double[][] rows) {
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

    /**
     * A tensor from a rectangular nested array of numbers: the shape is read down the first
     * elements, then every sub-array is checked against it while the values are copied.
     */
    static Tensor fromNested(Object nested) {
        List<Integer> dims = new ArrayList<>();
        Object cur = nested;
        while (cur != null && cur.getClass().isArray()) {
            int len = Array.getLength(cur);
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
            cur = Array.get(cur, 0);
        }
        if (dims.isEmpty()) {
            throw new IllegalArgumentException("fromNested: expected a Java array of numbers, got "
                    + (nested == null ? "null" : nested.getClass().getSimpleName()));
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        double[] d = new double[Shapes.sizeOf(shape)];
        copyNested(nested, shape, 0, d, new int[] {0}, new int[shape.length]);
        return new Tensor(d, shape);
    }

    /** Copies {@code arr}, the sub-array at index {@code path[0..axis)}, into d from pos[0] on. */
    private static void copyNested(Object arr, int[] shape, int axis, double[] d, int[] pos, int[] path) {
        if (arr == null || !arr.getClass().isArray()) {
            throw new IllegalArgumentException("fromNested: expected an array at index " + Arrays.toString(
                    Arrays.copyOf(path, axis)) + " but found " + (arr == null ? "null" : arr.getClass().getSimpleName()));
        }
        int len = Array.getLength(arr);
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
            copyNested(Array.get(arr, i), shape, axis + 1, d, pos, path);
        }
    }

    /** numpy's {@code arange(start, stop, step)}, bit for bit: element i &gt;= 2 is start + i * delta, never accumulated. */
    static Tensor arange(double start, double stop, double step) {
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

    /** numpy's {@code linspace(start, stop, num)}: start + i * step, the last element exactly stop. */
    static Tensor linspace(double start, double stop, int num) {
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
}
