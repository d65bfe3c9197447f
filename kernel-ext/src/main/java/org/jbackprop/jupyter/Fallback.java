package org.jbackprop.jupyter;

/** What a display shows when rendering fails: bounded plain text, never an exception. */
final class Fallback {

    /** The longest {@code toString()} kept in a fallback, in characters. */
    static final int MAX_TEXT = 2_000;

    private Fallback() {
    }

    /** {@code String.valueOf(value)}, cut to {@link #MAX_TEXT} characters; a one-line note if even that throws. */
    static String plainText(Object value) {
        try {
            String s = String.valueOf(value);
            return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "... (" + s.length() + " characters)";
        } catch (Throwable t) {
            rethrowIfFatal(t);
            return "<" + value.getClass().getName() + ": toString failed: " + t + ">";
        }
    }

    /** One line naming the type, the MIME type and the cause. */
    static String failureNote(Class<?> type, String mime, Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return "(jbackprop could not render " + type.getSimpleName() + " as " + mime + ": "
                + t.getClass().getSimpleName() + message + ")";
    }

    /** Rethrows errors a renderer must not swallow (out of memory, internal JVM errors); stack overflows are caught. */
    static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
        }
    }
}
