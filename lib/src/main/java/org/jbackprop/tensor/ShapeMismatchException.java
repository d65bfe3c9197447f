package org.jbackprop.tensor;

/**
 * Thrown when the shapes of a tensor operation do not fit together, e.g. {@code (101, 16) @ (7, 16)}.
 *
 * <p>The message names the operation, both full shapes and the failing axis in calm numpy-style
 * words; the same facts are available as fields so that tests and tools need not parse the text.
 * For operations with a single operand (reshape, squeeze, an index along an axis) the right shape
 * is the requested one, or empty when there is none.
 */
public final class ShapeMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int[] leftShape;
    private final int[] rightShape;
    private final int axis;

    /**
     * A shape mismatch.
     *
     * @param operation  the operation's name, e.g. {@code "matmul"}
     * @param leftShape  the shape of the left (or only) operand
     * @param rightShape the shape of the right operand, or the requested shape
     * @param axis       the axis that fails (of the left operand unless the message says otherwise),
     *                   or -1 when no single axis is to blame
     * @param message    the full human-readable message
     */
    public ShapeMismatchException(String operation, int[] leftShape, int[] rightShape, int axis, String message) {
        super(message);
        this.operation = operation;
        this.leftShape = leftShape.clone();
        this.rightShape = rightShape.clone();
        this.axis = axis;
    }

    /** The operation's name, e.g. {@code "matmul"} or {@code "add"}. */
    public String operation() {
        return operation;
    }

    /** A copy of the left (or only) operand's shape. */
    public int[] leftShape() {
        return leftShape.clone();
    }

    /** A copy of the right operand's shape (or the requested shape for one-operand operations). */
    public int[] rightShape() {
        return rightShape.clone();
    }

    /** The axis that fails, or -1 when no single axis is to blame. */
    public int axis() {
        return axis;
    }
}
