package org.jbackprop.bench;

import org.jbackprop.tensor.Tensor;

/** Prints {@link Tensor#backend()} for compare.sh's report. */
public final class Backend {

    private Backend() {
    }

    /** Prints the backend's name. */
    public static void main(String[] args) {
        System.out.println(Tensor.backend());
    }
}
