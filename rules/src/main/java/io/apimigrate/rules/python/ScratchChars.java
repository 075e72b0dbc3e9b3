package io.apimigrate.rules.python;

/**
 * A per-thread char array for scans that read text as an array (the lexer, the anchor word scan):
 * reused from call to call so that a scan allocates nothing. The array is only valid until the
 * same thread asks again; texts over a million chars get an array of their own, so that one huge
 * file does not pin memory per thread.
 */
public final class ScratchChars {

    private static final int MAX_KEPT = 1 << 20;
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[1024]);

    private ScratchChars() {
    }

    /** An array of at least {@code length} chars, contents unspecified. */
    public static char[] ofLength(final int length) {
        char[] buffer = BUFFER.get();
        if (buffer.length < length) {
            buffer = new char[Math.max(length, buffer.length * 2)];
            if (buffer.length <= MAX_KEPT) {
                BUFFER.set(buffer);
            }
        }
        return buffer;
    }

    /** An array whose first {@code text.length()} chars are those of {@code text}. */
    public static char[] copyOf(final String text) {
        final char[] buffer = ofLength(text.length());
        text.getChars(0, text.length(), buffer, 0);
        return buffer;
    }
}
