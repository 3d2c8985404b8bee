package org.msckg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ReviewTextTest {
    private static final String TEXT =
            "Like BM-MSCs, iPSC-MSCs had osteogenic potential[55].\n  They  formed calcified structures.";

    @Test
    void quotesAreFoundWhateverTheirWhitespace() {
        ReviewText r = ReviewText.of(TEXT);
        assertTrue(r.contains("Like BM-MSCs, iPSC-MSCs had"));
        assertTrue(r.contains("potential[55]. They formed"));
        assertTrue(r.contains("They\nformed calcified structures."));
    }

    @Test
    void quotesThatStartInsideAWordAreFoundToo() {
        ReviewText r = ReviewText.of(TEXT);
        assertTrue(r.contains("SCs had osteogenic"));
        assertTrue(r.contains("[55]. They"));
        assertTrue(r.contains("s"));
    }

    @Test
    void whatTheReviewDoesNotSayIsNotFound() {
        ReviewText r = ReviewText.of(TEXT);
        assertFalse(r.contains("Like BM-MSCs, iPSC-MSCs have"));
        assertFalse(r.contains("structures. More"));
        assertFalse(r.contains("   "));
        assertFalse(r.contains(""));
    }

    @Test
    void theAnswerIsAlwaysThatOfAPlainSearch() {
        Random random = new Random(5);
        String[] words = {"cell", "cells", "MSC", "MSCs", "bone", "b", "one", "[12]", "a", "the"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "  " : " ");
        }
        ReviewText r = ReviewText.of(text.toString());
        String normalized = ReviewText.normalize(text.toString());
        for (int i = 0; i < 2000; i++) {
            int from = random.nextInt(normalized.length() - 1);
            String quote = random.nextBoolean()
                    ? normalized.substring(from, Math.min(normalized.length(), from + 1 + random.nextInt(40)))
                    : words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
                            + words[random.nextInt(words.length)];
            assertEquals(
                    normalized.contains(ReviewText.normalize(quote))
                            && !ReviewText.normalize(quote).isEmpty(),
                    r.contains(quote),
                    quote);
        }
    }
}
