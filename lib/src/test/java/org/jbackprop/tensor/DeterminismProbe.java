package org.jbackprop.tensor;

import java.security.MessageDigest;

/**
 * Run by {@link JitModesTest} in JVMs of its own (interpreter only, C1 only, C2, without the Vector
 * API): computes exp, log, tanh, sigmoid and lecture-size products of fixed inputs, first cold,
 * then again after {@code args[0]} warm-up passes, and prints one digest of the bits of each.
 */
public final class DeterminismProbe {

    private DeterminismProbe() {
    }

    public static void main(String[] args) throws Exception {
        int passes = Integer.parseInt(args[0]);
        String cold = digest();
        for (int i = 0; i < passes; i++) {
            digest();
        }
        System.out.println("cold " + cold);
        System.out.println("hot " + digest());
    }

    /** The inputs: every edge of DeterministicMathTest, then seeded values; 1003 of them (a tail too). */
    static Tensor inputs() {
        double[] edges = DeterministicMathTest.EDGES;
        double[] r = new Rng(7).randn(1003).mul(8).toArray();
        System.arraycopy(edges, 0, r, 0, edges.length);
        for (int i = 0; i < edges.length; i++) {
            r[edges.length + i] = -edges[i];
        }
        return Tensor.of(r);
    }

    static String digest() throws Exception {
        Tensor x = inputs();
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (Tensor t : new Tensor[] {x.exp(), x.log(), x.abs().log(), x.tanh(), x.sigmoid(), products()}) {
            for (double d : t.toArray()) {
                long bits = Double.doubleToLongBits(d);
                for (int b = 0; b < 8; b++) {
                    md.update((byte) (bits >>> (8 * b)));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : md.digest()) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }

    /** The zoo lecture's products, forward and Xᵀ·D, with seeded data. */
    static Tensor products() {
        Rng rng = new Rng(11);
        Tensor x = rng.rand(101, 16);
        Tensor w = rng.randn(16, 7);
        Tensor d = rng.randn(101, 7);
        Tensor y = x.matmul(w);
        Tensor dw = x.transpose().matmul(d);
        return Tensor.concat(0, y.reshape(-1), dw.reshape(-1));
    }
}
