package org.jbackprop.tensor;

import java.util.Arrays;

/** Class labels: one-hot encoding by TensorFlow's rule, and numpy's sorted distinct values. */
final class Labels {

    private Labels() {
    }

    /** labels.shape + (classes,); a label outside [0, classes) gives a row of zeros; a fraction is an error. */
    static Tensor oneHot(Tensor labels, int classes) {
        if (classes < 0) {
            throw new IllegalArgumentException("oneHot: the number of classes must be 0 or more, got " + classes);
        }
        int[] s = Arrays.copyOf(labels.shape, labels.shape.length + 1);
        s[s.length - 1] = classes;
        double[] d = new double[Shapes.sizeOf(s)];
        for (int i = 0; i < labels.data.length; i++) {
            double v = labels.data[i];
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException("oneHot: label " + v + " at flat index " + i
                        + " is not a whole number; labels must be class indices 0.." + (classes - 1));
            }
            if (v >= 0 && v < classes) {
                d[i * classes + (int) v] = 1.0;
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
