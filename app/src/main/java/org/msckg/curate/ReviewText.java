package org.msckg.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The review's text, for checking that evidence is quoted verbatim (whitespace normalized). The
 * word starts are kept sorted by the text that follows them, so a quote that begins a word is found
 * by binary search; any other quote falls back to a scan, so the answer is that of
 * {@code String.contains} at every size.
 */
public final class ReviewText {
    private static final int KEY = 64;

    private final String normalized;
    private final int[] wordStarts;
    private final int lastReference;

    private ReviewText(String text) {
        this.normalized = normalize(text);
        this.wordStarts = sortedWordStarts(normalized);
        this.lastReference = Citations.highestIn(text);
    }

    /** The number of the review's last reference: the highest it cites, [134] for the curated review. */
    public int lastReference() {
        return lastReference;
    }

    public static ReviewText read(Path file) {
        try {
            return new ReviewText(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the review at " + file, e);
        }
    }

    public static ReviewText of(String text) {
        return new ReviewText(text);
    }

    public boolean contains(String quote) {
        String q = normalize(quote);
        return !q.isEmpty() && (startsAWord(q) || normalized.contains(q));
    }

    private boolean startsAWord(String q) {
        String key = q.length() > KEY ? q.substring(0, KEY) : q;
        int lo = 0;
        int hi = wordStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareAt(wordStarts[mid], key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < wordStarts.length && compareAt(wordStarts[i], key) == 0; i++) {
            if (normalized.startsWith(q, wordStarts[i])) {
                return true;
            }
        }
        return false;
    }

    /** The text at {@code pos}, cut to the key's length, compared with the key. */
    private int compareAt(int pos, String key) {
        int n = Math.min(key.length(), normalized.length() - pos);
        for (int i = 0; i < n; i++) {
            int d = normalized.charAt(pos + i) - key.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return n == key.length() ? 0 : -1;
    }

    private static int[] sortedWordStarts(String text) {
        int[] starts = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ' && (i == 0 || text.charAt(i - 1) == ' ')) {
                starts[n++] = i;
            }
        }
        Comparator<Integer> byKey = (a, b) -> {
            int la = Math.min(KEY, text.length() - a);
            int lb = Math.min(KEY, text.length() - b);
            for (int i = 0; i < Math.min(la, lb); i++) {
                int d = text.charAt(a + i) - text.charAt(b + i);
                if (d != 0) {
                    return d;
                }
            }
            return Integer.compare(la, lb);
        };
        // In parallel: the build waits for this, alone, and at x1000 (330,000 sentences) it took 20 s on one core.
        Integer[] sorted = Arrays.stream(starts, 0, n).boxed().toArray(Integer[]::new);
        Arrays.parallelSort(sorted, byKey);
        return Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
    }

    static String normalize(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
