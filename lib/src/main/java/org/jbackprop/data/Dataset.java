package org.jbackprop.data;

import org.jbackprop.tensor.Tensor;

/**
 * Inputs and targets of a labelled data set: x of shape (N, features), y of shape (N, 1).
 *
 * <p>The lecture's {@code x_data = xy[:, 0:-1]} and {@code y_data = xy[:, [-1]]}.
 */
public final class Dataset {

    private final Tensor x;
    private final Tensor y;

    /**
     * A data set of matching rows; holds copies of x and y.
     *
     * @param x inputs of shape (N, features)
     * @param y targets of shape (N, k), usually (N, 1) class labels
     */
    public Dataset(Tensor x, Tensor y) {
        if (x.rank() < 1 || y.rank() < 1 || x.shape(0) != y.shape(0)) {
            throw new IllegalArgumentException("Dataset: x of shape " + java.util.Arrays.toString(x.shape())
                    + " and y of shape " + java.util.Arrays.toString(y.shape())
                    + " must have the same number of rows (axis 0)");
        }
        this.x = x.copy();
        this.y = y.copy();
    }

    /** The inputs, shape (N, features); a copy, so the caller may change it. */
    public Tensor x() {
        return x.copy();
    }

    /** The targets, shape (N, 1) for class labels; a copy. */
    public Tensor y() {
        return y.copy();
    }

    /** The number of rows N. */
    public int size() {
        return x.shape(0);
    }

    @Override
    public String toString() {
        return "Dataset(x " + java.util.Arrays.toString(x.shape()) + ", y " + java.util.Arrays.toString(y.shape()) + ")";
    }
}
