package org.jbackprop.tensor;

import java.util.Arrays;

/** Class labels: one-hot encoding (strict, or by TensorFlow's all-zero rule), and numpy's sorted distinct values. */
final class Labels {

    private Labels() {
    }

    /**
     * labels.shape + (classes,); a fraction is an error; a label outside [0, classes) is an error naming
     * its row if {@code strict}, else a row of zeros (TensorFlow's rule).
     */
    static Tensor oneHot(Tensor labels, int classes, boolean strict) {
        String op = strict ? "oneHot" : "oneHotOrZeros";
        if (classes < 0) {
            throw new IllegalArgumentException(op + ": the number of classes must be 0 or more, got " + classes);
        }
        int[] s = Arrays.copyOf(labels.shape, labels.shape.length + 1);
        s[s.length - 1] = classes;
        double[] d = new double[Shapes.sizeOf(s)];
        int perRow = labels.shape.length == 0 || labels.shape[0] == 0 ? 1 : labels.data.length / labels.shape[0];
        for (int i = 0; i < labels.data.length; i++) {
            double v = labels.data[i];
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException(op + ": label " + v + " in row " + i / perRow
                        + " is not a whole number; labels must be class indices 0.." + (classes - 1));
            }
            if (v >= 0 && v < classes) {
                d[i * classes + (int) v] = 1.0;
            } else if (strict) {
                throw new IllegalArgumentException(op + ": label " + (Double.isInfinite(v) ? String.valueOf(v)
                        : String.valueOf((long) v)) + " in row " + i / perRow + " is outside [0, " + classes
                        + "): class indices run from 0 to " + (classes - 1) + " (labels counted from 1 need"
                        + " shifting by 1); Tensor.oneHotOrZeros gives tf.one_hot's all-zero row instead");
            }
        }
        return new Tensor(d, s);
    }

    /** The distinct values of t sorted ascending, shape (k,); all nans count as one, sorted last. */
    static Tensor unique(Tensor t) {
        double[] s = t.data.clone();
        Arrays.sort(s);
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if (k == 0 || !(s[i] == s[k - 1] || (Double.isNaN(s[i]) && Double.isNaN(s[k - 1])))) {
                s[k++] = s[i];
            }
        }
        return new Tensor(Arrays.copyOf(s, k), new int[] {k});
    }
}
