package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * A seeded notebook must print the same digits on every run. The JIT compiles hot loops at a moment
 * that depends on the machine's load, so a function whose bits differ between interpreted and
 * compiled code (the Vector API's EXP did: 35 of these 707 values) makes output vary from run to run.
 */
class DeterminismTest {

    @Test
    void transcendentalsGiveTheSameBitsBeforeAndAfterTheJitCompilesThem() {
        Tensor x = new Rng(1).randn(101, 7).mul(3);
        double[][] cold = {x.exp().toArray(), x.sigmoid().toArray(), x.tanh().toArray(), x.abs().log().toArray()};
        for (int i = 0; i < 50_000; i++) {          // enough calls for C2 to compile each loop
            x.exp();
            x.sigmoid();
            x.tanh();
            x.abs().log();
        }
        double[][] hot = {x.exp().toArray(), x.sigmoid().toArray(), x.tanh().toArray(), x.abs().log().toArray()};
        String[] names = {"exp", "sigmoid", "tanh", "log"};
        for (int k = 0; k < names.length; k++) {
            assertArrayEquals(cold[k], hot[k], 0.0, names[k] + " changed its bits once compiled");
        }
    }
}
