package org.jbackprop.tensor;

/** Small memory-bound kernels shared by several operations. */
final class Kernels {

    private static final int BLOCK = 32;

    private Kernels() {
    }

    /** out (cols, rows) := a (rows, cols) transposed, in cache-friendly blocks. */
    static void transpose2d(double[] a, int rows, int cols, double[] out) {
        for (int i0 = 0; i0 < rows; i0 += BLOCK) {
            int i1 = Math.min(rows, i0 + BLOCK);
            for (int j0 = 0; j0 < cols; j0 += BLOCK) {
                int j1 = Math.min(cols, j0 + BLOCK);
                for (int i = i0; i < i1; i++) {
                    int src = i * cols;
                    for (int j = j0; j < j1; j++) {
                        out[j * rows + i] = a[src + j];
                    }
                }
            }
        }
    }
}
