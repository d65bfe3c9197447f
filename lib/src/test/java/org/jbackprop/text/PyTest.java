package org.jbackprop.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Expected strings were printed by Python 3.11 ({@code str(x)}, {@code fmt % x}) and numpy 2.4 ({@code str(np.float32(x))}). */
class PyTest {

    @Test
    void strOfADoubleIsPythons() {
        assertEquals("0.1", Py.str(0.1));
        assertEquals("1e-05", Py.str(1e-5));
        assertEquals("0.0001", Py.str(1e-4));
        assertEquals("0.0001234", Py.str(0.0001234));
        assertEquals("1e+16", Py.str(1e16));
        assertEquals("9999999999999998.0", Py.str(9999999999999998.0));
        assertEquals("1.2345678901234568e+17", Py.str(123456789012345678.0));
        assertEquals("2.0", Py.str(2.0));
        assertEquals("100.0", Py.str(100.0));
        assertEquals("-2.5", Py.str(-2.5));
        assertEquals("-0.0", Py.str(-0.0));
        assertEquals("0.0", Py.str(0.0));
        assertEquals("nan", Py.str(Double.NaN));
        assertEquals("inf", Py.str(Double.POSITIVE_INFINITY));
        assertEquals("-inf", Py.str(Double.NEGATIVE_INFINITY));
        assertEquals("0.3333333333333333", Py.str(1.0 / 3));
        assertEquals("5e-324", Py.str(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", Py.str(Double.MAX_VALUE));
        assertEquals("2.2250738585072014e-308", Py.str(Double.MIN_NORMAL));
        assertEquals("0.0009884891370648776", Py.str(9.884891370648776E-4));
        assertEquals("7.236804910483647e-05", Py.str(7.236804910483647E-5));
    }

    @Test
    void strOfADoubleReadsBackAndIsNeverLongerThanJavas() {
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(x)) {
                continue;
            }
            String s = Py.str(x);
            assertEquals(x, Double.parseDouble(s), s);
            assertTrue(digits(s) <= digits(Double.toString(x)), s + " vs " + x);
        }
    }

    @Test
    void strOfAFloatIsNumpysFloat32() {
        assertEquals("0.73005134", Py.str((float) 0.7300513364163983));
        assertEquals("0.0009884891", Py.str((float) 9.884891370648776E-4));
        assertEquals("7.236805e-05", Py.str((float) 7.236804910483647E-5));
        assertEquals("2.2202755e-06", Py.str(2.2202755e-06f));
        assertEquals("0.6931472", Py.str((float) Math.log(2)));
        assertEquals("1.0", Py.str(1.0f));
        assertEquals("999999.5", Py.str(999999.5f));
        assertEquals("1e+06", Py.str(1e6f));
        assertEquals("1.2345679e+08", Py.str(123456789f));
        assertEquals("1e-04", Py.str(1e-4f));
        assertEquals("9.9e-05", Py.str(9.9e-5f));
        assertEquals("3.4028235e+38", Py.str(Float.MAX_VALUE));
    }

    @Test
    void formatIsPythonsPercentOperator() {
        assertEquals("0.5000", Py.format("%.4f", 0.5));
        assertEquals("0", Py.format("%.0f", 0.5));
        assertEquals("2", Py.format("%.0f", 1.5));
        assertEquals("2", Py.format("%.0f", 2.5));
        assertEquals("0.12", Py.format("%.2f", 0.125));
        assertEquals("0.1", Py.format("%.1f", 0.15));
        assertEquals("0.2", Py.format("%.1f", 0.25));
        assertEquals("0.751365069552", Py.format("%.12f", 0.7513650695523157));
        assertEquals("-0.0", Py.format("%.1f", -0.04));
        assertEquals("-5.0000", Py.format("%7.4f", -5.0));
        assertEquals("  -3.14159", Py.format("%10.5f", -3.14159265));
        assertEquals("2.50    |", Py.format("%-8.2f|", 2.5));
        assertEquals("+2.00", Py.format("%+.2f", 2.0));
        assertEquals(" 2.00", Py.format("% .2f", 2.0));
        assertEquals("-001.500", Py.format("%08.3f", -1.5));
        assertEquals("12.35%", Py.format("%.2f%%", 12.3456));
        assertEquals("nan", Py.format("%.2f", Double.NaN));
        assertEquals("    -inf", Py.format("%8.2f", Double.NEGATIVE_INFINITY));
    }

    @Test
    void scientificAndGeneralFormatsArePythons() {
        assertEquals("0.000e+00", Py.format("%.3e", 0.0));
        assertEquals("1.234e+03", Py.format("%.3e", 1234.5));
        assertEquals("1.0e-04", Py.format("%.1e", 9.96e-5));
        assertEquals("3.5102720020e-05", Py.format("%.10e", 3.5102720019665e-05));
        assertEquals("1.000000E-10", Py.format("%E", 1e-10));
        assertEquals("5e-05", Py.format("%.0e", 5e-5));
        assertEquals("2.8812e-10", Py.format("%.6g", 2.8812e-10));
        assertEquals("1.93919", Py.format("%.6g", 1.93919));
        assertEquals("0.000292147", Py.format("%.6g", 0.000292147));
        assertEquals("8.30996e-05", Py.format("%.6g", 8.30996e-05));
        assertEquals("100000", Py.format("%.6g", 100000.0));
        assertEquals("1e+06", Py.format("%.6g", 1000000.0));
        assertEquals("0", Py.format("%g", 0.0));
        assertEquals("1e-05", Py.format("%g", 1e-5));
        assertEquals("1.23457e+08", Py.format("%g", 123456789.0));
        assertEquals("1E-10", Py.format("%G", 1e-10));
        assertEquals("1.00", Py.format("%#.3g", 1.0));
        assertEquals("1", Py.format("%.3g", 1.0));
        assertEquals("0.731058579", Py.format("%.9g", 0.73105857863));
        assertEquals("-4.2", Py.format("%.8g", -4.2));
    }

    @Test
    void integersStringsAndFloatsAsText() {
        assertEquals("   42", Py.format("%5d", 42));
        assertEquals("42   |", Py.format("%-5d|", 42));
        assertEquals("-0042", Py.format("%05d", -42));
        assertEquals("3", Py.format("%d", 3.7));
        assertEquals("-3", Py.format("%d", -3.7));
        assertEquals("10000000000", Py.format("%d", 10_000_000_000L));
        assertEquals("0.1 1e-05", Py.format("%s %s", 0.1, 1e-5));
        assertEquals("W1    |", Py.format("%-6s|", "W1"));
        assertEquals("step 7: 0.5", Py.format("step %d: %s", 7, 0.5));
        assertEquals("0.73005134", Py.format("%s", (float) 0.7300513364163983));
        assertEquals("a\tb", Py.format("a\tb"));
    }

    @Test
    void badFormatsSayWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Py.format("%.2f %q", 1.0, 2.0));
        assertTrue(e.getMessage().contains("'%q' at index 5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Py.format("%d %d", 1));
        assertTrue(e.getMessage().contains("not enough arguments"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Py.format("%d", 1, 2));
        assertTrue(e.getMessage().contains("1 conversions but got 2 arguments"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Py.format("%.3f", "x"));
        assertTrue(e.getMessage().contains("needs a number, got String x"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Py.format("loss %", 1.0));
        assertTrue(e.getMessage().contains("incomplete conversion at index 5"), e.getMessage());
    }

    /** Significant digits of a number written by Java or Python. */
    private static int digits(String s) {
        String mantissa = s.toLowerCase().split("e")[0].replace("-", "").replace(".", "");
        mantissa = mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "");
        return Math.max(1, mantissa.length());
    }
}
