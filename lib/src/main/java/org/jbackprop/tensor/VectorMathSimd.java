package org.jbackprop.tensor;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD loops for {@link VectorMath}; loaded only when jdk.incubator.vector is in the boot layer.
 *
 * <p>The transcendental functions repeat {@link DeterministicMath}'s operations lane by lane, in
 * the same order, with IEEE-exact lane operations only (add, mul, div, FMA, compares, bit
 * operations; never the Vector API's EXP, LOG or TANH,
 * whose last bits change when C2 compiles them): the vector body and the scalar tail, the
 * interpreter and the JIT give the same bits.
 */
final class VectorMathSimd {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private VectorMathSimd() {
    }

    /**
     * Doubles per vector of the preferred species. Only this species is ever used: a second one in
     * the same JVM pollutes the type profiles inside jdk.incubator.vector, and every vector loop then
     * boxes its vectors (measured: exp four times slower after a few sums).
     */
    static int lanes() {
        return S.length();
    }

    static void addRow(double[] d, int row, double[] out, int ob, int n) {
        int i = 0;
        for (int up = S.loopBound(n); i < up; i += S.length()) {
            DoubleVector.fromArray(S, out, ob + i).add(DoubleVector.fromArray(S, d, row + i)).intoArray(out, ob + i);
        }
        for (; i < n; i++) {
            out[ob + i] += d[row + i];
        }
    }

    /**
     * numpy's pairwise_sum block for 8 &lt;= n &lt;= 128: lane j of the accumulators is numpy's partial
     * sum r[j] (one 8-lane vector, or two 4-lane ones), so the result has the same bits as the
     * scalar version.
     */
    static double pairwiseBlock(double[] a, int off, int n) {
        int end = n - (n % 8);
        int i;
        double res;
        if (S.length() == 8) {
            DoubleVector r = DoubleVector.fromArray(S, a, off);
            for (i = 8; i < end; i += 8) {
                r = r.add(DoubleVector.fromArray(S, a, off + i));
            }
            res = ((r.lane(0) + r.lane(1)) + (r.lane(2) + r.lane(3)))
                    + ((r.lane(4) + r.lane(5)) + (r.lane(6) + r.lane(7)));
        } else {
            DoubleVector lo = DoubleVector.fromArray(S, a, off);
            DoubleVector hi = DoubleVector.fromArray(S, a, off + 4);
            for (i = 8; i < end; i += 8) {
                lo = lo.add(DoubleVector.fromArray(S, a, off + i));
                hi = hi.add(DoubleVector.fromArray(S, a, off + i + 4));
            }
            res = ((lo.lane(0) + lo.lane(1)) + (lo.lane(2) + lo.lane(3)))
                    + ((hi.lane(0) + hi.lane(1)) + (hi.lane(2) + hi.lane(3)));
        }
        for (; i < n; i++) {
            res += a[off + i];
        }
        return res;
    }

    // ---- exp, log, tanh, sigmoid: DeterministicMath lane by lane ----------------------------------
    //
    // Each loop holds its whole lane computation in its own body: a helper taking and returning a
    // DoubleVector would be too big for C2 to inline, and a vector crossing a call boundary becomes
    // an object on the heap (measured: 20 times slower). Keep the operations and their order those
    // of DeterministicMath, line for line.

    /** Above this, e^x is a normal double, so adding q to the exponent of u is exact (q >= -1021). */
    private static final double NORMAL_EXP_MIN = -708.0;

    private static final DoubleVector ZERO = DoubleVector.zero(S);
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1.0);
    private static final DoubleVector TWO = DoubleVector.broadcast(S, 2.0);
    private static final DoubleVector HALF = DoubleVector.broadcast(S, 0.5);
    private static final DoubleVector THREE = DoubleVector.broadcast(S, 3.0);
    private static final DoubleVector SIX = DoubleVector.broadcast(S, 6.0);

    /** out[i] = exp(in[i]) for i in [from, to): {@link DeterministicMath#exp} lane by lane. */
    static void exp(double[] in, double[] out, int from, int to) {
        int i = from;
        for (int up = from + S.loopBound(to - from); i < up; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, in, i);
            DoubleVector t = x.lanewise(VectorOperators.FMA, DeterministicMath.INV_LN2, DeterministicMath.ROUNDER);
            DoubleVector q = t.sub(DeterministicMath.ROUNDER);
            LongVector kBits = t.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52); // q in the exponent field
            DoubleVector s = q.lanewise(VectorOperators.FMA, -DeterministicMath.EXP_LN2_HI, x);
            s = q.lanewise(VectorOperators.FMA, -DeterministicMath.EXP_LN2_LO, s);
            DoubleVector s2 = s.mul(s);
            DoubleVector s4 = s2.mul(s2);
            DoubleVector s8 = s4.mul(s4);
            DoubleVector p01 = s.lanewise(VectorOperators.FMA, DeterministicMath.E1, DeterministicMath.E0);
            DoubleVector p23 = s.lanewise(VectorOperators.FMA, DeterministicMath.E3, DeterministicMath.E2);
            DoubleVector p45 = s.lanewise(VectorOperators.FMA, DeterministicMath.E5, DeterministicMath.E4);
            DoubleVector p67 = s.lanewise(VectorOperators.FMA, DeterministicMath.E7, DeterministicMath.E6);
            DoubleVector p89 = s.lanewise(VectorOperators.FMA, DeterministicMath.E9, DeterministicMath.E8);
            DoubleVector p03 = s2.fma(p23, p01);
            DoubleVector p47 = s2.fma(p67, p45);
            DoubleVector p07 = s4.fma(p47, p03);
            DoubleVector p = s8.fma(p89, p07);
            DoubleVector u = p.fma(s, HALF);
            u = s2.fma(u, s).add(1.0);
            // u 2^q by adding q to u's exponent: exact, so the same bits as the scalar two-step scaling,
            // as long as the result is normal; lanes where it may not be (or NaN) take that scaling
            DoubleVector e = u.reinterpretAsLongs().add(kBits).reinterpretAsDoubles();
            e = e.blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, DeterministicMath.EXP_OVERFLOW));
            VectorMask<Double> low = x.compare(VectorOperators.GE, NORMAL_EXP_MIN).not();
            if (low.anyTrue()) {
                LongVector k = kBits.lanewise(VectorOperators.ASHR, 52);
                LongVector k1 = k.lanewise(VectorOperators.ASHR, 1);
                LongVector k2 = k.sub(k1);
                DoubleVector twoStep = u.mul(k1.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles())
                        .mul(k2.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles());
                twoStep = twoStep.blend(0.0, x.compare(VectorOperators.LT, DeterministicMath.EXP_UNDERFLOW));
                e = e.blend(twoStep, low);
            }
            e.intoArray(out, i);
        }
        for (; i < to; i++) {
            out[i] = DeterministicMath.exp(in[i]);
        }
    }

    /** out[i] = 1 / (1 + exp(-in[i])) for i in [from, to): {@link DeterministicMath#sigmoid} lane by lane. */
    static void sigmoid(double[] in, double[] out, int from, int to) {
        int i = from;
        for (int up = from + S.loopBound(to - from); i < up; i += S.length()) {
            DoubleVector in0 = DoubleVector.fromArray(S, in, i);
            DoubleVector m = in0.abs().neg();
            DoubleVector t = m.lanewise(VectorOperators.FMA, DeterministicMath.INV_LN2, DeterministicMath.ROUNDER);
            DoubleVector q = t.sub(DeterministicMath.ROUNDER);
            LongVector kBits = t.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52); // q in the exponent field
            DoubleVector s = q.lanewise(VectorOperators.FMA, -DeterministicMath.EXP_LN2_HI, m);
            s = q.lanewise(VectorOperators.FMA, -DeterministicMath.EXP_LN2_LO, s);
            DoubleVector s2 = s.mul(s);
            DoubleVector s4 = s2.mul(s2);
            DoubleVector s8 = s4.mul(s4);
            DoubleVector p01 = s.lanewise(VectorOperators.FMA, DeterministicMath.E1, DeterministicMath.E0);
            DoubleVector p23 = s.lanewise(VectorOperators.FMA, DeterministicMath.E3, DeterministicMath.E2);
            DoubleVector p45 = s.lanewise(VectorOperators.FMA, DeterministicMath.E5, DeterministicMath.E4);
            DoubleVector p67 = s.lanewise(VectorOperators.FMA, DeterministicMath.E7, DeterministicMath.E6);
            DoubleVector p89 = s.lanewise(VectorOperators.FMA, DeterministicMath.E9, DeterministicMath.E8);
            DoubleVector p03 = s2.fma(p23, p01);
            DoubleVector p47 = s2.fma(p67, p45);
            DoubleVector p07 = s4.fma(p47, p03);
            DoubleVector p = s8.fma(p89, p07);
            DoubleVector u = p.fma(s, HALF);
            u = s2.fma(u, s).add(1.0);
            // u 2^q by adding q to u's exponent: exact, so the same bits as the scalar two-step scaling,
            // as long as the result is normal; lanes where it may not be (or NaN) take that scaling
            DoubleVector e = u.reinterpretAsLongs().add(kBits).reinterpretAsDoubles();
            VectorMask<Double> low = m.compare(VectorOperators.GE, NORMAL_EXP_MIN).not();
            if (low.anyTrue()) {
                LongVector k = kBits.lanewise(VectorOperators.ASHR, 52);
                LongVector k1 = k.lanewise(VectorOperators.ASHR, 1);
                LongVector k2 = k.sub(k1);
                DoubleVector twoStep = u.mul(k1.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles())
                        .mul(k2.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles());
                twoStep = twoStep.blend(0.0, m.compare(VectorOperators.LT, DeterministicMath.EXP_UNDERFLOW));
                e = e.blend(twoStep, low);
            }
            DoubleVector dHi = ONE.add(e);
            DoubleVector dLo = ONE.sub(dHi).add(e);
            DoubleVector quot = ONE.div(dHi);
            DoubleVector res = quot.neg().fma(dHi, ONE);
            DoubleVector c = quot.neg().fma(dLo, res);
            DoubleVector g = quot.fma(c, quot);
            DoubleVector te = e.mul(quot);
            DoubleVector teErr = e.fma(quot, te.neg());
            DoubleVector below = te.add(te.fma(c, teErr));
            g.blend(below, in0.compare(VectorOperators.LT, 0.0)).intoArray(out, i);
        }
        for (; i < to; i++) {
            out[i] = DeterministicMath.sigmoid(in[i]);
        }
    }

    /** out[i] = log(in[i]) for i in [from, to): {@link DeterministicMath#log} lane by lane. */
    static void log(double[] in, double[] out, int from, int to) {
        int i = from;
        for (int up = from + S.loopBound(to - from); i < up; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, in, i);
            VectorMask<Double> subnormal = x.compare(VectorOperators.LT, Double.MIN_NORMAL);
            DoubleVector xs = x.blend(x.mul(0x1p54), subnormal);
            LongVector bits = xs.reinterpretAsLongs().add((0x3ff00000L - DeterministicMath.SQRT_HALF_HIGH) << 32);
            DoubleVector dk = bits.lanewise(VectorOperators.ASHR, 52).sub(0x3ff).add(DeterministicMath.ROUNDER_BITS)
                    .reinterpretAsDoubles().sub(DeterministicMath.ROUNDER).sub(ZERO.blend(54.0, subnormal));
            bits = bits.and(0x000fffffffffffffL).add(DeterministicMath.SQRT_HALF_HIGH << 32);
            DoubleVector f = bits.reinterpretAsDoubles().sub(1.0);
            DoubleVector hfsq = f.mul(0.5).mul(f);
            DoubleVector s = f.div(f.add(2.0));
            DoubleVector z = s.mul(s);
            DoubleVector w = z.mul(z);
            DoubleVector t1 = w.mul(w.mul(w.mul(DeterministicMath.LG6).add(DeterministicMath.LG4)).add(DeterministicMath.LG2));
            DoubleVector t2 = z.mul(w.mul(w.mul(w.mul(DeterministicMath.LG7).add(DeterministicMath.LG5))
                    .add(DeterministicMath.LG3)).add(DeterministicMath.LG1));
            DoubleVector rr = t2.add(t1);
            DoubleVector result = s.mul(hfsq.add(rr)).add(dk.mul(DeterministicMath.LN2_LO)).sub(hfsq).add(f)
                    .add(dk.mul(DeterministicMath.LN2_HI));
            result = result.blend(x, x.compare(VectorOperators.EQ, Double.POSITIVE_INFINITY));
            result = result.blend(Double.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0.0));
            VectorMask<Double> nan = x.compare(VectorOperators.LT, 0.0).or(x.compare(VectorOperators.NE, x));
            result.blend(Double.NaN, nan).intoArray(out, i);
        }
        for (; i < to; i++) {
            out[i] = DeterministicMath.log(in[i]);
        }
    }

    /** out[i] = tanh(in[i]) for i in [from, to): {@link DeterministicMath#tanh} lane by lane. */
    static void tanh(double[] in, double[] out, int from, int to) {
        int i = from;
        for (int up = from + S.loopBound(to - from); i < up; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, in, i);
            DoubleVector a = x.abs();
            // t = expm1(-2 min(|x|, 1)), fdlibm's expm1 for the k = 0, -1, -2, -3 this range needs
            DoubleVector u = a.min(1.0).mul(-2.0);
            DoubleVector t0 = u.mul(DeterministicMath.INV_LN2).add(DeterministicMath.ROUNDER);
            DoubleVector ukd = t0.sub(DeterministicMath.ROUNDER);
            LongVector uk = t0.reinterpretAsLongs().sub(DeterministicMath.ROUNDER_BITS);
            DoubleVector uhi = u.sub(ukd.mul(DeterministicMath.LN2_HI));
            DoubleVector ulo = ukd.mul(DeterministicMath.LN2_LO);
            DoubleVector ur = uhi.sub(ulo);
            DoubleVector uc = uhi.sub(ur).sub(ulo);
            DoubleVector hfx = ur.mul(0.5);
            DoubleVector hxs = ur.mul(hfx);
            DoubleVector uq = hxs.mul(DeterministicMath.Q5).add(DeterministicMath.Q4);
            uq = hxs.mul(uq).add(DeterministicMath.Q3);
            uq = hxs.mul(uq).add(DeterministicMath.Q2);
            uq = hxs.mul(uq).add(DeterministicMath.Q1);
            DoubleVector r1 = hxs.mul(uq).add(1.0);
            DoubleVector ut = THREE.sub(r1.mul(hfx));
            DoubleVector ue = hxs.mul(r1.sub(ut).div(SIX.sub(ur.mul(ut))));
            ue = ur.mul(ue.sub(uc)).sub(uc);
            ue = ue.sub(hxs);
            DoubleVector whenZero = ur.sub(ue);
            DoubleVector whenMinusOne = ur.sub(ue).mul(0.5).sub(0.5);
            DoubleVector whenBelow = ONE.sub(ue.sub(ur))
                    .mul(uk.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles()).sub(1.0);
            DoubleVector em1 = whenBelow.blend(whenMinusOne, ukd.compare(VectorOperators.EQ, -1.0))
                    .blend(whenZero, ukd.compare(VectorOperators.EQ, 0.0));
            DoubleVector zSmall = em1.neg().div(em1.add(2.0));
            // 1 - 2 / (exp(2 min(max(|x|, 1), 22)) + 1), with fdlibm's exp (DeterministicMath.expFdlibm)
            DoubleVector big = a.max(1.0).min(22.0).mul(2.0);
            DoubleVector xc = big.min(710.0).max(-746.0);
            VectorMask<Double> nan = big.compare(VectorOperators.NE, big);
            xc = xc.blend(0.0, nan);
            DoubleVector t = xc.mul(DeterministicMath.INV_LN2).add(DeterministicMath.ROUNDER);
            DoubleVector kd = t.sub(DeterministicMath.ROUNDER);
            LongVector k = t.reinterpretAsLongs().sub(DeterministicMath.ROUNDER_BITS);
            DoubleVector hi = xc.sub(kd.mul(DeterministicMath.LN2_HI));
            DoubleVector lo = kd.mul(DeterministicMath.LN2_LO);
            DoubleVector r = hi.sub(lo);
            DoubleVector rr = r.mul(r);
            DoubleVector p = rr.mul(DeterministicMath.P5).add(DeterministicMath.P4);
            p = rr.mul(p).add(DeterministicMath.P3);
            p = rr.mul(p).add(DeterministicMath.P2);
            p = rr.mul(p).add(DeterministicMath.P1);
            DoubleVector c = r.sub(rr.mul(p));
            DoubleVector q = r.mul(c).div(TWO.sub(c));
            DoubleVector y = ONE.sub(lo.sub(q).sub(hi));
            LongVector k1 = k.lanewise(VectorOperators.ASHR, 1);
            LongVector k2 = k.sub(k1);
            DoubleVector e = y.mul(k1.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles())
                    .mul(k2.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles());
            e = e.blend(big.add(1.0), big.abs().compare(VectorOperators.LT, 0x1p-28));
            e = e.blend(Double.POSITIVE_INFINITY, big.compare(VectorOperators.GT, DeterministicMath.EXP_OVERFLOW));
            e = e.blend(0.0, big.compare(VectorOperators.LT, DeterministicMath.EXP_UNDERFLOW));
            e = e.blend(big, nan);
            DoubleVector zBig = ONE.sub(TWO.div(e.add(1.0)));
            DoubleVector z = zBig.blend(zSmall, a.compare(VectorOperators.LT, 1.0));
            z = z.blend(1.0, a.compare(VectorOperators.GE, 22.0));
            DoubleVector result = z.reinterpretAsLongs()
                    .or(x.reinterpretAsLongs().and(DeterministicMath.SIGN)).reinterpretAsDoubles();
            result.blend(x, x.compare(VectorOperators.NE, x)).intoArray(out, i);
        }
        for (; i < to; i++) {
            out[i] = DeterministicMath.tanh(in[i]);
        }
    }
}
