package org.jbackprop.graph;

/** How the graph package prints numbers in its text tables. */
final class Numbers {

    private Numbers() {
    }

    /** A constant as written in a gate label: 1 rather than 1.0, otherwise Java's shortest form. */
    static String plain(double c) {
        if (c == Math.rint(c) && Math.abs(c) < 1e15) {
            return Long.toString((long) c);
        }
        return Double.toString(c);
    }

    /** Pads {@code s} on the right to {@code width}. */
    static String left(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    /** Pads {@code s} on the left to {@code width}. */
    static String right(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
