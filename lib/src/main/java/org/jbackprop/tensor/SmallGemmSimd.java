package org.jbackprop.tensor;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SmallGemm} on SIMD lanes; loaded only when jdk.incubator.vector is in the boot layer.
 *
 * <p>Each element of C is still summed over p in order, s = s + a·b from s = 0 with a separate
 * multiply and add, so the bits are {@link SmallGemm#scalar}'s; only the order in which different
 * elements are worked on changes. The work is cut into tiles of up to 4 rows of C times one or two
 * vectors of columns, whose 2 to 8 sums stay in registers for the whole loop over p: independent
 * sums keep the adder busy where one long sum (X<sup>T</sup>·D over 1000 rows) would wait for each
 * addition in turn. Lanes run along the rows of C, reading rows of B in place (a transposed B is
 * first copied into rows, it is the small operand in the lectures); when C has few columns and many
 * rows (C of shape (6, 1) from X<sup>T</sup> (6, 1000) · D (1000, 1)) they run along its columns
 * instead, computing C<sup>T</sup> = op(B)<sup>T</sup> op(A)<sup>T</sup>.
 *
 * <p>A tile's last vector may reach past the end of a row of C (C of shape (1000, 6) with 8 lanes):
 * the extra lanes are stored into the start of the next row, which a later store overwrites,
 * because rows are stored in increasing order and a row's partial block before its full blocks.
 * Stores that would reach past the end of C go lane by lane, and loads past the end of B read a
 * padded copy of its last rows. The Vector API of JDK 17 has no fast masked store, hence this order.
 */
final class SmallGemmSimd {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /** Below this many multiply-adds the scalar loops win (no buffers to set up). */
    private static final int MIN_WORK = 512;

    private SmallGemmSimd() {
    }

    /**
     * c[co..co + m·n) = op(a) op(b) (+ bias[biasOff + j] added to column j after the sum, when bias is
     * not null); overwrites c.
     */
    static void gemm(boolean transA, boolean transB, int m, int n, int k,
                     double[] a, int ao, double[] b, int bo, double[] bias, int biasOff, double[] c, int co) {
        if ((long) m * n * k < MIN_WORK) {
            SmallGemm.scalar(transA, transB, m, n, k, a, ao, b, bo, bias, biasOff, c, co);
            return;
        }
        // n = 1: one useful lane per vector, so four rows in scalar registers (op(B) is the same
        // k values whether stored as (k, 1) or transposed as (1, k))
        long direct = n == 1 ? (long) k * Math.max(m / 2, 3 * ((m + 3) / 4))
                : (long) k * perStep(m, n) + (transB ? (long) k * n : 0);
        long flipped = (long) k * perStep(n, m) + (transA ? 0 : (long) k * m) + (long) m * n;
        if (direct <= flipped && n == 1) {
            column(m, k, a, ao, transA ? 1 : k, transA ? m : 1, b, bo, 1, bias, biasOff, c, co);
        } else if (direct <= flipped) {
            // A (m, k) read by element, B's rows (k, n) read by vector
            double[] bRows = b;
            int bRowsOff = bo;
            int ldb = n;
            if (transB) {
                ldb = roundUp(n);
                bRows = rows(b, bo, n, k, ldb);
                bRowsOff = 0;
            }
            tiles(m, n, k, a, ao, transA ? 1 : k, transA ? m : 1, bRows, bRowsOff, ldb,
                    padded(bias, biasOff, n), c, co);
        } else {
            // Cᵀ (n, m) = op(B)ᵀ op(A)ᵀ: op(B)ᵀ read by element, op(A)ᵀ's rows (k, m) read by vector
            double[] aRows = a;
            int aRowsOff = ao;
            int lda = m;
            if (!transA) {
                lda = roundUp(m);
                aRows = rows(a, ao, m, k, lda);
                aRowsOff = 0;
            }
            double[] ct = new double[n * m];
            tiles(n, m, k, b, bo, transB ? k : 1, transB ? 1 : n, aRows, aRowsOff, lda, padded(null, 0, m), ct, 0);
            for (int i = 0; i < m; i++) {
                int ci = co + i * n;
                if (bias == null) {
                    for (int j = 0; j < n; j++) {
                        c[ci + j] = ct[j * m + i];
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        c[ci + j] = ct[j * m + i] + bias[biasOff + j];
                    }
                }
            }
        }
    }

    /** Vector operations per step of p for C (rows, cols) with lanes along cols: tiles of 4 rows, or 1. */
    private static int perStep(int rows, int cols) {
        int tileRows = rows == 1 ? 1 : (rows + 3) / 4 * 4;
        return Math.max(3, tileRows * ((cols + L - 1) / L)); // 3: an addition's latency, for a lone sum
    }

    private static int roundUp(int n) {
        return (n + L - 1) / L * L;
    }

    /** x stored as (rows, cols) from offset xo, copied as its transpose (cols, width) with width ≥ rows. */
    private static double[] rows(double[] x, int xo, int rows, int cols, int width) {
        double[] out = new double[cols * width];
        for (int i = 0; i < rows; i++) {
            int src = xo + i * cols;
            for (int p = 0; p < cols; p++) {
                out[p * width + i] = x[src + p];
            }
        }
        return out;
    }

    /**
     * bias[off..off + n) in an array a whole number of vectors long; for no bias, −0.0 everywhere,
     * which adds nothing to any sum (x + −0.0 is x, also for x = ±0.0). The kernels always add it:
     * C2 then stores the result of an addition, whose vector class it knows, instead of a loop's
     * running sum, whose class it may not, which turned every store into a boxed call.
     */
    private static double[] padded(double[] bias, int off, int n) {
        if (bias == null && roundUp(n) <= NO_BIAS.length) {
            return NO_BIAS;
        }
        double[] out = new double[roundUp(n)];
        if (bias == null) {
            java.util.Arrays.fill(out, -0.0);
        } else {
            System.arraycopy(bias, off, out, 0, n);
        }
        return out;
    }

    /** −0.0 for up to 256 columns, the bias of a product without one. */
    private static final double[] NO_BIAS = negativeZeros(256);

    private static double[] negativeZeros(int n) {
        double[] z = new double[n];
        java.util.Arrays.fill(z, -0.0);
        return z;
    }

    /**
     * c (m, n) = A B (+ bias): A's element (i, p) at a[ao + i·ars + p·aps], B's row p at
     * b[bo + p·ldb ..]. Loads of B may read up to roundUp(n) values of a row.
     */
    private static void tiles(int m, int n, int k, double[] a, int ao, int ars, int aps,
                              double[] b, int bo, int ldb, double[] bias, double[] c, int co) {
        int width = roundUp(n);
        // rows p < pSafe of B can be read a whole width wide in place; the rest from a padded copy
        long room = (long) b.length - bo - width;
        int pSafe = room < 0 ? 0 : (int) Math.min(k, room / ldb + 1);
        double[] tail = b;
        int tailBase = bo;
        if (pSafe < k) {
            tail = new double[(k - 1 - pSafe) * ldb + width];
            int from = bo + pSafe * ldb;
            System.arraycopy(b, from, tail, 0, Math.min(tail.length, b.length - from));
            tailBase = -pSafe * ldb;
        }
        // column blocks of 2 vectors; the last one (of 1 or 2 vectors) may be partial and goes first,
        // so that what its rows spill into the next row is overwritten by the full blocks after it
        int full = n / (2 * L);
        int last = n - full * 2 * L;
        for (int q = -1; q < full; q++) {
            int j = q < 0 ? full * 2 * L : q * 2 * L;
            int vectors = q < 0 ? (last > L ? 2 : 1) : 2;
            if (q < 0 && last == 0) {
                continue;
            }
            if (m == 1 && vectors == 1) {
                row1x1(j, k, a, ao, aps, b, bo, ldb, pSafe, tail, tailBase, bias, c, co, co + n);
            } else if (m == 1) {
                row1x2(j, k, a, ao, aps, b, bo, ldb, pSafe, tail, tailBase, bias, c, co, co + n);
            } else if (vectors == 1) {
                rows4x1(m, j, n, k, a, ao, ars, aps, b, bo, ldb, pSafe, tail, tailBase, bias, c, co);
            } else {
                rows4x2(m, j, n, k, a, ao, ars, aps, b, bo, ldb, pSafe, tail, tailBase, bias, c, co);
            }
        }
    }

    /**
     * c (m, 1) = A b (+ bias) for a single column, where a vector would hold one useful lane: four
     * rows at a time in scalar registers. b's element p at b[bo + p·bps].
     */
    private static void column(int m, int k, double[] a, int ao, int ars, int aps, double[] b, int bo, int bps,
                               double[] bias, int biasOff, double[] c, int co) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int a0 = ao + i * ars;
            double s0 = 0.0;
            double s1 = 0.0;
            double s2 = 0.0;
            double s3 = 0.0;
            for (int p = 0; p < k; p++) {
                double bp = b[bo + p * bps];
                int ap = a0 + p * aps;
                s0 = s0 + a[ap] * bp;
                s1 = s1 + a[ap + ars] * bp;
                s2 = s2 + a[ap + 2 * ars] * bp;
                s3 = s3 + a[ap + 3 * ars] * bp;
            }
            if (bias != null) {
                double bj = bias[biasOff];
                s0 = s0 + bj;
                s1 = s1 + bj;
                s2 = s2 + bj;
                s3 = s3 + bj;
            }
            c[co + i] = s0;
            c[co + i + 1] = s1;
            c[co + i + 2] = s2;
            c[co + i + 3] = s3;
        }
        for (; i < m; i++) {
            double s = 0.0;
            for (int p = 0; p < k; p++) {
                s = s + a[ao + i * ars + p * aps] * b[bo + p * bps];
            }
            c[co + i] = bias == null ? s : s + bias[biasOff];
        }
    }

    // The kernels below hold their whole lane computation in one method body: C2 keeps vectors in
    // registers only when no vector crosses a call that it does not inline. Every vector method is
    // called on a vector of a known class (a load, a product): s = p.add(s), not s.add(p), which
    // has the same bits (IEEE addition commutes), since a call on the running sum s goes through
    // the JVM-wide type profile of DoubleVector.add, and once another species has been seen there
    // (a 256-bit sum elsewhere) every vector of the loop was boxed. Tiles of 4 rows; in the
    // last tile, rows past m repeat row m − 1 and are not stored.

    private static void rows4x1(int m, int j, int n, int k, double[] a, int ao, int ars, int aps,
                                double[] b, int bo, int ldb, int pSafe, double[] tail, int tailBase,
                                double[] bias, double[] c, int co) {
        int cEnd = co + m * n;
        double[] spill = new double[2 * L];   // the last row's vectors, before the part inside C is copied
        for (int i = 0; i < m; i += 4) {
            int a0 = ao + i * ars;
            int a1 = ao + Math.min(i + 1, m - 1) * ars;
            int a2 = ao + Math.min(i + 2, m - 1) * ars;
            int a3 = ao + Math.min(i + 3, m - 1) * ars;
            DoubleVector s0 = DoubleVector.zero(S);
            DoubleVector s1 = s0;
            DoubleVector s2 = s0;
            DoubleVector s3 = s0;
            for (int p = 0, ap = 0; p < k; p++, ap += aps) {
                boolean inPlace = p < pSafe;
                double[] src = inPlace ? b : tail;
                int off = (inPlace ? bo : tailBase) + p * ldb + j;
                DoubleVector bp = DoubleVector.fromArray(S, src, off);
                s0 = bp.mul(a[a0 + ap]).add(s0);
                s1 = bp.mul(a[a1 + ap]).add(s1);
                s2 = bp.mul(a[a2 + ap]).add(s2);
                s3 = bp.mul(a[a3 + ap]).add(s3);
            }
            DoubleVector bv = DoubleVector.fromArray(S, bias, j);
            s0 = bv.add(s0);
            s1 = bv.add(s1);
            s2 = bv.add(s2);
            s3 = bv.add(s3);
            int rows = Math.min(4, m - i);
            int off = co + i * n + j;
            if (off + L <= cEnd) {
                s0.intoArray(c, off);
            } else {
                s0.intoArray(spill, 0);
                System.arraycopy(spill, 0, c, off, cEnd - off);
            }
            if (rows > 1) {
                off += n;
                if (off + L <= cEnd) {
                    s1.intoArray(c, off);
                } else {
                    s1.intoArray(spill, 0);
                    System.arraycopy(spill, 0, c, off, cEnd - off);
                }
            }
            if (rows > 2) {
                off += n;
                if (off + L <= cEnd) {
                    s2.intoArray(c, off);
                } else {
                    s2.intoArray(spill, 0);
                    System.arraycopy(spill, 0, c, off, cEnd - off);
                }
            }
            if (rows > 3) {
                off += n;
                if (off + L <= cEnd) {
                    s3.intoArray(c, off);
                } else {
                    s3.intoArray(spill, 0);
                    System.arraycopy(spill, 0, c, off, cEnd - off);
                }
            }
        }
    }

    private static void rows4x2(int m, int j, int n, int k, double[] a, int ao, int ars, int aps,
                                double[] b, int bo, int ldb, int pSafe, double[] tail, int tailBase,
                                double[] bias, double[] c, int co) {
        int cEnd = co + m * n;
        double[] spill = new double[2 * L];   // the last row's vectors, before the part inside C is copied
        for (int i = 0; i < m; i += 4) {
            int a0 = ao + i * ars;
            int a1 = ao + Math.min(i + 1, m - 1) * ars;
            int a2 = ao + Math.min(i + 2, m - 1) * ars;
            int a3 = ao + Math.min(i + 3, m - 1) * ars;
            DoubleVector s00 = DoubleVector.zero(S);
            DoubleVector s01 = s00;
            DoubleVector s10 = s00;
            DoubleVector s11 = s00;
            DoubleVector s20 = s00;
            DoubleVector s21 = s00;
            DoubleVector s30 = s00;
            DoubleVector s31 = s00;
            for (int p = 0, ap = 0; p < k; p++, ap += aps) {
                boolean inPlace = p < pSafe;
                double[] src = inPlace ? b : tail;
                int off = (inPlace ? bo : tailBase) + p * ldb + j;
                DoubleVector b0 = DoubleVector.fromArray(S, src, off);
                DoubleVector b1 = DoubleVector.fromArray(S, src, off + L);
                double x0 = a[a0 + ap];
                double x1 = a[a1 + ap];
                double x2 = a[a2 + ap];
                double x3 = a[a3 + ap];
                s00 = b0.mul(x0).add(s00);
                s01 = b1.mul(x0).add(s01);
                s10 = b0.mul(x1).add(s10);
                s11 = b1.mul(x1).add(s11);
                s20 = b0.mul(x2).add(s20);
                s21 = b1.mul(x2).add(s21);
                s30 = b0.mul(x3).add(s30);
                s31 = b1.mul(x3).add(s31);
            }
            DoubleVector bv0 = DoubleVector.fromArray(S, bias, j);
            DoubleVector bv1 = DoubleVector.fromArray(S, bias, j + L);
            s00 = bv0.add(s00);
            s01 = bv1.add(s01);
            s10 = bv0.add(s10);
            s11 = bv1.add(s11);
            s20 = bv0.add(s20);
            s21 = bv1.add(s21);
            s30 = bv0.add(s30);
            s31 = bv1.add(s31);
            int rows = Math.min(4, m - i);
            int off = co + i * n + j;
            if (off + 2 * L <= cEnd) {
                s00.intoArray(c, off);
                s01.intoArray(c, off + L);
            } else {
                s00.intoArray(spill, 0);
                s01.intoArray(spill, L);
                System.arraycopy(spill, 0, c, off, cEnd - off);
            }
            if (rows > 1) {
                off += n;
                if (off + 2 * L <= cEnd) {
                    s10.intoArray(c, off);
                    s11.intoArray(c, off + L);
                } else {
                    s10.intoArray(spill, 0);
                    s11.intoArray(spill, L);
                    System.arraycopy(spill, 0, c, off, cEnd - off);
                }
            }
            if (rows > 2) {
                off += n;
                if (off + 2 * L <= cEnd) {
                    s20.intoArray(c, off);
                    s21.intoArray(c, off + L);
                } else {
                    s20.intoArray(spill, 0);
                    s21.intoArray(spill, L);
                    System.arraycopy(spill, 0, c, off, cEnd - off);
                }
            }
            if (rows > 3) {
                off += n;
                if (off + 2 * L <= cEnd) {
                    s30.intoArray(c, off);
                    s31.intoArray(c, off + L);
                } else {
                    s30.intoArray(spill, 0);
                    s31.intoArray(spill, L);
                    System.arraycopy(spill, 0, c, off, cEnd - off);
                }
            }
        }
    }

    private static void row1x1(int j, int k, double[] a, int ao, int aps,
                               double[] b, int bo, int ldb, int pSafe, double[] tail, int tailBase,
                               double[] bias, double[] c, int co, int cEnd) {
        DoubleVector s0 = DoubleVector.zero(S);
        for (int p = 0, ap = ao; p < k; p++, ap += aps) {
            boolean inPlace = p < pSafe;
            double[] src = inPlace ? b : tail;
            s0 = DoubleVector.fromArray(S, src, (inPlace ? bo : tailBase) + p * ldb + j).mul(a[ap]).add(s0);
        }
        s0 = DoubleVector.fromArray(S, bias, j).add(s0);
        int off = co + j;
        if (off + L <= cEnd) {
            s0.intoArray(c, off);
        } else {
            double[] spill = new double[2 * L];
            s0.intoArray(spill, 0);
            System.arraycopy(spill, 0, c, off, cEnd - off);
        }
    }

    private static void row1x2(int j, int k, double[] a, int ao, int aps,
                               double[] b, int bo, int ldb, int pSafe, double[] tail, int tailBase,
                               double[] bias, double[] c, int co, int cEnd) {
        DoubleVector s0 = DoubleVector.zero(S);
        DoubleVector s1 = s0;
        for (int p = 0, ap = ao; p < k; p++, ap += aps) {
            boolean inPlace = p < pSafe;
            double[] src = inPlace ? b : tail;
            int o = (inPlace ? bo : tailBase) + p * ldb + j;
            double x = a[ap];
            s0 = DoubleVector.fromArray(S, src, o).mul(x).add(s0);
            s1 = DoubleVector.fromArray(S, src, o + L).mul(x).add(s1);
        }
        s0 = DoubleVector.fromArray(S, bias, j).add(s0);
        s1 = DoubleVector.fromArray(S, bias, j + L).add(s1);
        int off = co + j;
        if (off + 2 * L <= cEnd) {
            s0.intoArray(c, off);
            s1.intoArray(c, off + L);
        } else {
            double[] spill = new double[2 * L];
            s0.intoArray(spill, 0);
            s1.intoArray(spill, L);
            System.arraycopy(spill, 0, c, off, cEnd - off);
        }
    }
}
