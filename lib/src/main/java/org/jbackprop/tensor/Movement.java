package org.jbackprop.tensor;

import java.util.Arrays;

/**
 * The same values in a new shape or axis order: reshape (with one inferred length), transpose
 * by a permutation of the axes, squeeze and expandDims. Every result is a copy.
 */
final class Movement {

    private Movement() {
    }

    /** t's values in {@code newShape}, one length of which may be -1 (inferred from the size). */
    static Tensor reshape(Tensor t, int[] newShape) {
        int[] shape = t.shape;
        int size = t.data.length;
        int[] s = newShape.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (unknown >= 0) {
                    throw ShapeMismatchException.operands("reshape", shape, newShape, i, "reshape: can only specify one "
                            + "unknown dimension (-1), got " + Shapes.str(newShape));
                }
                unknown = i;
            } else if (s[i] < 0) {
                throw ShapeMismatchException.operands("reshape", shape, newShape, i, "reshape: negative dimension "
                        + s[i] + " at axis " + i + " of " + Shapes.str(newShape));
            } else {
                known *= s[i];
            }
        }
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw ShapeMismatchException.operands("reshape", shape, newShape, unknown, "reshape: cannot reshape a "
                        + "tensor of shape " + Shapes.str(shape) + " (" + size + " elements) into shape "
                        + Shapes.str(newShape) + "; " + size + " is not a multiple of " + known);
            }
            s[unknown] = (int) (size / known);
        } else if (known != size) {
            throw ShapeMismatchException.operands("reshape", shape, newShape, -1, "reshape: cannot reshape a tensor of "
                    + "shape " + Shapes.str(shape) + " (" + size + " elements) into shape "
                    + Shapes.str(newShape) + " (" + known + " elements)");
        }
        return new Tensor(t.data.clone(), s);
    }

    /** The axes in reverse order, numpy's {@code x.T}. */
    static int[] reversedAxes(int rank) {
        int[] perm = new int[rank];
        for (int i = 0; i < rank; i++) {
            perm[i] = rank - 1 - i;
        }
        return perm;
    }

    /**
     * Axis i of the result is axis {@code axes[i]} of t. A 2-d transpose goes to the blocked
     * kernel; any other permutation walks the output in order, reading t with permuted strides.
     */
    static Tensor transpose(Tensor t, int[] axes) {
        int[] shape = t.shape;
        double[] data = t.data;
        int rank = shape.length;
        if (axes.length != rank) {
            throw ShapeMismatchException.operand("transpose", shape, -1, "transpose: axes " + Arrays.toString(axes)
                    + " don't match a tensor of shape " + Shapes.str(shape) + "; give one axis per dimension");
        }
        int[] perm = new int[rank];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            perm[i] = Shapes.axis("transpose", axes[i], shape);
            if (seen[perm[i]]) {
                throw ShapeMismatchException.operand("transpose", shape, perm[i], "transpose: repeated axis "
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

    /** t without {@code axis}, which must have length 1. */
    static Tensor squeeze(Tensor t, int axis) {
        int a = Shapes.axis("squeeze", axis, t.shape);
        if (t.shape[a] != 1) {
            throw ShapeMismatchException.operand("squeeze", t.shape, a, "squeeze: cannot remove axis " + axis
                    + " of shape " + Shapes.str(t.shape) + "; its length is " + t.shape[a] + ", not 1");
        }
        return new Tensor(t.data.clone(), Reduce.reducedShape(t.shape, a, false));
    }

    /** t with a new axis of length 1 at {@code axis} (counted in the result's rank). */
    static Tensor expandDims(Tensor t, int axis) {
        int a = Shapes.axis("expandDims", axis, t.shape, t.shape.length + 1);
        int[] s = new int[t.shape.length + 1];
        for (int i = 0, j = 0; i < s.length; i++) {
            s[i] = i == a ? 1 : t.shape[j++];
        }
        return new Tensor(t.data.clone(), s);
    }
}
