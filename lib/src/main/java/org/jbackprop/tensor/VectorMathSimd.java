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
 * the same order, with IEEE-exact lane operations only (never the Vector API's EXP, LOG or TANH,
 * whose last bits change when C2 compiles them): the vector body and the scalar tail, the
 * interpreter and the JIT give the same bits.
 */
final class VectorMathSimd {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private VectorMathSimd() {
    }

    private static final VectorSpecies<Double> S4 = DoubleVector.SPECIES_256;

    /** True when the preferred species is at least 256 bits, so SPECIES_256 runs in hardware. */
    static boolean wideEnough() {
        return S.vectorBitSize() >= 256;
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
     * numpy's pairwise_sum block for 8 &lt;= n &lt;= 128: lane j of (lo, hi) is numpy's partial sum
     * r[j], so the result has the same bits as the scalar version.
     */
    static double pairwiseBlock(double[] a, int off, int n) {
        DoubleVector lo = DoubleVector.fromArray(S4, a, off);
        DoubleVector hi = DoubleVector.fromArray(S4, a, off + 4);
        int i;
        int end = n - (n % 8);
        for (i = 8; i < end; i += 8) {
            lo = lo.add(DoubleVector.fromArray(S4, a, off + i));
            hi = hi.add(DoubleVector.fromArray(S4, a, off + i + 4));
        }
        double res = ((lo.lane(0) + lo.lane(1)) + (lo.lane(2) + lo.lane(3)))
                + ((hi.lane(0) + hi.lane(1)) + (hi.lane(2) + hi.lane(3)));
        for (; i < n; i++) {
            res += a[off + i];
        }
        return res;
    }

    // ---- exp, log, tanh, sigmoid: DeterministicMath lane by lane -------------------------------

    /** out[o + i] = exp(in[i]) for i in [0, n). */
    static void exp(double[] in, double[] out, int n) {
        int i = 0;
        for (int up = S.loopBound(n); i < up; i += S.length()) {
            exp(DoubleVector.fromArray(S, in, i)).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = DeterministicMath.exp(in[i]);
        }
    }

    /** out[i] = 1 / (1 + exp(-in[i])) for i in [0, n). */
    static void sigmoid(double[] in, double[] out, int n) {
        int i = 0;
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        for (int up = S.loopBound(n); i < up; i += S.length()) {
            one.div(exp(DoubleVector.fromArray(S, in, i).neg()).add(1.0)).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = DeterministicMath.sigmoid(in[i]);
        }
    }

    /** out[i] = log(in[i]) for i in [0, n). */
    static void log(double[] in, double[] out, int n) {
        int i = 0;
        for (int up = S.loopBound(n); i < up; i += S.length()) {
            log(DoubleVector.fromArray(S, in, i)).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = DeterministicMath.log(in[i]);
        }
    }

    /** out[i] = tanh(in[i]) for i in [0, n). */
    static void tanh(double[] in, double[] out, int n) {
        int i = 0;
        for (int up = S.loopBound(n); i < up; i += S.length()) {
            tanh(DoubleVector.fromArray(S, in, i)).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = DeterministicMath.tanh(in[i]);
        }
    }

    /** Exact conversion of small integers held in long lanes to doubles, without a vector L2D. */
    private static DoubleVector toDouble(LongVector k) {
        return k.add(DeterministicMath.ROUNDER_BITS).reinterpretAsDoubles().sub(DeterministicMath.ROUNDER);
    }

    /** 2^k for integer k in [-1022, 1023] held in long lanes. */
    private static DoubleVector twoTo(LongVector k) {
        return k.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }

    static DoubleVector exp(DoubleVector x) {
        DoubleVector xc = x.min(710.0).max(-746.0);
        VectorMask<Double> nan = x.compare(VectorOperators.NE, x);
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
        DoubleVector two = DoubleVector.broadcast(S, 2.0);
        DoubleVector q = r.mul(c).div(two.sub(c));
        DoubleVector y = DoubleVector.broadcast(S, 1.0).sub(lo.sub(q).sub(hi));
        LongVector k1 = k.lanewise(VectorOperators.ASHR, 1);
        LongVector k2 = k.sub(k1);
        DoubleVector result = y.mul(twoTo(k1)).mul(twoTo(k2));
        result = result.blend(x.add(1.0), x.abs().compare(VectorOperators.LT, 0x1p-28));
        result = result.blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, DeterministicMath.EXP_OVERFLOW));
        result = result.blend(0.0, x.compare(VectorOperators.LT, DeterministicMath.EXP_UNDERFLOW));
        return result.blend(x, nan);
    }

    static DoubleVector log(DoubleVector x) {
        VectorMask<Double> subnormal = x.compare(VectorOperators.LT, Double.MIN_NORMAL);
        DoubleVector xs = x.blend(x.mul(0x1p54), subnormal);
        LongVector bits = xs.reinterpretAsLongs().add((0x3ff00000L - DeterministicMath.SQRT_HALF_HIGH) << 32);
        DoubleVector dk = toDouble(bits.lanewise(VectorOperators.ASHR, 52).sub(0x3ff))
                .sub(DoubleVector.zero(S).blend(54.0, subnormal));
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
        return result.blend(Double.NaN, nan);
    }

    private static DoubleVector expm1Small(DoubleVector x) {
        DoubleVector t0 = x.mul(DeterministicMath.INV_LN2).add(DeterministicMath.ROUNDER);
        DoubleVector kd = t0.sub(DeterministicMath.ROUNDER);
        LongVector k = t0.reinterpretAsLongs().sub(DeterministicMath.ROUNDER_BITS);
        DoubleVector hi = x.sub(kd.mul(DeterministicMath.LN2_HI));
        DoubleVector lo = kd.mul(DeterministicMath.LN2_LO);
        DoubleVector r = hi.sub(lo);
        DoubleVector c = hi.sub(r).sub(lo);
        DoubleVector hfx = r.mul(0.5);
        DoubleVector hxs = r.mul(hfx);
        DoubleVector p = hxs.mul(DeterministicMath.Q5).add(DeterministicMath.Q4);
        p = hxs.mul(p).add(DeterministicMath.Q3);
        p = hxs.mul(p).add(DeterministicMath.Q2);
        p = hxs.mul(p).add(DeterministicMath.Q1);
        DoubleVector r1 = hxs.mul(p).add(1.0);
        DoubleVector t = DoubleVector.broadcast(S, 3.0).sub(r1.mul(hfx));
        DoubleVector e = hxs.mul(r1.sub(t).div(DoubleVector.broadcast(S, 6.0).sub(r.mul(t))));
        e = r.mul(e.sub(c)).sub(c);
        e = e.sub(hxs);
        DoubleVector whenZero = r.sub(e);
        DoubleVector whenMinusOne = r.sub(e).mul(0.5).sub(0.5);
        DoubleVector whenBelow = DoubleVector.broadcast(S, 1.0).sub(e.sub(r)).mul(twoTo(k)).sub(1.0);
        return whenBelow.blend(whenMinusOne, kd.compare(VectorOperators.EQ, -1.0))
                .blend(whenZero, kd.compare(VectorOperators.EQ, 0.0));
    }

    static DoubleVector tanh(DoubleVector x) {
        DoubleVector a = x.abs();
        DoubleVector small = a.min(1.0);
        DoubleVector t = expm1Small(small.mul(-2.0));
        DoubleVector zSmall = t.neg().div(t.add(2.0));
        DoubleVector big = a.max(1.0).min(22.0);
        DoubleVector zBig = DoubleVector.broadcast(S, 1.0)
                .sub(DoubleVector.broadcast(S, 2.0).div(exp(big.mul(2.0)).add(1.0)));
        DoubleVector z = zBig.blend(zSmall, a.compare(VectorOperators.LT, 1.0));
        z = z.blend(1.0, a.compare(VectorOperators.GE, 22.0));
        DoubleVector result = z.reinterpretAsLongs()
                .or(x.reinterpretAsLongs().and(DeterministicMath.SIGN)).reinterpretAsDoubles();
        return result.blend(x, x.compare(VectorOperators.NE, x));
    }
}
