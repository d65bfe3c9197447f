package org.jbackprop.graph;

import org.jbackprop.tensor.Significant;

/** How the graph package prints numbers in its text tables. */
final class Numbers {

    private Numbers() {
    }

    /**
     * A constant as written in a gate label, like every number of a graph picture: 4 significant digits
     * ({@code 1}, {@code -0.5}, {@code 0.3333} for 1/3), so a "*0.3333" gate stays small.
     */
    static String plain(double c) {
        return Significant.format(c, 4);
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
