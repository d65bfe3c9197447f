package org.jbackprop.tensor;

/**
 * Thrown when shapes do not fit, e.g. {@code (101, 16) @ (7, 16)}, or when a tensor does not have
 * the shape an operation requires, e.g. a layer's input of shape (101, 17) where (N, 16) is expected.
 *
 * <p>The message names the operation, the full shapes and the failing axis in calm numpy-style
 * words; the same facts are fields, so that tests and tools need not parse the text. The shapes
 * come in one of two pairs, named by their role:
 * <ul>
 *   <li>{@link #leftShape()} and {@link #rightShape()}: the operands of an operation that do not
 *       fit together ({@code matmul}, {@code add}, {@code concat}), or one operand and the shape
 *       asked of it ({@code reshape}); for a one-operand failure (an axis out of range, squeezing a
 *       long axis) the right shape is null;</li>
 *   <li>{@link #expectedShape()} and {@link #actualShape()}: a tensor checked against the shape an
 *       operation requires (a layer's input, an upstream gradient, a loss's targets). A length the
 *       operation leaves free, such as the batch size N of (N, 16), is -1 in the expected shape.</li>
 * </ul>
 * The other pair is null.
 */
public final class ShapeMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int[] leftShape;
    private final int[] rightShape;
    private final int[] expectedShape;
    private final int[] actualShape;
    private final int axis;

    private ShapeMismatchException(String operation, int[] left, int[] right, int[] expected, int[] actual,
            int axis, String message) {
        super(message);
        this.operation = operation;
        this.leftShape = copy(left);
        this.rightShape = copy(right);
        this.expectedShape = copy(expected);
        this.actualShape = copy(actual);
        this.axis = axis;
    }

    /**
     * Two operands whose shapes do not fit together, or an operand and the shape requested of it.
     *
     * @param operation  the operation's name, e.g. {@code "matmul"}
     * @param leftShape  the shape of the left (or only) operand
     * @param rightShape the shape of the right operand, or the requested shape
     * @param axis       the failing axis as {@link #axis()} describes it, or -1 when no single axis is to blame
     * @param message    the full human-readable message
     */
    public static ShapeMismatchException operands(String operation, int[] leftShape, int[] rightShape, int axis,
            String message) {
        return new ShapeMismatchException(operation, leftShape, rightShape, null, null, axis, message);
    }

    /** One operand whose shape does not allow the operation, e.g. {@code squeeze} of an axis of length 3; the right shape is null. */
    public static ShapeMismatchException operand(String operation, int[] shape, int axis, String message) {
        return new ShapeMismatchException(operation, shape, null, null, null, axis, message);
    }

    /**
     * A tensor whose shape is not the one the operation requires.
     *
     * @param operation     the operation's name, e.g. {@code "Linear(16→7).forward"} or {@code "Sigmoid.backward"}
     * @param expectedShape the required shape; -1 marks a length left free (the N of (N, 16))
     * @param actualShape   the shape the tensor has
     * @param axis          the first axis at which the two differ, or -1 when no single axis is to blame
     * @param message       the full human-readable message
     */
    public static ShapeMismatchException expected(String operation, int[] expectedShape, int[] actualShape, int axis,
            String message) {
        return new ShapeMismatchException(operation, null, null, expectedShape, actualShape, axis, message);
    }

    /** The operation's name, e.g. {@code "matmul"}, {@code "add"} or {@code "Linear(16→7).forward"}; never a sentence. */
    public String operation() {
        return operation;
    }

    /** A copy of the left (or only) operand's shape, or null when a tensor was checked against an expected shape. */
    public int[] leftShape() {
        return copy(leftShape);
    }

    /** A copy of the right operand's shape or the requested shape; null for a one-operand failure or an expected-shape check. */
    public int[] rightShape() {
        return copy(rightShape);
    }

    /** A copy of the shape the operation requires (-1 for a free length), or null for a mismatch of operands. */
    public int[] expectedShape() {
        return copy(expectedShape);
    }

    /** A copy of the shape the checked tensor has, or null for a mismatch of operands. */
    public int[] actualShape() {
        return copy(actualShape);
    }

    /**
     * The axis that fails, or -1 when no single axis is to blame. It counts in the left (or only)
     * operand, except for broadcasting, where it counts in the broadcast result (shapes aligned at
     * the right, as numpy aligns them), and for an axis out of range, where it is the axis asked
     * for. For an expected shape it is the first axis at which the shapes differ; when one has
     * more axes than the other and agrees on the rest, the first axis only the longer one has.
     */
    public int axis() {
        return axis;
    }

    private static int[] copy(int[] shape) {
        return shape == null ? null : shape.clone();
    }
}
