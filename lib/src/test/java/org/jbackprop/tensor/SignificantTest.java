package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SignificantTest {

    @Test
    void roundsWithoutTrailingZerosLikeTheLecturesPrint() {
        assertEquals("0.74136507", Significant.format(0.741365069552, 9));   // Mazur's dE/dout_o1
        assertEquals("0.186815602", Significant.format(0.186815601809, 9));
        assertEquals("-0.196612", Significant.format(-0.19661193324148185, 6));
        assertEquals("12", Significant.format(12.0, 9));
        assertEquals("0", Significant.format(-0.0, 9));
    }

    @Test
    void tinyAndHugeValuesSwitchToScientificNotation() {
        assertEquals("3.5101878e-05", Significant.format(3.5101877830e-05, 8));
        assertEquals("1.5e+09", Significant.format(1.5e9, 4));
        assertEquals("0.0001", Significant.format(1e-4, 3));
    }

    @Test
    void nanAndInfinityReadAsNumpyWritesThem() {
        assertEquals("nan", Significant.format(Double.NaN, 9));
        assertEquals("-inf", Significant.format(Double.NEGATIVE_INFINITY, 9));
        assertThrows(IllegalArgumentException.class, () -> Significant.format(1, 0));
    }

    @Test
    void errorsAndTolerancesPrintWithTwoSignificantDigits() {
        assertEquals("2.1e-11", Significant.scientific(2.0999e-11));
        assertEquals("1.0e-07", Significant.scientific(1e-7));
        assertEquals("-3.0e+02", Significant.scientific(-300));
        assertEquals("0", Significant.scientific(0));
        assertEquals("nan", Significant.scientific(Double.NaN));
        assertEquals("inf", Significant.scientific(Double.POSITIVE_INFINITY));
    }
}
