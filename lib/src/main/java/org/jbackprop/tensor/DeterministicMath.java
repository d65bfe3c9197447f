package org.jbackprop.tensor;

/**
 * exp, log, tanh and the sigmoid built only from operations IEEE 754 defines exactly (add, sub,
 * mul, div, fused multiply-add, comparisons, bit operations), so that they give the same bits in
 * the interpreter, in C1 and C2 code, in {@link VectorMathSimd}'s lanes and on any x86-64 or
 * AArch64 JVM.
 *
 * <p>Why not {@code Math.exp}: HotSpot replaces it by a CPU-specific routine whose last bit may
 * differ from {@code StrictMath.exp} and from one JVM to the next, and the Vector API's EXP even
 * changes its last bits once C2 compiles the loop; a seeded notebook must print the same digits
 * every time. {@code StrictMath} is exact but scalar and slow. Each function here is a range
 * reduction plus a polynomial, written without branches so that SIMD lanes can run the very same
 * operations in the very same order: exp (and so the sigmoid) the way SLEEF does it, with fused
 * multiply-adds and no division, because it is the function training loops call most; log and
 * tanh as fdlibm (the code behind {@code StrictMath}) does. Every function is within 1 ulp of
 * {@code StrictMath} ({@code DeterministicMathTest}).
 *
 * <p>Keep every expression here and in {@link VectorMathSimd} in the same order, and fuse a
 * multiply and an add exactly where the other does ({@code Math.fma} here, FMA lanes there): Java
 * never fuses on its own, and a fused and an unfused version part by an ulp.
 */
final class DeterministicMath {

    private DeterministicMath() {
    }

    // fdlibm e_exp.c / s_expm1.c / e_log.c constants (the ln 2 split and 1/ln 2 serve exp too)
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    static final double INV_LN2 = 1.44269504088896338700e+00;
    /** exp(x) overflows above this (fdlibm's o_threshold). */
    static final double EXP_OVERFLOW = 7.09782712893383973096e+02;
    /** exp(x) underflows to 0 below this (fdlibm's u_threshold). */
    static final double EXP_UNDERFLOW = -7.45133219101941108420e+02;
    static final double P1 = 1.66666666666666019037e-01;
    static final double P2 = -2.77777777770155933842e-03;
    static final double P3 = 6.61375632143793436117e-05;
    static final double P4 = -1.65339022054652515390e-06;
    static final double P5 = 4.13813679705723846039e-08;
    /** 1.5 * 2^52: adding it rounds a double of magnitude below 2^51 to an integer, which lands in the low bits. */
    static final double ROUNDER = 0x1.8p52;
    static final long ROUNDER_BITS = Double.doubleToRawLongBits(ROUNDER);

    // exp: SLEEF's xexp (sleefdp.c, Boost licence), the reduction constants and the polynomial
    /** ln 2 = EXP_LN2_HI + EXP_LN2_LO to about 100 bits (SLEEF's L2U and L2L), for s = x - q ln 2. */
    static final double EXP_LN2_HI = .69314718055966295651160180568695068359375;
    static final double EXP_LN2_LO = .28235290563031577122588448175013436025525412068e-12;
    static final double E9 = +0.2081276378237164457e-8;
    static final double E8 = +0.2511210703042288022e-7;
    static final double E7 = +0.2755762628169491192e-6;
    static final double E6 = +0.2755723402025388239e-5;
    static final double E5 = +0.2480158687479686264e-4;
    static final double E4 = +0.0001984126989855865850;
    static final double E3 = +0.001388888888914497797;
    static final double E2 = +0.008333333333317968002;
    static final double E1 = +0.04166666666666693973;
    static final double E0 = +0.1666666666666666741;

    static final double LG1 = 6.666666666666735130e-01;
    static final double LG2 = 3.999999999940941908e-01;
    static final double LG3 = 2.857142874366239149e-01;
    static final double LG4 = 2.222219843214978396e-01;
    static final double LG5 = 1.818357216161805012e-01;
    static final double LG6 = 1.531383769920937332e-01;
    static final double LG7 = 1.479819860511658591e-01;
    /** High word of sqrt(2)/2: log reduces x to m * 2^k with m in [sqrt(2)/2, sqrt(2)). */
    static final long SQRT_HALF_HIGH = 0x3fe6a09eL;

    static final double Q1 = -3.33333333333331316428e-02;
    static final double Q2 = 1.58730158725481460165e-03;
    static final double Q3 = -7.93650757867487942473e-05;
    static final double Q4 = 4.00821782732936239552e-06;
    static final double Q5 = -2.01099218183624371326e-07;

    static final long SIGN = 0x8000000000000000L;

    /**
     * e^x, SLEEF's algorithm: x = q ln2 + s with q = round(x / ln2) and |s| &lt;= ln2/2, e^s = 1 + s +
     * s²(1/2 + s p(s)) with p a degree-9 polynomial (Estrin's scheme), then scaled by 2^q in two
     * exact-or-once-rounded steps so that subnormal results round once. No division: this is the
     * function a training loop calls most.
     */
    static double exp(double x) {
        double t = Math.fma(x, INV_LN2, ROUNDER);
        double q = t - ROUNDER;
        long k = Double.doubleToRawLongBits(t) << 52 >> 52; // q as an integer: the low 12 bits of t
        double s = Math.fma(q, -EXP_LN2_HI, x);
        s = Math.fma(q, -EXP_LN2_LO, s);
        double s2 = s * s;
        double s4 = s2 * s2;
        double s8 = s4 * s4;
        double p01 = Math.fma(s, E1, E0);
        double p23 = Math.fma(s, E3, E2);
        double p45 = Math.fma(s, E5, E4);
        double p67 = Math.fma(s, E7, E6);
        double p89 = Math.fma(s, E9, E8);
        double p03 = Math.fma(s2, p23, p01);
        double p47 = Math.fma(s2, p67, p45);
        double p07 = Math.fma(s4, p47, p03);
        double p = Math.fma(s8, p89, p07);
        double u = Math.fma(p, s, 0.5);
        u = Math.fma(s2, u, s) + 1.0;
        long k1 = k >> 1;
        long k2 = k - k1;
        double result = u * Double.longBitsToDouble((k1 + 1023) << 52) * Double.longBitsToDouble((k2 + 1023) << 52);
        if (x > EXP_OVERFLOW) {
            result = Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            result = 0.0;
        }
        return result;
    }

    /**
     * e^x, fdlibm's algorithm (tanh's large arguments, as fdlibm's s_tanh.c): x = k ln2 + r with
     * |r| &lt;= ln2/2, e^r from a rational approximation, then scaled by 2^k in two
     * exact-or-once-rounded steps so that subnormal results round once.
     */
    static double expFdlibm(double x) {
        double xc = Math.max(Math.min(x, 710.0), -746.0);
        if (xc != xc) {
            xc = 0.0;
        }
        double t = xc * INV_LN2 + ROUNDER;
        double kd = t - ROUNDER;
        long k = Double.doubleToRawLongBits(t) - ROUNDER_BITS;
        double hi = xc - kd * LN2_HI;
        double lo = kd * LN2_LO;
        double r = hi - lo;
        double rr = r * r;
        double c = r - rr * (P1 + rr * (P2 + rr * (P3 + rr * (P4 + rr * P5))));
        double y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
        long k1 = k >> 1;
        long k2 = k - k1;
        double result = y * Double.longBitsToDouble((k1 + 1023) << 52) * Double.longBitsToDouble((k2 + 1023) << 52);
        if (Math.abs(x) < 0x1p-28) {
            result = 1.0 + x; // as fdlibm: its bits, and within 1 ulp
        }
        if (x > EXP_OVERFLOW) {
            result = Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            result = 0.0;
        }
        if (x != x) {
            result = x;
        }
        return result;
    }

    /**
     * Natural logarithm, fdlibm's algorithm as FreeBSD and musl write it: x = m 2^k with m in
     * [sqrt(2)/2, sqrt(2)), f = m - 1, log(1 + f) from a polynomial in s = f / (2 + f).
     */
    static double log(double x) {
        boolean subnormal = x < Double.MIN_NORMAL;
        double xs = subnormal ? x * 0x1p54 : x;
        long bits = Double.doubleToRawLongBits(xs);
        bits += (0x3ff00000L - SQRT_HALF_HIGH) << 32;
        long k = (bits >> 52) - 0x3ff - (subnormal ? 54 : 0);
        bits = (bits & 0x000fffffffffffffL) + (SQRT_HALF_HIGH << 32);
        double f = Double.longBitsToDouble(bits) - 1.0;
        double hfsq = 0.5 * f * f;
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double rr = t2 + t1;
        double dk = (double) k;
        double result = s * (hfsq + rr) + dk * LN2_LO - hfsq + f + dk * LN2_HI;
        if (x == Double.POSITIVE_INFINITY) {
            result = x;
        }
        if (x == 0.0) {
            result = Double.NEGATIVE_INFINITY;
        }
        if (x < 0.0 || x != x) {
            result = Double.NaN;
        }
        return result;
    }

    /**
     * e^x - 1 for x in [-2, 0] only (tanh's small arguments), fdlibm's s_expm1.c for the cases
     * k = 0, -1 and -2, -3 that this range needs.
     */
    static double expm1Small(double x) {
        double t0 = x * INV_LN2 + ROUNDER;
        double kd = t0 - ROUNDER;
        long k = Double.doubleToRawLongBits(t0) - ROUNDER_BITS;
        double hi = x - kd * LN2_HI;
        double lo = kd * LN2_LO;
        double r = hi - lo;
        double c = (hi - r) - lo;
        double hfx = 0.5 * r;
        double hxs = r * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - r * t));
        e = r * (e - c) - c;
        e = e - hxs;
        double whenZero = r - e;
        double whenMinusOne = 0.5 * (r - e) - 0.5;
        double whenBelow = (1.0 - (e - r)) * Double.longBitsToDouble((k + 1023) << 52) - 1.0;
        return k == 0 ? whenZero : k == -1 ? whenMinusOne : whenBelow;
    }

    /**
     * tanh, fdlibm's s_tanh.c: for |x| &lt; 1, -t / (t + 2) with t = expm1(-2|x|); for 1 &lt;= |x| &lt; 22,
     * 1 - 2 / (e^{2|x|} + 1); beyond, ±1. The sign is copied from x.
     */
    static double tanh(double x) {
        double a = Math.abs(x);
        double small = Math.min(a, 1.0);
        double t = expm1Small(-2.0 * small);
        double zSmall = -t / (t + 2.0);
        double big = Math.min(Math.max(a, 1.0), 22.0);
        double zBig = 1.0 - 2.0 / (expFdlibm(2.0 * big) + 1.0);
        double z = a < 1.0 ? zSmall : zBig;
        if (a >= 22.0) {
            z = 1.0;
        }
        double result = Double.longBitsToDouble(Double.doubleToRawLongBits(z)
                | (Double.doubleToRawLongBits(x) & SIGN));
        if (x != x) {
            result = x;
        }
        return result;
    }

    /**
     * σ(x) = 1 / (1 + e^−x), computed as g = 1 / (1 + E) with E = e^−|x| (so nothing overflows) and
     * σ = g for x &gt;= 0, σ = E g for x &lt; 0. 1 + E is kept as two doubles and the quotient and the
     * product are corrected with exact residuals (fused multiply-adds), so that the only errors left
     * are exp's and one final rounding: within 1 ulp of the exact σ, where the plain formula
     * {@code 1 / (1 + exp(-x))} is up to 2 ulps off (its sum and its quotient each round).
     */
    static double sigmoid(double x) {
        double e = exp(-Math.abs(x));
        double dHi = 1.0 + e;
        double dLo = (1.0 - dHi) + e;      // 1 + e = dHi + dLo exactly (Fast2Sum: 1 >= e)
        double q = 1.0 / dHi;
        double r = Math.fma(-q, dHi, 1.0);  // 1 - q dHi, exact
        double c = Math.fma(-q, dLo, r);    // relative error of q against 1 / (dHi + dLo)
        double g = Math.fma(q, c, q);       // 1 / (1 + e)
        double t = e * q;
        double tErr = Math.fma(e, q, -t);   // e q - t, exact
        double below = t + Math.fma(t, c, tErr); // e / (1 + e)
        return x < 0.0 ? below : g;
    }
}
