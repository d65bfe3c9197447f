package org.jbackprop.tensor;

/** Small memory-bound kernels shared by several operations. */
final class Kernels {

    private Kernels() {
    }

    /**
     * out (cols, rows) := a (rows, cols) transposed: output rows written contiguously, input read
     * with a stride (measured faster here than 32 x 32 blocks, for (101, 16) and (1000, 1000) alike).
     */
    static void transpose2d(double[] a, int rows, int cols, double[] out) {
        for (int j = 0; j < cols; j++) {
            int o = j * rows;
            for (int i = 0, src = j; i < rows; i++, src += cols) {
                out[o + i] = a[src];
            }
        }
    }

    /** y[i] = max(0, x[i]) and mask[i] = [x[i] &gt; 0] in one pass (ReLU's forward). */
    static void relu(double[] x, double[] y, double[] mask, int n) {
        if (VectorMath.SIMD && n >= 16) {
            KernelsSimd.relu(x, y, mask, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            double v = x[i];
            y[i] = Math.max(0.0, v);
            mask[i] = v > 0 ? 1.0 : 0.0;
        }
    }
}
