package org.jbackprop.tensor;

/**
 * Test-only factory for tensors of any shape, living in the tensor package to reach its
 * package-private constructor (the main branch's Tensor has no public n-d factory yet).
 */
public final class TestTensors {

    private TestTensors() {
    }

    /** A tensor of {@code shape} holding a copy of {@code values} in row-major order. */
    public static Tensor of(double[] values, int... shape) {
        if (Tensor.sizeOf(shape) != values.length) {
            throw new IllegalArgumentException("shape does not fit " + values.length + " values");
        }
        return new Tensor(values.clone(), shape.clone());
    }

    /** A tensor of {@code shape} holding 0, 1, 2, ... in row-major order. */
    public static Tensor arange(int... shape) {
        double[] values = new double[Tensor.sizeOf(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        return new Tensor(values, shape.clone());
    }
}
