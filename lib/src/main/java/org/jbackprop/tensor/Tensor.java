package org.jbackprop.tensor;

import java.util.Arrays;

/**
 * An n-dimensional array of doubles, stored row-major (C order) like numpy's default.
 *
 * <p>The shape never changes after construction; the values may, through the spelled-out
 * in-place methods only. Every other operation returns a new tensor.
 */
public final class Tensor {

    final double[] data;
    final int[] shape;

    /** Wraps {@code data} without copying; callers inside the package own both arrays. */
    Tensor(double[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    /** A 1-d tensor of shape (n,) holding a copy of {@code values}. */
    public static Tensor of(double... values) {
        return new Tensor(values.clone(), new int[] {values.length});
    }

    /** A 2-d tensor of shape (rows, cols) from a rectangular Java array. */
    public static Tensor of(double[][] rows) {
        int r = rows.length;
        int c = r == 0 ? 0 : rows[0].length;
        double[] d = new double[r * c];
        for (int i = 0; i < r; i++) {
            if (rows[i].length != c) {
                throw new IllegalArgumentException("Tensor.of: row " + i + " has " + rows[i].length
                        + " values, row 0 has " + c + "; rows must all have the same length");
            }
            System.arraycopy(rows[i], 0, d, i * c, c);
        }
        return new Tensor(d, new int[] {r, c});
    }

    /** A rank-0 tensor holding one value. */
    public static Tensor scalar(double value) {
        return new Tensor(new double[] {value}, new int[0]);
    }

    /** A tensor of the given shape filled with zeros. */
    public static Tensor zeros(int... shape) {
        return new Tensor(new double[sizeOf(shape)], shape.clone());
    }

    /** The number of elements a shape holds; throws on negative axes or int overflow. */
    static int sizeOf(int[] shape) {
        long n = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new IllegalArgumentException("negative dimension " + shape[i] + " at axis " + i
                        + " in shape " + Arrays.toString(shape));
            }
            n *= shape[i];
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape)
                        + " holds more than " + Integer.MAX_VALUE + " elements");
            }
        }
        return (int) n;
    }

    /** A copy of the shape, e.g. {@code [101, 16]}. */
    public int[] shape() {
        return shape.clone();
    }

    /** The length of one axis; negative axes count from the end. */
    public int shape(int axis) {
        return shape[axis < 0 ? axis + shape.length : axis];
    }

    /** The number of axes (0 for a scalar). */
    public int rank() {
        return shape.length;
    }

    /** The number of elements. */
    public int size() {
        return data.length;
    }

    /** The element at a full index, one int per axis. */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("get: " + index.length + " indices for a tensor of rank "
                    + shape.length + " and shape " + Arrays.toString(shape));
        }
        int flat = 0;
        for (int i = 0; i < shape.length; i++) {
            int k = index[i] < 0 ? index[i] + shape[i] : index[i];
            if (k < 0 || k >= shape[i]) {
                throw new IndexOutOfBoundsException("index " + index[i] + " is out of bounds for axis " + i
                        + " with size " + shape[i]);
            }
            flat = flat * shape[i] + k;
        }
        return data[flat];
    }

    /** The single value of a tensor with one element (numpy's {@code item()}). */
    public double item() {
        if (data.length != 1) {
            throw new IllegalArgumentException("item: tensor of shape " + Arrays.toString(shape)
                    + " has " + data.length + " elements, not 1");
        }
        return data[0];
    }

    /** A copy of the values in row-major order. */
    public double[] toArray() {
        return data.clone();
    }

    @Override
    public String toString() {
        return TensorFormat.format(this);
    }
}
