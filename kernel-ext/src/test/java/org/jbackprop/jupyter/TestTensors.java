package org.jbackprop.jupyter;

import org.jbackprop.tensor.Tensor;

/** Test helper: tensors of any shape holding 0, 1, 2, ... in row-major order. */
public final class TestTensors {

    private TestTensors() {
    }

    /** numpy's {@code np.arange(size).reshape(shape)} as doubles. */
    public static Tensor arange(int... shape) {
        int size = 1;
        for (int n : shape) {
            size *= n;
        }
        return Tensor.arange(size).reshape(shape);
    }
}
