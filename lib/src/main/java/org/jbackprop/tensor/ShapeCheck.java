package org.jbackprop.tensor;

/**
 * The shape checks that layers, losses, optimizers and autograd make on the tensors handed to
 * them, each throwing a {@link ShapeMismatchException} whose expected and actual shapes and failing
 * axis are filled in, and whose message reads e.g.
 * {@code "Linear(16→7).forward: x must have shape (N, 16), got (101, 17)"}.
 */
public final class ShapeCheck {

    private ShapeCheck() {
    }

    /**
     * Throws unless {@code actual} has exactly the shape {@code expected}.
     *
     * @param operation the operation's name, e.g. {@code "Sigmoid.backward"}
     * @param name      what the tensor is called in that operation, e.g. {@code "dOut"}
     */
    public static void requireShape(String operation, String name, int[] expected, Tensor actual) {
        requireNonNull(operation, name, actual);
        if (!Shapes.same(expected, actual.shape)) {
            throw ShapeMismatchException.expected(operation, expected, actual.shape,
                    Shapes.firstDifference(expected, actual.shape), operation + ": " + name + " must have shape "
                    + Shapes.str(expected) + ", got " + Shapes.str(actual.shape));
        }
    }

    /**
     * Throws unless {@code x} is 2-d of shape (N, width) for any N; the expected shape in the
     * exception is (-1, width), or (N, width) when only the width is wrong.
     *
     * @param operation the operation's name, e.g. {@code "Linear(16→7).forward"}
     * @param name      what the tensor is called in that operation, e.g. {@code "x"}
     */
    public static void requireRows(String operation, String name, Tensor x, int width) {
        requireNonNull(operation, name, x);
        int[] s = x.shape;
        if (s.length == 2 && s[1] == width) {
            return;
        }
        int[] expected = {s.length == 2 ? s[0] : -1, width};
        int axis = s.length == 0 ? 0 : Shapes.firstDifference(new int[] {s[0], width}, s);
        throw ShapeMismatchException.expected(operation, expected, s, axis, operation + ": " + name
                + " must have shape (N, " + width + "), got " + Shapes.str(s));
    }

    /**
     * The first axis at which {@code actual} differs from {@code expected}, counting from the front;
     * when one has more axes and agrees on the rest, the first axis only the longer one has; -1 if
     * they are equal. This is the axis a {@link ShapeMismatchException} for an expected shape names.
     */
    public static int firstDifference(int[] expected, int[] actual) {
        return Shapes.same(expected, actual) ? -1 : Shapes.firstDifference(expected, actual);
    }

    private static void requireNonNull(String operation, String name, Tensor t) {
        if (t == null) {
            throw new IllegalArgumentException(operation + ": " + name + " is null");
        }
    }
}
