package org.jbackprop.check;

import java.util.Arrays;

/**
 * One element where an answer differs from the expected value.
 *
 * @param index    the element's index, e.g. [1, 0] (empty for a scalar)
 * @param expected the expected value
 * @param actual   the answer's value
 */
public record Mismatch(int[] index, double expected, double actual) {

    /** Keeps a copy of the index. */
    public Mismatch {
        index = index.clone();
    }

    /** A copy of the index. */
    @Override
    public int[] index() {
        return index.clone();
    }

    /** The index as numpy prints it, e.g. {@code [1, 0]}. */
    public String indexString() {
        return Arrays.toString(index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mismatch m && Arrays.equals(index, m.index)
                && Double.compare(expected, m.expected) == 0 && Double.compare(actual, m.actual) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(index) + Double.hashCode(expected) * 7 + Double.hashCode(actual);
    }

    @Override
    public String toString() {
        return (index.length == 0 ? "" : "at " + indexString() + ": ") + "expected " + Checks.number(expected) + ", got " + Checks.number(actual);
    }
}
