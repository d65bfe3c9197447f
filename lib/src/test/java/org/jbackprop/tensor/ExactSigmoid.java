package org.jbackprop.tensor;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The sigmoid 1 / (1 + e^−x) correctly rounded to a double, from 40-digit decimal arithmetic: the
 * reference {@link DeterministicMath#sigmoid} is measured against ({@code StrictMath} has no
 * sigmoid, and the formula {@code 1 / (1 + StrictMath.exp(-x))} is itself up to 2 ulps off, and 0
 * instead of e^x below x = -709.78, where e^−x overflows).
 */
final class ExactSigmoid {

    private static final MathContext MC = new MathContext(40);
    private static final BigDecimal LN2 = new BigDecimal("0.69314718055994530941723212145817656807550013436025525412068");
    private static final BigDecimal ONE_1024TH = new BigDecimal("0.0009765625");
    private static final BigDecimal[] INVERSE_FACTORIAL = new BigDecimal[12];

    static {
        BigDecimal f = BigDecimal.ONE;
        for (int n = 0; n < INVERSE_FACTORIAL.length; n++) {
            if (n > 0) {
                f = f.multiply(BigDecimal.valueOf(n));
            }
            INVERSE_FACTORIAL[n] = BigDecimal.ONE.divide(f, MC);
        }
    }

    private ExactSigmoid() {
    }

    /** e^y to about 38 digits: y = k ln2 + r, e^r = (e^(r/1024))^1024 from a Taylor polynomial, times 2^k. */
    static BigDecimal exp(double y) {
        long k = Math.round(y / 0.6931471805599453);
        BigDecimal r = new BigDecimal(y).subtract(LN2.multiply(BigDecimal.valueOf(k)), MC).multiply(ONE_1024TH, MC);
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = INVERSE_FACTORIAL.length - 1; n >= 0; n--) {
            sum = sum.multiply(r, MC).add(INVERSE_FACTORIAL[n], MC);
        }
        for (int i = 0; i < 10; i++) {
            sum = sum.multiply(sum, MC);
        }
        BigDecimal two = BigDecimal.valueOf(2);
        return k >= 0 ? sum.multiply(two.pow((int) k), MC) : sum.divide(two.pow((int) -k), MC);
    }

    /** σ(x) correctly rounded (up to ties closer than 10^−38 relative), for any double x. */
    static double of(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 40) {
            return 1.0; // 1 - e^-x rounds to 1 beyond x = 37.4
        }
        if (x < -800) {
            return 0.0; // e^x is below half of the smallest subnormal
        }
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(exp(-x), MC), MC).doubleValue();
    }
}
