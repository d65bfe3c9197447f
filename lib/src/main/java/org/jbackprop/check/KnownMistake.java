package org.jbackprop.check;

import java.util.Objects;
import org.jbackprop.tensor.Tensor;

/**
 * A wrong answer a test writer expects students to give, with the explanation to show when they do,
 * e.g. the sigmoid's backward computed from the input x instead of the output y.
 *
 * <pre>{@code
 * Check.close("dx", expected, dx, KnownMistake.of("σ'(x) = y·(1 − y) uses the output y = σ(x), not the input x",
 *         dOut.mul(x).mul(x.rsub(1))));
 * }</pre>
 *
 * @param explanation what the student did and what to do instead
 * @param value       the wrong answer that mistake produces
 */
public record KnownMistake(String explanation, Tensor value) {

    /** Checks that nothing is null. */
    public KnownMistake {
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(value, "value");
    }

    /** A known wrong tensor answer. */
    public static KnownMistake of(String explanation, Tensor value) {
        return new KnownMistake(explanation, value);
    }

    /** A known wrong number. */
    public static KnownMistake of(String explanation, double value) {
        return new KnownMistake(explanation, Tensor.scalar(value));
    }
}
