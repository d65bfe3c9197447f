package io.github.spencerpark.ijava;

import io.github.spencerpark.jupyter.kernel.BaseKernel;

/**
 * A test double of IJava 1.3.0's entry class, with the one method {@code IJavaInstall.install()}
 * looks up: {@code getKernelInstance()}. Used only by {@code StandInIJava} in a JVM of its own.
 */
public final class IJava {

    private static BaseKernel kernel;
    private static Object handedOver;

    private IJava() {
    }

    /** The running kernel, as IJava's own method returns it. */
    public static BaseKernel getKernelInstance() {
        return kernel;
    }

    /** Sets the kernel {@link #getKernelInstance()} returns. */
    public static void setKernelInstance(BaseKernel k) {
        kernel = k;
    }

    /** Called from a snippet: hands a cell's value to the kernel side, as IJava's execution control does. */
    public static void handOver(Object value) {
        handedOver = value;
    }

    /** The last value handed over. */
    public static Object handedOver() {
        return handedOver;
    }
}
