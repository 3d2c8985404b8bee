package org.msckg.server.limits;

/**
 * A string whose reads check the {@link QueryDeadline}. {@code java.util.regex} reads its input
 * through {@link #charAt} at every step, backtracking included, so a match that backtracks
 * catastrophically stops at the deadline instead of running for minutes.
 */
final class DeadlineChars implements CharSequence {
    private static final int CHECK_EVERY = 4096;

    private final String text;
    private int reads;

    DeadlineChars(String text) {
        this.text = text;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            QueryDeadline.check();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineChars(text.substring(start, end));
    }

    @Override
    public String toString() {
        return text;
    }
}
