package org.jbackprop.tensor;

/**
 * Matrix products with numpy's {@code @} rules: 1-d operands are promoted (and the added axis
 * removed again), batch axes broadcast, and each 2-d product goes to {@link Gemm}.
 */
final class MatMul {

    private MatMul() {
    }

    static Tensor matmul(Tensor a, Tensor b) {
        if (a.shape.length == 0 || b.shape.length == 0) {
            throw ShapeMismatchException.operands("matmul", a.shape, b.shape, -1, "matmul: " + Shapes.str(a.shape)
                    + " @ " + Shapes.str(b.shape) + "; both operands need at least one axis (use mul for scalars)");
        }
        boolean aVec = a.shape.length == 1;
        boolean bVec = b.shape.length == 1;
        int[] as = aVec ? new int[] {1, a.shape[0]} : a.shape;
        int[] bs = bVec ? new int[] {b.shape[0], 1} : b.shape;
        int m = as[as.length - 2];
        int k = as[as.length - 1];
        int k2 = bs[bs.length - 2];
        int n = bs[bs.length - 1];
        if (k != k2) {
            int la = a.shape.length - 1;
            int rb = Math.max(0, b.shape.length - 2);
            throw ShapeMismatchException.operands("matmul", a.shape, b.shape, la, "matmul: inner dimensions differ: "
                    + Shapes.str(a.shape) + " @ " + Shapes.str(b.shape) + "; axis " + la + " of the left (" + k
                    + ") must equal axis " + rb + " of the right (" + k2 + ")");
        }
        int[] batchA = java.util.Arrays.copyOf(as, as.length - 2);
        int[] batchB = java.util.Arrays.copyOf(bs, bs.length - 2);
        int[] batch;
        try {
            batch = Shapes.broadcast("matmul", batchA, batchB);
        } catch (ShapeMismatchException e) {
            throw ShapeMismatchException.operands("matmul", a.shape, b.shape, e.axis(), "matmul: batch axes cannot be "
                    + "broadcast together: " + Shapes.str(a.shape) + " @ " + Shapes.str(b.shape) + "; "
                    + e.getMessage().substring(e.getMessage().indexOf("; ") + 2));
        }
        int nb = Shapes.sizeOf(batch);
        int[] outShape = new int[batch.length + (aVec ? 0 : 1) + (bVec ? 0 : 1)];
        System.arraycopy(batch, 0, outShape, 0, batch.length);
        int p = batch.length;
        if (!aVec) {
            outShape[p++] = m;
        }
        if (!bVec) {
            outShape[p] = n;
        }
        double[] out = new double[Shapes.sizeOf(outShape)];
        if (batch.length == 0) {
            Gemm.gemm(false, false, m, n, k, a.data, 0, b.data, 0, out, 0);
            return new Tensor(out, outShape);
        }
        int[] sa = Shapes.broadcastStrides(batchA, batch);
        int[] sb = Shapes.broadcastStrides(batchB, batch);
        int[] idx = new int[batch.length];
        int mk = m * k;
        int kn = k * n;
        int mn = m * n;
        for (int i = 0; i < nb; i++) {
            int offA = 0;
            int offB = 0;
            for (int ax = 0; ax < batch.length; ax++) {
                offA += idx[ax] * sa[ax];
                offB += idx[ax] * sb[ax];
            }
            Gemm.gemm(false, false, m, n, k, a.data, offA * mk, b.data, offB * kn, out, i * mn);
            for (int ax = batch.length - 1; ax >= 0; ax--) {
                if (++idx[ax] < batch[ax]) {
                    break;
                }
                idx[ax] = 0;
            }
        }
        return new Tensor(out, outShape);
    }

    /** a @ w + b with b added inside the product's kernel for 2-d a and w and b of shape (n,); otherwise in two steps. */
    static Tensor matmulAdd(Tensor a, Tensor w, Tensor b) {
        if (a.shape.length != 2 || w.shape.length != 2 || b.shape.length != 1 || a.shape[1] != w.shape[0]
                || b.shape[0] != w.shape[1]) {
            return Broadcast.apply(BinaryOp.ADD, matmul(a, w), b);
        }
        int m = a.shape[0];
        int k = a.shape[1];
        int n = w.shape[1];
        double[] out = new double[m * n];
        if ((long) m * n * k < SmallGemm.LIMIT && k > 0) {
            SmallGemm.gemm(false, false, m, n, k, a.data, 0, w.data, 0, b.data, 0, out, 0);
        } else {
            Gemm.gemm(false, false, m, n, k, a.data, 0, w.data, 0, out, 0);
            BinaryOp.ADD.run2d(out, 0, n, 1, b.data, 0, 0, 1, out, 0, m, n);
        }
        return new Tensor(out, new int[] {m, n});
    }

    /**
     * op(a) @ op(b), op transposing when its flag is set, behind {@code transposedMatmul} and
     * {@code matmulTransposed}: for 2-d operands the transposed one is read in place by BLAS, never
     * copied. Other ranks transpose their last two axes first and use {@link #matmul(Tensor, Tensor)}.
     */
    static Tensor matmul(Tensor a, Tensor b, boolean transA, boolean transB) {
        if (a.shape.length != 2 || b.shape.length != 2) {
            return matmul(transA ? swapLastTwo(a) : a, transB ? swapLastTwo(b) : b);
        }
        int m = transA ? a.shape[1] : a.shape[0];
        int k = transA ? a.shape[0] : a.shape[1];
        int k2 = transB ? b.shape[1] : b.shape[0];
        int n = transB ? b.shape[0] : b.shape[1];
        if (k != k2) {
            int la = transA ? 0 : 1;
            int rb = transB ? 1 : 0;
            throw ShapeMismatchException.operands("matmul", a.shape, b.shape, la, "matmul: inner dimensions differ: "
                    + Shapes.str(a.shape) + (transA ? " transposed" : "") + " @ " + Shapes.str(b.shape)
                    + (transB ? " transposed" : "") + "; axis " + la + " of the left (" + k + ") must equal axis "
                    + rb + " of the right (" + k2 + ")");
        }
        int[] outShape = {m, n};
        double[] out = new double[Shapes.sizeOf(outShape)];
        Gemm.gemm(transA, transB, m, n, k, a.data, 0, b.data, 0, out, 0);
        return new Tensor(out, outShape);
    }

    private static Tensor swapLastTwo(Tensor t) {
        int r = t.shape.length;
        if (r < 2) {
            return t; // a vector is its own transpose, as numpy's x.T
        }
        int[] perm = new int[r];
        for (int i = 0; i < r; i++) {
            perm[i] = i;
        }
        perm[r - 2] = r - 1;
        perm[r - 1] = r - 2;
        return t.transpose(perm);
    }

    /** numpy's dot: matmul for ranks 1-2, scalar product for rank 0, sum over a's last and b's second-last axis otherwise. */
    static Tensor dot(Tensor a, Tensor b) {
        if (a.shape.length == 0 || b.shape.length == 0) {
            return Broadcast.apply(BinaryOp.MUL, a, b);
        }
        if (b.shape.length <= 2 && a.shape.length <= 2 || b.shape.length == 1) {
            if (b.shape.length == 1 && a.shape.length > 2) {
                int k = a.shape[a.shape.length - 1];
                int[] rest = java.util.Arrays.copyOf(a.shape, a.shape.length - 1);
                if (k != b.shape[0]) {
                    throw dotMismatch(a, b);
                }
                Tensor r = matmul(new Tensor(a.data, new int[] {Shapes.sizeOf(rest), k}), b);
                return new Tensor(r.data, rest);
            }
            if (a.shape[a.shape.length - 1] != b.shape[Math.max(0, b.shape.length - 2)]) {
                throw dotMismatch(a, b);
            }
            return matmul(a, b);
        }
        // general: a (..., K) . b (..., K, N) -> a.shape[:-1] + b.shape[:-2] + (N,)
        int k = a.shape[a.shape.length - 1];
        int rb = b.shape.length;
        if (b.shape[rb - 2] != k) {
            throw dotMismatch(a, b);
        }
        int[] perm = new int[rb];
        perm[0] = rb - 2;
        for (int i = 0, j = 1; i < rb; i++) {
            if (i != rb - 2) {
                perm[j++] = i;
            }
        }
        Tensor bt = b.transpose(perm); // (K, ..., N)
        int cols = Shapes.prod(bt.shape, 1, rb);
        Tensor a2 = new Tensor(a.data, new int[] {Shapes.prod(a.shape, 0, a.shape.length - 1), k});
        Tensor r = matmul(a2, new Tensor(bt.data, new int[] {k, cols}));
        int[] outShape = new int[a.shape.length - 1 + rb - 1];
        System.arraycopy(a.shape, 0, outShape, 0, a.shape.length - 1);
        System.arraycopy(b.shape, 0, outShape, a.shape.length - 1, rb - 2);
        outShape[outShape.length - 1] = b.shape[rb - 1];
        return new Tensor(r.data, outShape);
    }

    private static ShapeMismatchException dotMismatch(Tensor a, Tensor b) {
        int la = a.shape.length - 1;
        int rb = Math.max(0, b.shape.length - 2);
        return ShapeMismatchException.operands("dot", a.shape, b.shape, la, "dot: shapes not aligned: "
                + Shapes.str(a.shape) + " . " + Shapes.str(b.shape) + "; axis " + la + " of the left ("
                + a.shape[la] + ") must equal axis " + rb + " of the right (" + b.shape[rb] + ")");
    }

    /** numpy's {@code outer}: a and b flattened to (n,) and (m,), a[i] * b[j] at (i, j). */
    static Tensor outer(Tensor a, Tensor b) {
        int n = a.data.length;
        int m = b.data.length;
        double[] d = new double[Shapes.sizeOf(new int[] {n, m})];
        for (int i = 0; i < n; i++) {
            double ai = a.data[i];
            for (int j = 0; j < m; j++) {
                d[i * m + j] = ai * b.data[j];
            }
        }
        return new Tensor(d, new int[] {n, m});
    }
}
