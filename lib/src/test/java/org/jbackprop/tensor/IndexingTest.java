package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** numpy indexing, reshaping and joining; every expected shape and value printed by numpy 2.4. */
class IndexingTest {

    /** np.arange(24.).reshape(4, 6) */
    private static final Tensor XY = Tensor.arange(24).reshape(4, 6);
    /** np.arange(24.).reshape(2, 3, 4) */
    private static final Tensor T = Tensor.arange(24).reshape(2, 3, 4);

    private static void check(Tensor t, String spec, int[] shape, double... values) {
        Tensor r = t.slice(spec);
        assertArrayEquals(shape, r.shape(), spec);
        assertArrayEquals(values, r.toArray(), spec);
    }

    @Test
    void slicesOfAMatrix() {
        check(XY, ":, 0:-1", new int[] {4, 5}, 0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22);
        check(XY, ":, [-1]", new int[] {4, 1}, 5, 11, 17, 23);
        check(XY, "::2, 3", new int[] {2}, 3, 15);
        check(XY, "-1, ::-1", new int[] {6}, 23, 22, 21, 20, 19, 18);
        check(XY, "1:3, 2:5", new int[] {2, 3}, 8, 9, 10, 14, 15, 16);
        check(XY, "::-2, ::3", new int[] {2, 2}, 18, 21, 6, 9);
        check(XY, ":, -3:", new int[] {4, 3}, 3, 4, 5, 9, 10, 11, 15, 16, 17, 21, 22, 23);
        check(XY, "..., 1", new int[] {4}, 1, 7, 13, 19);
        check(XY, "None, 0", new int[] {1, 6}, 0, 1, 2, 3, 4, 5);
        check(XY, ":, [0, 2, -1]", new int[] {4, 3}, 0, 2, 5, 6, 8, 11, 12, 14, 17, 18, 20, 23);
        check(XY, "5:1:-2", new int[] {1, 6}, 18, 19, 20, 21, 22, 23);
        check(XY, "10:", new int[] {0, 6});
        check(XY, "-10:2", new int[] {2, 6}, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        check(XY, ":, 4:2", new int[] {4, 0});
        check(XY, "", new int[] {4, 6}, XY.toArray());
    }

    @Test
    void slicesOfThreeAxes() {
        check(T, "..., 1", new int[] {2, 3}, 1, 5, 9, 13, 17, 21);
        check(T, "1, ..., ::-1", new int[] {3, 4}, 15, 14, 13, 12, 19, 18, 17, 16, 23, 22, 21, 20);
        check(T, ":, None, 1", new int[] {2, 1, 4}, 4, 5, 6, 7, 16, 17, 18, 19);
        check(T, "0, 1, 2", new int[0], 6);
        check(T, ":, 1:, [3, 0]", new int[] {2, 2, 2}, 7, 4, 11, 8, 19, 16, 23, 20);
    }

    @Test
    void badSlicesSayWhatIsWrong() {
        assertThrows(IndexOutOfBoundsException.class, () -> XY.slice("4, :"));
        assertThrows(IndexOutOfBoundsException.class, () -> XY.slice(":, [6]"));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> XY.slice("0, 0, 0"));
        assertEquals("slice", e.operation());
        assertThrows(IllegalArgumentException.class, () -> XY.slice("::0"));
        assertThrows(IllegalArgumentException.class, () -> XY.slice("a:b"));
        assertThrows(IllegalArgumentException.class, () -> XY.slice("[0, 1], [0, 1]"));
        assertThrows(IllegalArgumentException.class, () -> XY.slice("..., ..."));
        assertThrows(IllegalArgumentException.class, () -> XY.slice(":, [0"));
    }

    @Test
    void takeRowColAndSelect() {
        assertEquals(XY.slice(":, [0, 2, -1]"), XY.take(1, 0, 2, -1));
        assertEquals(XY.slice("[3, 0]"), XY.take(0, 3, 0));
        assertEquals(Tensor.of(6, 7, 8, 9, 10, 11), XY.row(1));
        assertEquals(Tensor.of(18, 19, 20, 21, 22, 23), XY.row(-1));
        assertEquals(Tensor.of(2, 8, 14, 20), XY.col(2));
        assertEquals(Tensor.of(5, 11, 17, 23), XY.col(-1));
        assertEquals(T.slice("1"), T.row(1));
        assertThrows(IndexOutOfBoundsException.class, () -> XY.take(1, 6));
        assertThrows(ShapeMismatchException.class, () -> T.col(0));
        // x[x > 20] in numpy
        assertEquals(Tensor.of(21, 22, 23), XY.select(XY.greater(20)));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> XY.select(Tensor.ones(4, 5)));
        assertEquals(1, e.axis());
        // xy[xy[:, 0] > 10] picks whole rows: [[12..17], [18..23]]
        Tensor rows = XY.select(XY.col(0).greater(10));
        assertArrayEquals(new int[] {2, 6}, rows.shape());
        assertEquals(XY.slice("2:"), rows);
        assertArrayEquals(new int[] {0, 3, 4}, T.select(Tensor.zeros(2)).shape());
        assertThrows(ShapeMismatchException.class, () -> XY.select(Tensor.ones(6)));
        assertEquals(Tensor.of(7), Tensor.scalar(7).select(Tensor.scalar(1)));
    }

    @Test
    void reshapeWithInferredLength() {
        assertArrayEquals(new int[] {3, 8}, XY.reshape(3, -1).shape());
        assertArrayEquals(new int[] {24}, XY.reshape(-1).shape());
        assertArrayEquals(new int[] {2, 2, 6}, XY.reshape(2, -1, 6).shape());
        assertEquals(XY.reshape(-1), XY.flatten());
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> XY.reshape(5, 5));
        assertEquals("reshape", e.operation());
        assertArrayEquals(new int[] {4, 6}, e.leftShape());
        assertArrayEquals(new int[] {5, 5}, e.rightShape());
        assertThrows(ShapeMismatchException.class, () -> XY.reshape(5, -1));
        assertThrows(ShapeMismatchException.class, () -> XY.reshape(-1, -1));
        assertArrayEquals(new int[] {0, 3}, Tensor.zeros(0, 6).reshape(-1, 3).shape());
        assertEquals(Tensor.scalar(4), Tensor.of(4).reshape());
    }

    @Test
    void reshapeCopies() {
        Tensor a = Tensor.zeros(2, 2);
        Tensor b = a.reshape(4);
        b.set(1, 0);
        assertEquals(0.0, a.get(0, 0));
    }

    @Test
    void transposes() {
        assertEquals(Tensor.of(new double[][] {{1, 4}, {2, 5}, {3, 6}}),
                Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}}).T());
        assertArrayEquals(new double[] {0, 4, 8, 12, 16, 20, 1, 5, 9, 13, 17, 21, 2, 6, 10, 14, 18, 22, 3, 7, 11, 15,
            19, 23}, T.transpose(2, 0, 1).toArray());
        assertArrayEquals(new int[] {4, 2, 3}, T.transpose(2, 0, 1).shape());
        assertArrayEquals(new double[] {0, 12, 4, 16, 8, 20, 1, 13, 5, 17, 9, 21, 2, 14, 6, 18, 10, 22, 3, 15, 7, 19,
            11, 23}, T.transpose().toArray());
        assertArrayEquals(new double[] {0, 1, 2, 3, 12, 13, 14, 15, 4, 5, 6, 7, 16, 17, 18, 19, 8, 9, 10, 11, 20, 21,
            22, 23}, T.transpose(1, 0, 2).toArray());
        assertEquals(T.transpose(2, 0, 1), T.transpose(-1, 0, 1));
        assertEquals(Tensor.of(1, 2, 3), Tensor.of(1, 2, 3).T());
        assertEquals(Tensor.scalar(3), Tensor.scalar(3).T());
        Tensor big = Tensor.arange(70 * 45).reshape(70, 45);
        assertEquals(big, big.T().T());
        assertEquals(big.get(13, 44), big.T().get(44, 13));
        assertThrows(ShapeMismatchException.class, () -> T.transpose(0, 1));
        assertThrows(ShapeMismatchException.class, () -> T.transpose(0, 1, 1));
    }

    @Test
    void squeezeAndExpandDims() {
        Tensor y = Tensor.zeros(101, 1);
        assertArrayEquals(new int[] {101}, y.squeeze().shape());
        assertArrayEquals(new int[] {101}, y.squeeze(1).shape());
        assertArrayEquals(new int[] {101}, y.squeeze(-1).shape());
        assertArrayEquals(new int[0], Tensor.zeros(1, 1).squeeze().shape());
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> y.squeeze(0));
        assertEquals(0, e.axis());
        assertArrayEquals(new int[] {1, 101, 1}, y.expandDims(0).shape());
        assertArrayEquals(new int[] {101, 1, 1}, y.expandDims(-1).shape());
        assertArrayEquals(new int[] {101, 1, 1}, y.expandDims(2).shape());
        assertArrayEquals(new int[] {1}, Tensor.scalar(1).expandDims(0).shape());
        assertThrows(ShapeMismatchException.class, () -> y.expandDims(3));
    }

    @Test
    void concatAndStack() {
        Tensor c = Tensor.concat(1, T, T.slice(":, :1"));
        assertArrayEquals(new int[] {2, 4, 4}, c.shape());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 2, 3}, c.row(0).toArray());
        assertEquals(Tensor.arange(6), Tensor.concat(0, Tensor.arange(3), Tensor.arange(3).add(3)));
        assertEquals(Tensor.of(new double[][] {{0, 10}, {1, 11}, {2, 12}}),
                Tensor.stack(1, Tensor.arange(3), Tensor.arange(3).add(10)));
        assertEquals(Tensor.of(new double[][] {{0, 1, 2}, {10, 11, 12}}),
                Tensor.stack(0, Tensor.arange(3), Tensor.arange(3).add(10)));
        assertEquals(Tensor.of(1, 2), Tensor.stack(0, Tensor.scalar(1), Tensor.scalar(2)));
        assertEquals(Tensor.concat(-1, XY, XY), Tensor.concat(1, XY, XY));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
                () -> Tensor.concat(0, Tensor.zeros(2, 3), Tensor.zeros(2, 4)));
        assertEquals(1, e.axis());
        assertArrayEquals(new int[] {2, 4}, e.rightShape());
        assertThrows(ShapeMismatchException.class, () -> Tensor.concat(0, Tensor.zeros(2, 3), Tensor.zeros(3)));
        assertThrows(ShapeMismatchException.class, () -> Tensor.stack(0, Tensor.zeros(2), Tensor.zeros(3)));
        assertEquals("stack", assertThrows(ShapeMismatchException.class, () -> Tensor.stack(3, XY, XY)).operation());
        assertTrue(Tensor.concat(0, Tensor.zeros(0, 2), Tensor.ones(1, 2)).equals(Tensor.ones(1, 2)));
        // np.vstack([[1, 2], [3, 4]]) and np.hstack
        assertEquals(Tensor.of(new double[][] {{1, 2}, {3, 4}}), Tensor.vstack(Tensor.of(1, 2), Tensor.of(3, 4)));
        assertEquals(Tensor.of(1, 2, 3, 4), Tensor.hstack(Tensor.of(1, 2), Tensor.of(3, 4)));
        assertEquals(Tensor.of(new double[][] {{1, 3}, {2, 4}}),
                Tensor.hstack(Tensor.of(new double[][] {{1}, {2}}), Tensor.of(new double[][] {{3}, {4}})));
        assertEquals(Tensor.of(new double[][] {{1, 2}, {5, 6}, {7, 8}}),
                Tensor.vstack(Tensor.of(1, 2), Tensor.of(new double[][] {{5, 6}, {7, 8}})));
    }
}
