package org.jbackprop.jupyter.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Table cells print what numpy's str(array) prints (values checked by hand with numpy 2.x). */
class CellFormatTest {

    private static final int P = CellFormat.DEFAULT_PRECISION;

    @Test
    void integersAsNumpyPrintsThem() { // [ 1. -2.  0.]
        assertArrayEquals(new String[] {"1.", "-2.", "0."}, CellFormat.format(new double[] {1, -2, 0}, P));
    }

    @Test
    void shortestDigitsUpToThePrecision() { // [ 0.5  1.  -0.123456], [0.5  0.33333333], precision=2: [0.5  0.33]
        assertArrayEquals(new String[] {"0.5", "1.", "-0.123456"}, CellFormat.format(new double[] {0.5, 1, -0.123456}, P));
        assertArrayEquals(new String[] {"0.5", "0.33333333"}, CellFormat.format(new double[] {0.5, 1.0 / 3}, P));
        assertArrayEquals(new String[] {"0.5", "0.33"}, CellFormat.format(new double[] {0.5, 1.0 / 3}, 2));
    }

    @Test
    void scientificWhenNumpySwitches() { // [5.e-01 1.e-05], [1.23456789e+09 1.00000000e+00]
        assertArrayEquals(new String[] {"5.e-01", "1.e-05"}, CellFormat.format(new double[] {0.5, 1e-5}, P));
        assertArrayEquals(new String[] {"1.23456789e+09", "1.00000000e+00"}, CellFormat.format(new double[] {1234567890, 1}, P));
    }

    @Test
    void nanAndInfinitiesAsNumpyPrintsThem() { // [ nan  inf -inf  0.5], [nan  1.]
        assertArrayEquals(new String[] {"nan", "inf", "-inf", "0.5"},
                CellFormat.format(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5}, P));
        assertArrayEquals(new String[] {"nan", "1."}, CellFormat.format(new double[] {Double.NaN, 1}, P));
    }

    @Test
    void aTableAndPrintlnShowTheSameNumbers() { // the issue's [0.37850999 1.        ]
        Tensor t = Tensor.of(0.37850999, 1.0);
        assertEquals("[0.37850999 1.        ]", t.toString());
        assertArrayEquals(new String[] {"0.37850999", "1."}, CellFormat.format(t.toArray(), P));
    }

    @Test
    void emptyInput() {
        assertArrayEquals(new String[0], CellFormat.format(new double[0], P));
    }

    @Test
    void rejectsNegativePrecision() {
        assertThrows(IllegalArgumentException.class, () -> CellFormat.format(new double[] {1}, -1));
    }
}
