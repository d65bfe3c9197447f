package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Exact strings printed by numpy 2.4 {@code str(array)} for the same arrays. */
class TensorFormatTest {

    @Test
    void commonPrecisionLikeTheLecture() {
        assertEquals("[0.01821127 0.24519181 0.73659691]", Tensor.of(0.01821127, 0.24519181, 0.73659691).toString());
    }

    @Test
    void wholeNumbersEndInAPoint() {
        assertEquals("[1. 2. 3.]", Tensor.of(1, 2, 3).toString());
        assertEquals("[[1. 0.]\n [0. 1.]]", Tensor.eye(2).toString());
    }

    @Test
    void pointsLineUpWithSpacesOnTheRight() {
        assertEquals("[1.   2.5  3.25]", Tensor.of(1, 2.5, 3.25).toString());
    }

    @Test
    void scientificWhenRangeIsWide() {
        assertEquals("[1.e-05 1.e+00    inf]", Tensor.of(1e-5, 1, Double.POSITIVE_INFINITY).toString());
        assertEquals("[[-1.5e+00  2.0e+00]\n [ 3.0e+00  4.0e+03]]",
                Tensor.of(new double[][] {{-1.5, 2}, {3, 4e3}}).toString());
        assertEquals("[3.33333333e-01 6.66666667e-01 1.00000000e+07]", Tensor.of(1.0 / 3, 2.0 / 3, 1e7).toString());
        assertEquals("[1.23456789e+08 1.00000000e+00]", Tensor.of(123456789.0, 1.0).toString());
    }

    @Test
    void aRangeWithATinyMiddleValueWrapsAt75Characters() {
        assertEquals(
                "[-5.00000000e+00 -4.90000000e+00 -4.80000000e+00 -4.70000000e+00\n" +
                " -4.60000000e+00 -4.50000000e+00 -4.40000000e+00 -4.30000000e+00\n" +
                " -4.20000000e+00 -4.10000000e+00 -4.00000000e+00 -3.90000000e+00\n" +
                " -3.80000000e+00 -3.70000000e+00 -3.60000000e+00 -3.50000000e+00\n" +
                " -3.40000000e+00 -3.30000000e+00 -3.20000000e+00 -3.10000000e+00\n" +
                " -3.00000000e+00 -2.90000000e+00 -2.80000000e+00 -2.70000000e+00\n" +
                " -2.60000000e+00 -2.50000000e+00 -2.40000000e+00 -2.30000000e+00\n" +
                " -2.20000000e+00 -2.10000000e+00 -2.00000000e+00 -1.90000000e+00\n" +
                " -1.80000000e+00 -1.70000000e+00 -1.60000000e+00 -1.50000000e+00\n" +
                " -1.40000000e+00 -1.30000000e+00 -1.20000000e+00 -1.10000000e+00\n" +
                " -1.00000000e+00 -9.00000000e-01 -8.00000000e-01 -7.00000000e-01\n" +
                " -6.00000000e-01 -5.00000000e-01 -4.00000000e-01 -3.00000000e-01\n" +
                " -2.00000000e-01 -1.00000000e-01 -1.77635684e-14  1.00000000e-01\n" +
                "  2.00000000e-01  3.00000000e-01  4.00000000e-01  5.00000000e-01\n" +
                "  6.00000000e-01  7.00000000e-01  8.00000000e-01  9.00000000e-01\n" +
                "  1.00000000e+00  1.10000000e+00  1.20000000e+00  1.30000000e+00\n" +
                "  1.40000000e+00  1.50000000e+00  1.60000000e+00  1.70000000e+00\n" +
                "  1.80000000e+00  1.90000000e+00  2.00000000e+00  2.10000000e+00\n" +
                "  2.20000000e+00  2.30000000e+00  2.40000000e+00  2.50000000e+00\n" +
                "  2.60000000e+00  2.70000000e+00  2.80000000e+00  2.90000000e+00\n" +
                "  3.00000000e+00  3.10000000e+00  3.20000000e+00  3.30000000e+00\n" +
                "  3.40000000e+00  3.50000000e+00  3.60000000e+00  3.70000000e+00\n" +
                "  3.80000000e+00  3.90000000e+00  4.00000000e+00  4.10000000e+00\n" +
                "  4.20000000e+00  4.30000000e+00  4.40000000e+00  4.50000000e+00\n" +
                "  4.60000000e+00  4.70000000e+00  4.80000000e+00  4.90000000e+00]",
                Tensor.arange(-5.0, 5.0, 0.1).toString());
    }

    @Test
    void summarisedBeyondAThousandElements() {
        assertEquals("[[0.000e+00 1.000e+00 2.000e+00 ... 9.970e+02 9.980e+02 9.990e+02]\n"
                + " [1.000e+03 1.001e+03 1.002e+03 ... 1.997e+03 1.998e+03 1.999e+03]]",
                Tensor.arange(2000).reshape(2, 1000).toString());
    }

    @Test
    void threeAxesGetBlankLinesBetweenBlocks() {
        assertEquals("[[[ 0.  1.  2.  3.]\n  [ 4.  5.  6.  7.]\n  [ 8.  9. 10. 11.]]\n\n"
                + " [[12. 13. 14. 15.]\n  [16. 17. 18. 19.]\n  [20. 21. 22. 23.]]]",
                Tensor.arange(24).reshape(2, 3, 4).toString());
    }

    @Test
    void negativeZeroAndRoundedDigits() {
        assertEquals("[-0.  0.]", Tensor.of(-0.0, 0.0).toString());
        assertEquals("[ 0.   1.1  2.2  3.3  4.4  5.5  6.6  7.7  8.8  9.9 11.  12.1 13.2 14.3\n"
                + " 15.4 16.5 17.6 18.7 19.8 20.9 22.  23.1 24.2 25.3 26.4 27.5 28.6 29.7\n 30.8 31.9]",
                Tensor.arange(30).mul(1.1).toString());
        assertEquals("[0.         0.16666667 0.33333333 0.5        0.66666667 0.83333333\n 1.        ]",
                Tensor.linspace(0, 1, 7).toString());
    }

    @Test
    void nanAndInf() {
        assertEquals("[ nan  1.  -2.5]", Tensor.of(Double.NaN, 1.0, -2.5).toString());
        assertEquals("[ nan -inf]", Tensor.of(Double.NaN, Double.NEGATIVE_INFINITY).toString());
        assertEquals("[1.5 nan]", Tensor.of(1.5, Double.NaN).toString());
    }

    @Test
    void scalarsPrintLikePythonFloats() {
        assertEquals("1.0", Tensor.scalar(1.0).toString());
        assertEquals("1e-05", Tensor.scalar(1e-5).toString());
        assertEquals("0.30000000000000004", Tensor.scalar(0.1 + 0.2).toString());
        assertEquals("nan", Tensor.scalar(Double.NaN).toString());
    }

    @Test
    void emptyTensors() {
        assertEquals("[]", Tensor.zeros(0, 3).toString());
        assertEquals("[]", Tensor.zeros(2, 0).toString());
    }
}
