package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The element strings of numpy's str(array), checked by hand with numpy 2.x. */
class ArrayPrintTest {

    @Test
    void theElementsOfToStringWithoutPadding() {
        Tensor t = Tensor.of(0.5, 1, -0.123456);
        assertEquals("[ 0.5       1.       -0.123456]", t.toString());
        assertArrayEquals(new String[] {"0.5", "1.", "-0.123456"}, ArrayPrint.elements(t.toArray(), ArrayPrint.PRECISION));
    }

    @Test
    void precisionIsNumpysPrintOption() { // np.set_printoptions(precision=2): [0.5  0.33]
        assertArrayEquals(new String[] {"0.5", "0.33"}, ArrayPrint.elements(new double[] {0.5, 1.0 / 3}, 2));
        assertArrayEquals(new String[] {"5.e-01", "1.e-05"}, ArrayPrint.elements(new double[] {0.5, 1e-5}, 8));
        assertEquals("1.0", ArrayPrint.scalar(1));
    }
}
