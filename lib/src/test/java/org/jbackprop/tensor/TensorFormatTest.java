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

    @Test
    void wrappedRowsOfAMatrixGetTwoSpaces() {
        assertEquals(
                "[[ 0.   1.5  3.   4.5  6.   7.5  9.  10.5 12.  13.5 15.  16.5 18.  19.5\n" +
                "  21.  22.5 24.  25.5 27.  28.5]\n" +
                " [30.  31.5 33.  34.5 36.  37.5 39.  40.5 42.  43.5 45.  46.5 48.  49.5\n" +
                "  51.  52.5 54.  55.5 57.  58.5]]",
                Tensor.arange(40).reshape(2, 20).mul(1.5).toString());
    }

    @Test
    void summarisedRowsAndColumns() {
        assertEquals(
                "[[0.000e+00 1.000e+00 2.000e+00 ... 7.000e+00 8.000e+00 9.000e+00]\n" +
                " [1.000e+01 1.100e+01 1.200e+01 ... 1.700e+01 1.800e+01 1.900e+01]\n" +
                " [2.000e+01 2.100e+01 2.200e+01 ... 2.700e+01 2.800e+01 2.900e+01]\n" +
                " ...\n" +
                " [9.800e+02 9.810e+02 9.820e+02 ... 9.870e+02 9.880e+02 9.890e+02]\n" +
                " [9.900e+02 9.910e+02 9.920e+02 ... 9.970e+02 9.980e+02 9.990e+02]\n" +
                " [1.000e+03 1.001e+03 1.002e+03 ... 1.007e+03 1.008e+03 1.009e+03]]",
                Tensor.arange(1010).reshape(101, 10).toString());
    }

    @Test
    void summarisedThreeAxes() {
        assertEquals(
                "[[[0.000e+00 1.000e+00 2.000e+00 ... 1.700e+01 1.800e+01 1.900e+01]\n" +
                "  [2.000e+01 2.100e+01 2.200e+01 ... 3.700e+01 3.800e+01 3.900e+01]\n" +
                "  [4.000e+01 4.100e+01 4.200e+01 ... 5.700e+01 5.800e+01 5.900e+01]\n" +
                "  ...\n" +
                "  [1.400e+02 1.410e+02 1.420e+02 ... 1.570e+02 1.580e+02 1.590e+02]\n" +
                "  [1.600e+02 1.610e+02 1.620e+02 ... 1.770e+02 1.780e+02 1.790e+02]\n" +
                "  [1.800e+02 1.810e+02 1.820e+02 ... 1.970e+02 1.980e+02 1.990e+02]]\n" +
                "\n" +
                " [[2.000e+02 2.010e+02 2.020e+02 ... 2.170e+02 2.180e+02 2.190e+02]\n" +
                "  [2.200e+02 2.210e+02 2.220e+02 ... 2.370e+02 2.380e+02 2.390e+02]\n" +
                "  [2.400e+02 2.410e+02 2.420e+02 ... 2.570e+02 2.580e+02 2.590e+02]\n" +
                "  ...\n" +
                "  [3.400e+02 3.410e+02 3.420e+02 ... 3.570e+02 3.580e+02 3.590e+02]\n" +
                "  [3.600e+02 3.610e+02 3.620e+02 ... 3.770e+02 3.780e+02 3.790e+02]\n" +
                "  [3.800e+02 3.810e+02 3.820e+02 ... 3.970e+02 3.980e+02 3.990e+02]]\n" +
                "\n" +
                " [[4.000e+02 4.010e+02 4.020e+02 ... 4.170e+02 4.180e+02 4.190e+02]\n" +
                "  [4.200e+02 4.210e+02 4.220e+02 ... 4.370e+02 4.380e+02 4.390e+02]\n" +
                "  [4.400e+02 4.410e+02 4.420e+02 ... 4.570e+02 4.580e+02 4.590e+02]\n" +
                "  ...\n" +
                "  [5.400e+02 5.410e+02 5.420e+02 ... 5.570e+02 5.580e+02 5.590e+02]\n" +
                "  [5.600e+02 5.610e+02 5.620e+02 ... 5.770e+02 5.780e+02 5.790e+02]\n" +
                "  [5.800e+02 5.810e+02 5.820e+02 ... 5.970e+02 5.980e+02 5.990e+02]]\n" +
                "\n" +
                " ...\n" +
                "\n" +
                " [[1.400e+03 1.401e+03 1.402e+03 ... 1.417e+03 1.418e+03 1.419e+03]\n" +
                "  [1.420e+03 1.421e+03 1.422e+03 ... 1.437e+03 1.438e+03 1.439e+03]\n" +
                "  [1.440e+03 1.441e+03 1.442e+03 ... 1.457e+03 1.458e+03 1.459e+03]\n" +
                "  ...\n" +
                "  [1.540e+03 1.541e+03 1.542e+03 ... 1.557e+03 1.558e+03 1.559e+03]\n" +
                "  [1.560e+03 1.561e+03 1.562e+03 ... 1.577e+03 1.578e+03 1.579e+03]\n" +
                "  [1.580e+03 1.581e+03 1.582e+03 ... 1.597e+03 1.598e+03 1.599e+03]]\n" +
                "\n" +
                " [[1.600e+03 1.601e+03 1.602e+03 ... 1.617e+03 1.618e+03 1.619e+03]\n" +
                "  [1.620e+03 1.621e+03 1.622e+03 ... 1.637e+03 1.638e+03 1.639e+03]\n" +
                "  [1.640e+03 1.641e+03 1.642e+03 ... 1.657e+03 1.658e+03 1.659e+03]\n" +
                "  ...\n" +
                "  [1.740e+03 1.741e+03 1.742e+03 ... 1.757e+03 1.758e+03 1.759e+03]\n" +
                "  [1.760e+03 1.761e+03 1.762e+03 ... 1.777e+03 1.778e+03 1.779e+03]\n" +
                "  [1.780e+03 1.781e+03 1.782e+03 ... 1.797e+03 1.798e+03 1.799e+03]]\n" +
                "\n" +
                " [[1.800e+03 1.801e+03 1.802e+03 ... 1.817e+03 1.818e+03 1.819e+03]\n" +
                "  [1.820e+03 1.821e+03 1.822e+03 ... 1.837e+03 1.838e+03 1.839e+03]\n" +
                "  [1.840e+03 1.841e+03 1.842e+03 ... 1.857e+03 1.858e+03 1.859e+03]\n" +
                "  ...\n" +
                "  [1.940e+03 1.941e+03 1.942e+03 ... 1.957e+03 1.958e+03 1.959e+03]\n" +
                "  [1.960e+03 1.961e+03 1.962e+03 ... 1.977e+03 1.978e+03 1.979e+03]\n" +
                "  [1.980e+03 1.981e+03 1.982e+03 ... 1.997e+03 1.998e+03 1.999e+03]]]",
                Tensor.arange(2000).reshape(10, 10, 20).toString());
    }

    @Test
    void negativeNumbersAlign() {
        assertEquals(
                "[[ -1.25   3.  ]\n" +
                " [100.    -0.5 ]]",
                Tensor.of(new double[][] {{-1.25, 3}, {100, -0.5}}).toString());
    }

    @Test
    void hundredMillionIsScientific() {
        assertEquals(
                "[1.e+08 1.e+00]",
                Tensor.of(1e8, 1.0).toString());
    }

    @Test
    void allNan() {
        assertEquals(
                "[nan nan]",
                Tensor.of(Double.NaN, Double.NaN).toString());
    }

    @Test
    void smallValuesAreScientific() {
        assertEquals(
                "[1.e-05 2.e-05]",
                Tensor.of(1e-5, 2e-5).toString());
    }

    @Test
    void scientificWithNan() {
        assertEquals(
                "[-1.e-10  1.e+00     nan]",
                Tensor.of(-1e-10, 1.0, Double.NaN).toString());
    }

    @Test
    void columnVector() {
        assertEquals(
                "[[0.5 ]\n" +
                " [0.25]]",
                Tensor.of(new double[][] {{0.5}, {0.25}}).toString());
    }

    @Test
    void eightSignificantDigitsInScientific() {
        assertEquals(
                "[1.23456789e-01 1.23456789e+04]",
                Tensor.of(0.123456789, 12345.678912345).toString());
    }

    @Test
    void roundingToEightDecimals() {
        assertEquals(
                "[1.  1.5]",
                Tensor.of(0.999999999, 1.5).toString());
    }

    @Test
    void threeDigitExponents() {
        assertEquals(
                "[1.e-100 1.e+000]",
                Tensor.of(1e-100, 1.0).toString());
    }

    @Test
    void wholeNumbersOfDifferentWidths() {
        assertEquals(
                "[  10. -200. 3000.]",
                Tensor.of(10.0, -200.0, 3000.0).toString());
    }

    @Test
    void zeros() {
        assertEquals(
                "[[0. 0.]\n" +
                " [0. 0.]]",
                Tensor.zeros(2, 2).toString());
    }

    @Test
    void shortFractionsArePaddedWithSpaces() {
        assertEquals(
                "[0.125 0.5  ]",
                Tensor.of(0.125, 0.5).toString());
    }

    @Test
    void largeScalarLikePython() {
        assertEquals(
                "1.2345678901234568e+17",
                Tensor.scalar(123456789012345678.0).toString());
    }

    /** numpy rounds the exact binary value at the 8th decimal, not the shortest decimal. */
    @Test
    void roundingUsesTheExactBinaryValue() {
        assertEquals("[0.12345678 1.        ]", Tensor.of(0.123456785, 1.0).toString());
        assertEquals("[0.30000001 1.        ]", Tensor.of(0.300000005, 1.0).toString());
        assertEquals("[5.55555555 1.        ]", Tensor.of(5.555555555, 1.0).toString());
        assertEquals("[1. 1.]", Tensor.of(1.000000005, 1.0).toString());
        assertEquals("[1.2345e-05 1.0000e+00]", Tensor.of(1.2345e-05, 1.0).toString());
    }
}
