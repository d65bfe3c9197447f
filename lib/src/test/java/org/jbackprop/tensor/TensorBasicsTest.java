package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** First checks of the whole API against values computed by hand with numpy 2.4. */
class TensorBasicsTest {

    private static final Tensor A = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    @Test
    void arangeIsBitIdenticalToNumpy() {
        Tensor x = Tensor.arange(-5.0, 5.0, 0.1);
        assertArrayEquals(new int[] {100}, x.shape());
        assertEquals(-1.7763568394002505e-14, x.get(50));
        assertEquals(4.899999999999965, x.get(99));
        assertEquals(-4.9, x.get(1));
        assertEquals(-1.3000000000000131, x.get(37));
    }

    @Test
    void broadcastingAddsARowToEveryRow() {
        assertEquals(Tensor.of(new double[][] {{11, 22, 33}, {14, 25, 36}}), A.add(Tensor.of(10, 20, 30)));
        assertEquals(Tensor.of(new double[][] {{2, 3, 4}, {6, 7, 8}}),
                A.add(Tensor.of(new double[][] {{1}, {2}})));
    }

    @Test
    void matmulOfTwoMatrices() {
        Tensor p = Tensor.of(new double[][] {{1, 2}, {3, 4}}).matmul(Tensor.of(new double[][] {{5, 6}, {7, 8}}));
        assertEquals(Tensor.of(new double[][] {{19, 22}, {43, 50}}), p);
    }

    @Test
    void matmulMismatchNamesBothShapesAndTheAxis() {
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
                () -> Tensor.zeros(101, 16).matmul(Tensor.zeros(7, 16)));
        assertEquals("matmul", e.operation());
        assertArrayEquals(new int[] {101, 16}, e.leftShape());
        assertArrayEquals(new int[] {7, 16}, e.rightShape());
        assertEquals(1, e.axis());
        assertEquals("matmul: inner dimensions differ: (101, 16) @ (7, 16); axis 1 of the left (16) must equal "
                + "axis 0 of the right (7)", e.getMessage());
    }

    @Test
    void reductionsWithAxes() {
        assertEquals(Tensor.of(5, 7, 9), A.sum(0));
        assertEquals(Tensor.of(6, 15), A.sum(-1));
        assertArrayEquals(new int[] {2, 1}, A.sum(1, true).shape());
        assertEquals(3.5, A.mean().item());
        assertEquals(2.9166666666666665, A.var().item());
        assertEquals(Tensor.of(6, 120), A.prod(1));
        assertEquals(Tensor.of(2, 2), A.argmax(1));
    }

    @Test
    void sumUsesNumpysPairwiseOrder() {
        Tensor v = Tensor.arange(1000).mul(0.1).add(1.0 / 3);
        assertEquals(50283.333333333336, v.sum().item());
        assertEquals(3528.3333333333335, v.reshape(10, 100).sum(1).get(3));
        assertEquals(460.33333333333326, v.reshape(10, 100).sum(0).get(7));
        assertEquals(57.833333333333336, v.reshape(100, 10).sum(1).get(5));
        assertEquals(50.28333333333334, v.mean().item());
        assertEquals(833.3325, v.var().item());
        assertEquals(28.86749902572095, v.std().item());
    }

    @Test
    void slicingLikeTheLecture() {
        Tensor xy = Tensor.arange(12).reshape(3, 4);
        assertEquals(Tensor.of(new double[][] {{0, 1, 2}, {4, 5, 6}, {8, 9, 10}}), xy.slice(":, 0:-1"));
        assertEquals(Tensor.of(new double[][] {{3}, {7}, {11}}), xy.slice(":, [-1]"));
        assertEquals(Tensor.of(3, 11), xy.slice("::2, 3"));
        assertEquals(Tensor.of(11, 10, 9, 8), xy.slice("-1, ::-1"));
    }

    @Test
    void oneHotAppendsAnAxisLikeTensorFlow() {
        Tensor y = Tensor.of(new double[][] {{0}, {3}, {6}});
        Tensor h = Tensor.oneHot(y, 7);
        assertArrayEquals(new int[] {3, 1, 7}, h.shape());
        assertEquals(Tensor.of(0, 0, 0, 1, 0, 0, 0), h.reshape(-1, 7).row(1));
    }

    @Test
    void inPlaceUpdate() {
        Tensor w = Tensor.ones(2, 2);
        Tensor dW = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        assertEquals(Tensor.of(new double[][] {{0.9, 0.8}, {0.7, 0.6}}).toString(),
                w.subInPlace(dW.mul(0.1)).toString());
    }

    @Test
    void seededRandomNumbersRepeat() {
        assertEquals(new Rng(777).randn(3, 4), new Rng(777).randn(3, 4));
    }

    @Test
    void shapeStringUsesNumpysTupleNotation() {
        assertEquals("(101, 16)", Tensor.zeros(101, 16).shapeString());
        assertEquals("(3,)", Tensor.of(1, 2, 3).shapeString());
        assertEquals("()", Tensor.scalar(7).shapeString());
        assertEquals("(2, 0, 4)", Tensor.shapeString(2, 0, 4));
    }

    @Test
    void copyReusingWritesIntoABufferOfTheSameShapeOnly() {
        Tensor x = Tensor.of(1, 2, 3);
        Tensor buffer = Tensor.zeros(3);
        org.junit.jupiter.api.Assertions.assertSame(buffer, x.copyReusing(buffer));
        assertEquals(Tensor.of(1, 2, 3), buffer);
        Tensor fresh = x.copyReusing(Tensor.zeros(2));
        assertEquals(Tensor.of(1, 2, 3), fresh);
        org.junit.jupiter.api.Assertions.assertNotSame(x, x.copyReusing(null));
        org.junit.jupiter.api.Assertions.assertNotSame(x, x.copyReusing(x));
    }
}
