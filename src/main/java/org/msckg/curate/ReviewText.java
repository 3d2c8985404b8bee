package org.msckg.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The review's text, for checking that evidence is quoted verbatim (whitespace normalized). */
public final class ReviewText {
    private final String normalized;

    private ReviewText(String text) {
        this.normalized = normalize(text);
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
        return !q.isEmpty() && normalized.contains(q);
    }

    static String normalize(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
