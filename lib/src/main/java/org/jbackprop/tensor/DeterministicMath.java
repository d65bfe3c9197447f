package org.jbackprop.tensor;

/**
 * exp, log, tanh and the sigmoid built only from operations IEEE 754 defines exactly (add, sub,
 * mul, div, comparisons, bit operations), so that they give the same bits in the interpreter, in
 * C1 and C2 code, in {@link VectorMathSimd}'s lanes and on any x86-64 or AArch64 JVM.
 *
 * <p>Why not {@code Math.exp}: HotSpot replaces it by a CPU-specific routine whose last bit may
 * differ from {@code StrictMath.exp} and from one JVM to the next, and the Vector API's EXP even
 * changes its last bits once C2 compiles the loop; a seeded notebook must print the same digits
 * every time. {@code StrictMath} is exact but scalar and slow. The algorithms here are fdlibm's
 * (the code behind {@code StrictMath}): argument reduction plus a polynomial or rational
 * approximation, written without branches so that SIMD lanes can run the very same operations
 * in the very same order. Every function is within 1 ulp of {@code StrictMath}
 * ({@code DeterministicMathTest}); exp and log nearly always return exactly its bits.
 *
 * <p>Keep every expression here and in {@link VectorMathSimd} in the same order: Java never
 * fuses a multiply and an add, and neither must we, or the two would part by an ulp.
 */
final class DeterministicMath {

    private DeterministicMath() {
    }

    // fdlibm e_exp.c / s_expm1.c / e_log.c constants
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
     * e^x, fdlibm's algorithm: x = k ln2 + r with |r| &lt;= ln2/2, e^r from a rational approximation,
     * then scaled by 2^k in two exact-or-once-rounded steps so that subnormal results round once.
     */
    static double exp(double x) {
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
        double zBig = 1.0 - 2.0 / (exp(2.0 * big) + 1.0);
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

    /** σ(x) = 1 / (1 + e^−x) with this class's exp. */
    static double sigmoid(double x) {
        return 1.0 / (1.0 + exp(-x));
    }
}
