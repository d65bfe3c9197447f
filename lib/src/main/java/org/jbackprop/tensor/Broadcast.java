package org.jbackprop.tensor;

/**
 * Applies a {@link BinaryOp} with numpy's broadcasting rules.
 *
 * <p>Fast paths for equal shapes and for a single-element operand; otherwise the two operands
 * are viewed with zero strides on broadcast axes, adjacent axes that stay contiguous are merged
 * (as numpy's iterator does), and the operation runs block by block over the last two merged axes.
 */
final class Broadcast {

    private Broadcast() {
    }

    /** A new tensor holding {@code a op b}, of the broadcast shape. */
    static Tensor apply(BinaryOp op, Tensor a, Tensor b) {
        if (java.util.Arrays.equals(a.shape, b.shape)) {
            double[] out = new double[a.data.length];
            op.run(a.data, 0, 1, b.data, 0, 1, out, 0, out.length);
            return new Tensor(out, a.shape.clone());
        }
        int[] outShape = Shapes.broadcast(op.opName(), a.shape, b.shape);
        double[] out = new double[Shapes.sizeOf(outShape)];
        run(op, a, b, outShape, out);
        return new Tensor(out, outShape);
    }

    /** A new tensor holding {@code a op c} for a number c (no broadcasting work at all). */
    static Tensor applyScalar(BinaryOp op, Tensor a, double c) {
        double[] out = new double[a.data.length];
        op.run(a.data, 0, 1, new double[] {c}, 0, 0, out, 0, out.length);
        return new Tensor(out, a.shape.clone());
    }

    /** A new tensor holding {@code c op a} for a number c. */
    static Tensor applyScalarLeft(BinaryOp op, double c, Tensor a) {
        double[] out = new double[a.data.length];
        op.run(new double[] {c}, 0, 0, a.data, 0, 1, out, 0, out.length);
        return new Tensor(out, a.shape.clone());
    }

    /** {@code a := a op c} for a number c. */
    static void applyScalarInPlace(BinaryOp op, Tensor a, double c) {
        op.run(a.data, 0, 1, new double[] {c}, 0, 0, a.data, 0, a.data.length);
    }

    /** {@code a := a op b} where the broadcast shape must be a's own shape. */
    static void applyInPlace(BinaryOp op, String name, Tensor a, Tensor b) {
        int[] outShape = Shapes.broadcast(name, a.shape, b.shape);
        if (!Shapes.same(outShape, a.shape)) {
            int axis = firstGrownAxis(outShape, a.shape);
            throw ShapeMismatchException.operands(name, a.shape, b.shape, axis, name + ": the result of shape "
                    + Shapes.str(outShape) + " would not fit into the left operand of shape "
                    + Shapes.str(a.shape) + "; an in-place operation cannot grow its target (axis " + axis
                    + ")");
        }
        run(op, a, b, outShape, a.data);
    }

    /** numpy's {@code where(cond, a, b)}: all three broadcast together, a where cond is nonzero, else b. */
    static Tensor where(Tensor cond, Tensor a, Tensor b) {
        int[] ab = Shapes.broadcast("where", a.shape, b.shape);
        int[] outShape = Shapes.broadcast("where", cond.shape, ab);
        Tensor c = to(cond, outShape);
        Tensor x = to(a, outShape);
        Tensor y = to(b, outShape);
        double[] d = new double[c.data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = c.data[i] != 0 ? x.data[i] : y.data[i];
        }
        return new Tensor(d, outShape);
    }

    /** numpy's {@code broadcast_to}: t's values repeated to {@code target}, as a new tensor. */
    static Tensor to(Tensor t, int[] target) {
        int[] out = Shapes.broadcast("broadcastTo", t.shape, target);
        if (!Shapes.same(out, target)) {
            throw ShapeMismatchException.operands("broadcastTo", t.shape, target, Shapes.firstDifference(out, target),
                    "broadcastTo: cannot broadcast a tensor of shape " + Shapes.str(t.shape) + " to shape "
                    + Shapes.str(target));
        }
        if (Shapes.same(t.shape, target)) {
            return t.copy();
        }
        return apply(BinaryOp.ADD, t, Tensor.zeros(target));
    }

    private static int firstGrownAxis(int[] outShape, int[] shape) {
        int off = outShape.length - shape.length;
        for (int i = 0; i < outShape.length; i++) {
            if (i < off || outShape[i] != shape[i - off]) {
                return i - off;
            }
        }
        return -1;
    }

    private static void run(BinaryOp op, Tensor a, Tensor b, int[] outShape, double[] out) {
        int n = out.length;
        if (n == 0) {
            return;
        }
        if (a.data.length == n && b.data.length == n) {
            op.run(a.data, 0, 1, b.data, 0, 1, out, 0, n);
            return;
        }
        if (a.data.length == n && b.data.length == 1) {
            op.run(a.data, 0, 1, b.data, 0, 0, out, 0, n);
            return;
        }
        if (a.data.length == 1 && b.data.length == n) {
            op.run(a.data, 0, 0, b.data, 0, 1, out, 0, n);
            return;
        }
        // a row repeated down the rows, e.g. (101, 7) + (7,): one block, no stride tables
        if (a.data.length == n && isSuffix(b.shape, a.shape) && b.data.length > 0) {
            int inner = b.data.length;
            int done = shortRows(op, a.data, b.data, true, out, inner);
            op.run2d(a.data, done, inner, 1, b.data, 0, 0, 1, out, done, (n - done) / inner, inner);
            return;
        }
        if (b.data.length == n && isSuffix(a.shape, b.shape) && a.data.length > 0) {
            int inner = a.data.length;
            int done = shortRows(op, b.data, a.data, false, out, inner);
            op.run2d(a.data, 0, 0, 1, b.data, done, inner, 1, out, done, (n - done) / inner, inner);
            return;
        }
        int[] sa = Shapes.broadcastStrides(a.shape, outShape);
        int[] sb = Shapes.broadcastStrides(b.shape, outShape);
        // Merge axes: drop length-1 axes, join neighbours that stay contiguous in both operands.
        int rank = outShape.length;
        int[] dim = new int[rank];
        int[] da = new int[rank];
        int[] db = new int[rank];
        int k = 0;
        for (int i = 0; i < rank; i++) {
            if (outShape[i] == 1) {
                continue;
            }
            if (k > 0 && da[k - 1] == sa[i] * outShape[i] && db[k - 1] == sb[i] * outShape[i]) {
                dim[k - 1] *= outShape[i];
                da[k - 1] = sa[i];
                db[k - 1] = sb[i];
            } else {
                dim[k] = outShape[i];
                da[k] = sa[i];
                db[k] = sb[i];
                k++;
            }
        }
        if (k == 0) {
            op.run(a.data, 0, 1, b.data, 0, 1, out, 0, 1);
            return;
        }
        if (k == 1) {
            op.run(a.data, 0, da[0], b.data, 0, db[0], out, 0, n);
            return;
        }
        // the last two merged axes in one call per block; an odometer over the rest
        int rows = dim[k - 2];
        int inner = dim[k - 1];
        int block = rows * inner;
        int outer = n / block;
        int[] idx = new int[k - 2];
        int offA = 0;
        int offB = 0;
        for (int r = 0, oo = 0; r < outer; r++, oo += block) {
            op.run2d(a.data, offA, da[k - 2], da[k - 1], b.data, offB, db[k - 2], db[k - 1], out, oo, rows, inner);
            for (int ax = k - 3; ax >= 0; ax--) {
                if (++idx[ax] < dim[ax]) {
                    offA += da[ax];
                    offB += db[ax];
                    break;
                }
                idx[ax] = 0;
                offA -= da[ax] * (dim[ax] - 1);
                offB -= db[ax] * (dim[ax] - 1);
            }
        }
    }

    /**
     * Rows shorter than a few SIMD vectors, e.g. the zoo's (101, 7) + (7,): row after row they
     * would run 7 scalar operations at a time. Instead the row is tiled {@link VectorMath#LANES}
     * times, and each group of that many rows runs as one contiguous operation against the tile,
     * on whole vectors (the same operations on the same pairs of numbers, so the same bits).
     * Returns how many elements of {@code out} it wrote (whole groups from the start); the caller
     * does the remaining rows.
     *
     * @param full the operand of the output's size
     * @param row the repeated row, of length inner
     * @param fullOnLeft true for full op row, false for row op full
     */
    private static int shortRows(BinaryOp op, double[] full, double[] row, boolean fullOnLeft, double[] out,
                                 int inner) {
        int lanes = VectorMath.LANES;
        if (lanes < 2 || inner >= 4 * lanes) {
            return 0;
        }
        int group = inner * lanes;
        int groups = full.length / group;
        if (groups < 2) {
            return 0;
        }
        double[] tile = new double[group];
        for (int r = 0; r < lanes; r++) {
            System.arraycopy(row, 0, tile, r * inner, inner);
        }
        for (int g = 0, off = 0; g < groups; g++, off += group) {
            if (fullOnLeft) {
                op.run(full, off, 1, tile, 0, 1, out, off, group);
            } else {
                op.run(tile, 0, 1, full, off, 1, out, off, group);
            }
        }
        return groups * group;
    }

    /** True if {@code shape} equals the last axes of {@code of}, e.g. (7,) of (101, 7). */
    private static boolean isSuffix(int[] shape, int[] of) {
        int off = of.length - shape.length;
        if (off < 0) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] != of[off + i]) {
                return false;
            }
        }
        return true;
    }
}
