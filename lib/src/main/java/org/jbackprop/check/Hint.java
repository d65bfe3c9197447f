package org.jbackprop.check;

import java.util.Objects;

/**
 * What a failed check thinks went wrong: the kind of mistake and a sentence a student can act on.
 *
 * @param mistake the kind of mistake recognised
 * @param text    e.g. "every value is 4 times the expected one: a sum where a mean was meant? (divide by N = 4)"
 */
public record Hint(Mistake mistake, String text) {

    /** Checks that nothing is null. */
    public Hint {
        Objects.requireNonNull(mistake, "mistake");
        Objects.requireNonNull(text, "text");
    }
}
