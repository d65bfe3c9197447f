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
}
