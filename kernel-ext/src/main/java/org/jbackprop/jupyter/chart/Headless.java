package org.jbackprop.jupyter.chart;

/** Makes AWT safe in a kernel with no display: charts are drawn off-screen only. */
public final class Headless {

    private Headless() {
    }

    /**
     * Sets {@code java.awt.headless=true} unless the user chose otherwise, and quiets the SLF4J
     * "no providers" warning Tablesaw would otherwise print into the first cell that shows a table.
     * Call before the first chart or table is made; calling again does nothing.
     */
    public static void ensure() {
        try {
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true");
            }
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "ERROR");
            }
        } catch (SecurityException ignored) {
            // a sandbox that forbids properties also forbids displays; nothing to do
        }
    }
}
