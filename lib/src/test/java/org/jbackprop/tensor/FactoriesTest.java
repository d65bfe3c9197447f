package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Factories, shapes and element access; expected values from numpy 2.4 (np.arange, np.linspace, ...). */
class FactoriesTest {

    @Test
    void fromJavaArraysOfEveryDepth() {
        assertArrayEquals(new int[] {3}, Tensor.of(1, 2, 3).shape());
        Tensor m = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertArrayEquals(new int[] {2, 3}, m.shape());
        assertEquals(6.0, m.get(1, 2));
        Tensor c = Tensor.of(new double[][][] {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}, {{9, 10}, {11, 12}}});
        assertArrayEquals(new int[] {3, 2, 2}, c.shape());
        assertEquals(7.0, c.get(1, 1, 0));
        Tensor n = Tensor.fromNested(new int[][] {{1, 2}, {3, 4}});
        assertEquals(Tensor.of(new double[][] {{1, 2}, {3, 4}}), n);
        assertArrayEquals(new int[] {1, 0}, Tensor.of(new double[][] {{}}).shape());
        assertArrayEquals(new int[] {0, 0}, Tensor.of(new double[0][]).shape());
        assertArrayEquals(new int[] {0, 0}, Tensor.fromNested(new double[0][]).shape());
        assertArrayEquals(new int[] {2, 0, 0}, Tensor.fromNested(new int[2][0][]).shape());
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(new double[][] {null}));
    }

    @Test
    void raggedArraysAreRejectedWithTheirPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tensor.fromNested(new double[][][] {{{1, 2}, {3, 4}}, {{5, 6}, {7}}}));
        assertTrue(e.getMessage().contains("[1, 1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(new double[][] {{1, 2}, {3}}));
    }

    @Test
    void fromArrayCopiesAndChecksTheSize() {
        double[] flat = {1, 2, 3, 4, 5, 6};
        Tensor t = Tensor.fromArray(flat, 3, 2);
        flat[0] = 99;
        assertEquals(1.0, t.get(0, 0));
        assertEquals(4.0, t.get(1, 1));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> Tensor.fromArray(flat, 4, 2));
        assertArrayEquals(new int[] {4, 2}, e.rightShape());
    }

    @Test
    void constantFactories() {
        assertEquals(Tensor.of(new double[][] {{0, 0}, {0, 0}}), Tensor.zeros(2, 2));
        assertEquals(Tensor.of(1, 1, 1), Tensor.ones(3));
        assertEquals(Tensor.of(new double[][] {{7, 7, 7}}), Tensor.full(7, 1, 3));
        assertEquals(Tensor.of(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}), Tensor.eye(3));
        Tensor x = Tensor.of(new double[][] {{1, 2}});
        assertEquals(Tensor.zeros(1, 2), Tensor.zerosLike(x));
        assertEquals(Tensor.ones(1, 2), Tensor.onesLike(x));
        assertEquals(0, Tensor.eye(0).size());
    }

    @Test
    void scalarsHaveRankZero() {
        Tensor s = Tensor.scalar(2.5);
        assertEquals(0, s.rank());
        assertEquals(1, s.size());
        assertArrayEquals(new int[0], s.shape());
        assertEquals(2.5, s.get());
        assertEquals(2.5, s.item());
        assertEquals(Tensor.scalar(1.0), Tensor.ones());
    }

    @Test
    void sizeZeroAxesWork() {
        Tensor e = Tensor.zeros(0, 3);
        assertEquals(0, e.size());
        assertArrayEquals(new int[] {0, 3}, e.shape());
        assertArrayEquals(new int[] {3}, e.sum(0).shape());
        assertEquals(Tensor.zeros(3), e.sum(0));
        assertArrayEquals(new int[] {0}, e.sum(1).shape());
        assertEquals(0.0, e.sum().item());
        assertArrayEquals(new int[] {0, 3}, e.add(Tensor.ones(3)).shape());
        assertArrayEquals(new int[] {0, 5}, e.matmul(Tensor.ones(3, 5)).shape());
        assertEquals(Tensor.zeros(2, 5), Tensor.zeros(2, 0).matmul(Tensor.zeros(0, 5)));
    }

    @Test
    void shapeProductsThatOverflowAreCaught() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(65536, 65536));
        assertTrue(e.getMessage().contains("(65536, 65536)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(3, -1));
        assertThrows(IllegalArgumentException.class, () -> Tensor.ones(100000, 100000, 0, 100000, 100000).add(1));
    }

    @Test
    void arangeMatchesNumpyBitForBit() {
        Tensor a = Tensor.arange(0, 1, 0.1);
        assertEquals(10, a.size());
        assertEquals(0.7000000000000001, a.get(7));
        assertEquals(0.9, a.get(9));
        Tensor b = Tensor.arange(1, 2, 0.3);
        assertEquals(Tensor.of(1.0, 1.3, 1.6, 1.9000000000000001), b);
        assertEquals(Tensor.of(10, 8.5, 7, 5.5, 4, 2.5, 1), Tensor.arange(10, 0, -1.5));
        assertEquals(13, Tensor.arange(0.5, 3.7, 0.25).size());
        Tensor c = Tensor.arange(-1, 1, 1.0 / 3);
        assertEquals(6, c.size());
        assertEquals(-2.220446049250313e-16, c.get(3));
        assertEquals(0.33333333333333304, c.get(4));
        assertEquals(0.6666666666666663, c.get(5));
        assertEquals(0.0009000000000000001, Tensor.arange(0, 1e-3, 1e-4).get(9));
        assertEquals(0, Tensor.arange(3, 3, 1).size());
        assertEquals(0, Tensor.arange(5, 1, 1).size());
        assertEquals(Tensor.of(0, 1, 2, 3), Tensor.arange(4));
        assertEquals(0, Tensor.arange(0).size());
        assertThrows(IllegalArgumentException.class, () -> Tensor.arange(0, 1, 0));
    }

    @Test
    void lectureArangeOfHundredPoints() {
        Tensor x = Tensor.arange(-5.0, 5.0, 0.1);
        assertEquals(100, x.size());
        assertEquals(-5.0, x.get(0));
        assertEquals(-4.9, x.get(1));
        assertEquals(-1.7763568394002505e-14, x.get(50));
        assertEquals(4.899999999999965, x.get(99));
    }

    @Test
    void linspaceMatchesNumpy() {
        assertEquals(Tensor.of(0, 0.25, 0.5, 0.75, 1), Tensor.linspace(0, 1, 5));
        assertEquals(Tensor.of(-1.0, -0.33333333333333337, 0.33333333333333326, 1.0), Tensor.linspace(-1, 1, 4));
        assertEquals(Tensor.of(2.0), Tensor.linspace(2, 3, 1));
        assertEquals(0, Tensor.linspace(0, 1, 0).size());
        assertEquals(Tensor.of(1.0, 0.5, 1e-300), Tensor.linspace(1, 1e-300, 3));
        assertEquals(Tensor.arange(11), Tensor.linspace(0, 10, 11));
    }

    @Test
    void getAndSetWithNegativeIndices() {
        Tensor t = Tensor.zeros(2, 3);
        assertEquals(t, t.set(5, -1, -1));
        assertEquals(5.0, t.get(1, 2));
        t.set(7, 0, 1);
        assertEquals(Tensor.of(new double[][] {{0, 7, 0}, {0, 0, 5}}), t);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> t.get(2, 0));
        assertEquals("get: index 2 is out of bounds for axis 0 with size 2 (tensor of shape (2, 3))", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> t.get(0, -4));
        assertThrows(IllegalArgumentException.class, () -> t.get(0));
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(2).item());
    }

    @Test
    void copiesAreIndependent() {
        Tensor a = Tensor.ones(2);
        Tensor b = a.copy();
        b.set(3, 0);
        assertEquals(1.0, a.get(0));
        double[] arr = a.toArray();
        arr[1] = 9;
        assertEquals(1.0, a.get(1));
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, Tensor.of(new double[][] {{1, 2}, {3, 4}}).toArray2d());
    }

    @Test
    void toIntArrayTruncatesLikeACast() {
        assertArrayEquals(new int[] {1, -1, 2, 0, 0}, Tensor.of(1.9, -1.9, 2.0, 0.5, -0.5).toIntArray());
    }

    @Test
    void equalsAndHashCodeUseShapeAndValues() {
        assertEquals(Tensor.of(1, 2), Tensor.of(1, 2));
        assertEquals(Tensor.of(1, 2).hashCode(), Tensor.of(1, 2).hashCode());
        assertTrue(!Tensor.of(1, 2).equals(Tensor.of(new double[][] {{1, 2}})));
        assertEquals(Tensor.of(Double.NaN), Tensor.of(Double.NaN));
        assertTrue(Tensor.of(1, 2).allWithin(Tensor.of(1 + 1e-10, 2), 1e-9));
        assertTrue(!Tensor.of(1, 2).allWithin(Tensor.of(1 + 1e-8, 2), 1e-9));
        assertTrue(!Tensor.of(Double.NaN).allWithin(Tensor.of(Double.NaN), 1));
        assertTrue(!Tensor.of(1, 2).allWithin(Tensor.of(1, 2, 3), 1));
    }

    @Test
    void aTensorChangedInPlaceIsStillFoundInAHashSetOrMap() {
        Tensor w = Tensor.of(1, 2);
        java.util.Set<Tensor> set = new java.util.HashSet<>(java.util.List.of(w));
        java.util.Map<Tensor, String> names = new java.util.HashMap<>(java.util.Map.of(w, "W"));
        assertTrue(set.contains(Tensor.of(1, 2)));
        w.subInPlace(Tensor.of(0.5, 0.5));
        assertTrue(set.contains(w));
        assertTrue(set.contains(Tensor.of(0.5, 1.5)));
        assertFalse(set.contains(Tensor.of(1, 2)));
        assertEquals("W", names.get(w));
        assertEquals(Tensor.of(0.5, 1.5).hashCode(), Tensor.of(9, 9).hashCode());
        assertTrue(Tensor.of(1, 2).hashCode() != Tensor.of(new double[][] {{1, 2}}).hashCode());
    }

    @Test
    void allCloseTakesNumpysRtolThenAtolAndAllWithinAnAbsoluteTolerance() {
        // numpy's own examples: np.allclose([1e10, 1e-7], [1.00001e10, 1e-8]) is False,
        // np.allclose([1e10, 1e-8], [1.00001e10, 1e-9]) is True (defaults rtol=1e-5, atol=1e-8)
        assertFalse(Tensor.of(1e10, 1e-7).allClose(Tensor.of(1.00001e10, 1e-8)));
        assertTrue(Tensor.of(1e10, 1e-8).allClose(Tensor.of(1.00001e10, 1e-9)));
        // np.allclose(1000, 1000.009, 1e-5, 0) is True; with rtol 1e-6 it is False: the third argument is rtol
        assertTrue(Tensor.of(1000).allClose(Tensor.of(1000.009), 1e-5, 0));
        assertFalse(Tensor.of(1000).allClose(Tensor.of(1000.009), 1e-6, 0));
        assertFalse(Tensor.of(1000).allWithin(Tensor.of(1000.009), 1e-5));
        assertTrue(Tensor.of(1000).allWithin(Tensor.of(1000.009), 0.01));
        assertTrue(Tensor.of(Double.POSITIVE_INFINITY).allClose(Tensor.of(Double.POSITIVE_INFINITY)));
        assertFalse(Tensor.of(Double.NaN).allClose(Tensor.of(Double.NaN)));
    }

    @Test
    void shapeStringLikeNumpy() {
        assertEquals("(101, 16)", Tensor.zeros(101, 16).shapeString());
        assertEquals("(7,)", Tensor.zeros(7).shapeString());
        assertEquals("()", Tensor.scalar(1).shapeString());
    }

    @Test
    void shapeOfAnAxis() {
        Tensor t = Tensor.zeros(4, 5, 6);
        assertEquals(6, t.shape(-1));
        assertEquals(4, t.shape(0));
        assertThrows(ShapeMismatchException.class, () -> t.shape(3));
    }
}
