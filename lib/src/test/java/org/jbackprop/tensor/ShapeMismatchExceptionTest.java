package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The exception's fields say which shape played which role, and which axis failed. */
class ShapeMismatchExceptionTest {

    @Test
    void twoOperandsAreLeftAndRight() {
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
                () -> Tensor.zeros(101, 16).matmul(Tensor.zeros(7, 16)));
        assertEquals("matmul", e.operation());
        assertArrayEquals(new int[] {101, 16}, e.leftShape());
        assertArrayEquals(new int[] {7, 16}, e.rightShape());
        assertNull(e.expectedShape());
        assertNull(e.actualShape());
        assertEquals(1, e.axis());
        e = assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(4, 6).reshape(5, 5));
        assertArrayEquals(new int[] {4, 6}, e.leftShape());
        assertArrayEquals(new int[] {5, 5}, e.rightShape());
    }

    @Test
    void oneOperandHasNoRightShape() {
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(2, 3).squeeze(1));
        assertEquals("squeeze", e.operation());
        assertArrayEquals(new int[] {2, 3}, e.leftShape());
        assertNull(e.rightShape());
        assertEquals(1, e.axis());
        e = assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(2, 3).sum(-3));
        assertEquals("sum", e.operation());
        assertNull(e.rightShape());
        assertEquals(-3, e.axis());
        // transpose's axes are not a shape
        e = assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(2, 3, 4).transpose(0, 2, 0));
        assertArrayEquals(new int[] {2, 3, 4}, e.leftShape());
        assertNull(e.rightShape());
        assertEquals(0, e.axis());
        e = assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(2, 3, 4).transpose(1, 0));
        assertEquals(-1, e.axis());
        // a 2-d operation on a 1-d tensor fails at the axis it lacks, on a 3-d one at the extra axis
        assertEquals(1, assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(3).col(0)).axis());
        assertEquals(2, assertThrows(ShapeMismatchException.class, () -> Tensor.zeros(2, 2, 2).toArray2d()).axis());
        assertEquals(0, assertThrows(ShapeMismatchException.class, () -> Tensor.scalar(1).row(0)).axis());
    }

    @Test
    void aRequiredShapeIsExpectedAndActual() {
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
                () -> Tensor.zeros(2, 3).assign(Tensor.zeros(2, 4)));
        assertEquals("assign", e.operation());
        assertArrayEquals(new int[] {2, 3}, e.expectedShape());
        assertArrayEquals(new int[] {2, 4}, e.actualShape());
        assertNull(e.leftShape());
        assertNull(e.rightShape());
        assertEquals(1, e.axis());
        e = assertThrows(ShapeMismatchException.class,
                () -> ShapeCheck.requireShape("Tanh.backward", "dOut", new int[] {4, 3}, Tensor.zeros(4)));
        assertEquals("Tanh.backward", e.operation());
        assertEquals("Tanh.backward: dOut must have shape (4, 3), got (4,)", e.getMessage());
        assertEquals(1, e.axis());
        e = assertThrows(ShapeMismatchException.class,
                () -> ShapeCheck.requireRows("Linear(3→2).forward", "x", Tensor.zeros(5, 2, 3), 3));
        assertArrayEquals(new int[] {-1, 3}, e.expectedShape());
        assertArrayEquals(new int[] {5, 2, 3}, e.actualShape());
        assertEquals(1, e.axis());
        ShapeCheck.requireRows("ok", "x", Tensor.zeros(0, 3), 3);
        ShapeCheck.requireShape("ok", "x", new int[0], Tensor.scalar(2));
        assertThrows(IllegalArgumentException.class, () -> ShapeCheck.requireShape("op", "x", new int[0], null));
    }

    @Test
    void firstDifferenceCountsFromTheFront() {
        assertEquals(-1, ShapeCheck.firstDifference(new int[] {2, 3}, new int[] {2, 3}));
        assertEquals(1, ShapeCheck.firstDifference(new int[] {2, 3}, new int[] {2, 4}));
        assertEquals(1, ShapeCheck.firstDifference(new int[] {2, 3}, new int[] {2}));
        assertEquals(2, ShapeCheck.firstDifference(new int[] {2, 3}, new int[] {2, 3, 1}));
        assertEquals(0, ShapeCheck.firstDifference(new int[0], new int[] {1}));
    }
}
