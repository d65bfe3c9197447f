package org.jbackprop.jupyter.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CellFormatTest {

    @Test
    void integersAsPandasFloats() {
        assertArrayEquals(new String[] {"1.0", "-2.0", "0.0"}, CellFormat.format(new double[] {1, -2, 0}, 4));
    }

    @Test
    void fractionsWithTheSameDecimalsEverywhere() {
        assertArrayEquals(new String[] {"0.5000", "1.0000", "-0.1235"},
                CellFormat.format(new double[] {0.5, 1, -0.123456}, 4));
        assertArrayEquals(new String[] {"0.50", "0.33"}, CellFormat.format(new double[] {0.5, 1.0 / 3}, 2));
    }

    @Test
    void scientificWhenFixedDecimalsWouldHideAValue() {
        assertArrayEquals(new String[] {"5.0000e-01", "1.0000e-05"}, CellFormat.format(new double[] {0.5, 1e-5}, 4));
        assertArrayEquals(new String[] {"1.2346e+09", "1.0000e+00"}, CellFormat.format(new double[] {1234567890, 1}, 4));
    }

    @Test
    void nanAndInfinitiesAsNumpyPrintsThem() {
        assertArrayEquals(new String[] {"nan", "inf", "-inf", "0.5000"},
                CellFormat.format(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5}, 4));
        assertArrayEquals(new String[] {"nan", "1.0"}, CellFormat.format(new double[] {Double.NaN, 1}, 4));
    }

    @Test
    void emptyInput() {
        assertArrayEquals(new String[0], CellFormat.format(new double[0], 4));
    }

    @Test
    void rejectsNegativePrecision() {
        assertThrows(IllegalArgumentException.class, () -> CellFormat.format(new double[] {1}, -1));
    }
}
