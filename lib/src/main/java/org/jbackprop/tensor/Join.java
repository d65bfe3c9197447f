package org.jbackprop.tensor;

import java.util.Arrays;

/** Tensors joined into one: concatenation along an existing axis, stacking along a new one. */
final class Join {

    private Join() {
    }

    /** numpy's {@code concatenate}: all lengths but the joined axis must agree. */
    static Tensor concat(int axis, Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("concat: need at least one tensor");
        }
        Tensor first = tensors[0];
        if (first.shape.length == 0) {
            throw ShapeMismatchException.operand("concat", first.shape, -1, "concat: zero-dimensional "
                    + "tensors cannot be concatenated; use stack");
        }
        int a = Shapes.axis("concat", axis, first.shape);
        long total = 0;
        for (Tensor t : tensors) {
            if (t.shape.length != first.shape.length) {
                throw ShapeMismatchException.operands("concat", first.shape, t.shape, -1, "concat: all tensors must have "
                        + "the same rank; " + Shapes.str(first.shape) + " has " + first.shape.length + " axes, "
                        + Shapes.str(t.shape) + " has " + t.shape.length);
            }
            for (int i = 0; i < first.shape.length; i++) {
                if (i != a && t.shape[i] != first.shape[i]) {
                    throw ShapeMismatchException.operands("concat", first.shape, t.shape, i, "concat: along axis " + a
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

    /** numpy's {@code vstack}: 1-d tensors of shape (n,) count as rows (1, n), scalars as (1, 1). */
    static Tensor vstack(Tensor... tensors) {
        Tensor[] rows = new Tensor[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            Tensor t = tensors[i];
            rows[i] = t.shape.length == 0 ? t.reshape(1, 1) : t.shape.length == 1 ? t.reshape(1, -1) : t;
        }
        return concat(0, rows);
    }

    /** numpy's {@code hstack}: along axis 1, or axis 0 for 1-d tensors (scalars count as (1,)). */
    static Tensor hstack(Tensor... tensors) {
        if (tensors.length > 0 && tensors[0].shape.length <= 1) {
            Tensor[] flat = new Tensor[tensors.length];
            for (int i = 0; i < tensors.length; i++) {
                flat[i] = tensors[i].shape.length == 0 ? tensors[i].reshape(1) : tensors[i];
            }
            return concat(0, flat);
        }
        return concat(1, tensors);
    }

    /** numpy's {@code stack}: tensors of one shape, each given a new axis, then concatenated along it. */
    static Tensor stack(int axis, Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("stack: need at least one tensor");
        }
        int a = Shapes.axis("stack", axis, tensors[0].shape, tensors[0].shape.length + 1);
        Tensor[] expanded = new Tensor[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            if (!Arrays.equals(tensors[i].shape, tensors[0].shape)) {
                throw ShapeMismatchException.operands("stack", tensors[0].shape, tensors[i].shape,
                        Shapes.firstDifference(tensors[0].shape, tensors[i].shape), "stack: all tensors must have "
                        + "the same shape; " + Shapes.str(tensors[0].shape) + " and " + Shapes.str(tensors[i].shape)
                        + " differ");
            }
            expanded[i] = Movement.expandDims(tensors[i], a);
        }
        return concat(a, expanded);
    }
}
