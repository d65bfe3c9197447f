package org.jbackprop.jupyter.html;

/**
 * The positions shown along one axis of a long array, pandas style: all of them when there are at
 * most {@code max}, otherwise the first {@code edge}, a gap, and the last {@code edge}.
 * A gap is written as {@link #GAP}.
 */
final class Window {

    /** Marks the ellipsis between head and tail. */
    static final long GAP = -1;

    private Window() {
    }

    /** The shown positions of an axis of {@code length}; never more than {@code max(max, 2 * edge + 1)}. */
    static long[] positions(long length, int max, int edge) {
        if (length <= max) {
            long[] all = new long[(int) length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        long[] shown = new long[2 * edge + 1];
        for (int i = 0; i < edge; i++) {
            shown[i] = i;
            shown[edge + 1 + i] = length - edge + i;
        }
        shown[edge] = GAP;
        return shown;
    }
}
