package org.jbackprop.tensor;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** SIMD loops for {@link VectorMath}; loaded only when jdk.incubator.vector is in the boot layer. */
final class VectorMathSimd {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private VectorMathSimd() {
    }

    static void exp(double[] in, double[] out, int n) {
        int i = 0;
        for (int up = S.loopBound(n); i < up; i += S.length()) {
            DoubleVector.fromArray(S, in, i).lanewise(VectorOperators.EXP).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = Math.exp(in[i]);
        }
    }

    static void sigmoid(double[] in, double[] out, int n) {
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        int i = 0;
        for (int up = S.loopBound(n); i < up; i += S.length()) {
            DoubleVector e = DoubleVector.fromArray(S, in, i).neg().lanewise(VectorOperators.EXP);
            one.div(e.add(1.0)).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = 1.0 / (1.0 + Math.exp(-in[i]));
        }
    }

    static void log(double[] in, double[] out, int n) {
        int i = 0;
        for (int up = S.loopBound(n); i < up; i += S.length()) {
            DoubleVector.fromArray(S, in, i).lanewise(VectorOperators.LOG).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = Math.log(in[i]);
        }
    }

    static void tanh(double[] in, double[] out, int n) {
        int i = 0;
        for (int up = S.loopBound(n); i < up; i += S.length()) {
            DoubleVector.fromArray(S, in, i).lanewise(VectorOperators.TANH).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = Math.tanh(in[i]);
        }
    }
}
