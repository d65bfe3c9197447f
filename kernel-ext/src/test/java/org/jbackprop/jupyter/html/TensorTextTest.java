package org.jbackprop.jupyter.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jbackprop.tensor.Tensor;
import org.jbackprop.tensor.TestTensors;
import org.junit.jupiter.api.Test;

class TensorTextTest {

    @Test
    void smallTensorsPrintExactlyAsToString() {
        Tensor t = TestTensors.arange(2, 3);
        assertEquals(t.toString(), TensorText.text(t));
        assertEquals("[[0. 1. 2.]\n [3. 4. 5.]]", TensorText.text(t));
    }

    @Test
    void largeTensorsAreSummarizedLikeNumpy() {
        assertEquals("[[0. 1. 2. ... 997. 998. 999.]\n [1000. 1001. 1002. ... 1997. 1998. 1999.]]",
                TensorText.text(TestTensors.arange(2, 1000)));
        assertEquals("[0. 1. 2. ... 1998. 1999. 2000.]", TensorText.text(TestTensors.arange(2001)));
    }

    @Test
    void summarizesEveryLongAxis() {
        String text = TensorText.text(TestTensors.arange(10, 10, 11));
        assertEquals("""
                [[[0. 1. 2. ... 8. 9. 10.]
                  [11. 12. 13. ... 19. 20. 21.]
                  [22. 23. 24. ... 30. 31. 32.]
                  ...
                  [77. 78. 79. ... 85. 86. 87.]
                  [88. 89. 90. ... 96. 97. 98.]
                  [99. 100. 101. ... 107. 108. 109.]]
                """.strip(), text.substring(0, text.indexOf("]]") + 2));
        assertEquals(true, text.contains("]]\n\n ...\n\n [["), text);
        assertEquals(true, text.endsWith("[1089. 1090. 1091. ... 1097. 1098. 1099.]]]"), text);
    }

    @Test
    void numbersLikeNumpy() {
        assertEquals("nan", TensorText.number(Double.NaN));
        assertEquals("-inf", TensorText.number(Double.NEGATIVE_INFINITY));
        assertEquals("0.5", TensorText.number(0.5));
        assertEquals("-3.", TensorText.number(-3));
    }
}
