package org.jbackprop.jupyter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The imports every notebook gets without an import cell, shared by both kernel adapters. It names
 * no kernel type, so IJava's start-up script can use it where JJava's classes are absent.
 */
final class DefaultImports {

    /** The library's packages, all shipped in the extension's jar. */
    static final List<String> PACKAGES = List.of(
            "org.jbackprop.tensor",
            "org.jbackprop.nn",
            "org.jbackprop.nn.loss",
            "org.jbackprop.optim",
            "org.jbackprop.autograd",
            "org.jbackprop.graph",
            "org.jbackprop.check",
            "org.jbackprop.data",
            "org.jbackprop.train",
            "org.jbackprop.text",
            "org.jbackprop.jupyter");

    private DefaultImports() {
    }

    /** One line of Java, {@code import org.jbackprop.tensor.*; import ...;}, evaluated as one snippet. */
    static String line() {
        return PACKAGES.stream().map(p -> "import " + p + ".*;").collect(Collectors.joining(" "));
    }
}
