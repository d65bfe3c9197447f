package org.jbackprop.check;

/**
 * The usual backprop mistakes a failed check can recognise in a wrong answer, so that its message
 * names the likely cause instead of only the numbers.
 */
public enum Mistake {
    /** The answer is the transpose of the expected one (a missing or extra {@code .T()}). */
    TRANSPOSED,
    /** Every value is the same multiple of the expected one: a sum where a mean was meant, or the reverse. */
    SCALED,
    /** Every value has the wrong sign: t − y instead of y − t, or a gradient step the wrong way. */
    SIGN_FLIPPED,
    /** The answer has an axis too many, and summing over it gives the expected answer (dB = Σ_rows dOut). */
    NOT_SUMMED,
    /** Summing over an axis gives the expected answer only with the mean, or over another axis. */
    WRONG_REDUCTION,
    /** The same values with an extra axis of size 1 (keepDims, or a (1, n) row for an (n,) vector). */
    EXTRA_AXIS,
    /** Every value is zero where the expected ones are not: nothing was computed or accumulated. */
    ALL_ZEROS,
    /** The answer holds NaN or an infinity: a log of 0, a division by 0, or an overflow. */
    NOT_FINITE,
    /** The answer equals a wrong answer the check was told about (e.g. σ'(x) computed from x instead of y). */
    KNOWN
}
