package org.jbackprop.jupyter.live;

/**
 * The display sink of the running kernel, if any. The kernel adapters set it when they install;
 * in plain Java it stays empty and live views print a progress line instead.
 */
public final class Displays {

    private static volatile DisplaySink sink;

    private Displays() {
    }

    /** Sets the sink live views use (null to forget it). */
    public static void set(DisplaySink newSink) {
        sink = newSink;
    }

    /**
     * The sink set by a kernel adapter; failing that, one for the JJava notebook kernel if this code
     * runs inside it; null when there is no kernel.
     */
    public static DisplaySink current() {
        DisplaySink s = sink;
        if (s != null) {
            return s;
        }
        try {
            Class<?> jjava = Class.forName("org.jbackprop.jupyter.JJavaDisplaySink");
            Object found = jjava.getMethod("ofNotebookKernel").invoke(null);
            return (DisplaySink) found;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException noKernel) {
            return null;
        }
    }
}
