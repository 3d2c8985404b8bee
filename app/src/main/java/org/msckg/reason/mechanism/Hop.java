package org.msckg.reason.mechanism;

import java.util.List;
import org.msckg.vocab.MSCKG;

/**
 * One asserted causal claim, as a step of a mechanism chain. Sign is +1, -1 (or 0 for no effect).
 * Entities are IRIs.
 */
public record Hop(
        String claim,
        String subject,
        String predicate,
        String object,
        int sign,
        List<String> citations,
        String evidence,
        String organism,
        String studyType,
        List<String> context,
        String contextNote) {

    /** The studies behind the hop: its citations other than the review itself. */
    public List<String> studyCitations() {
        return citations.stream().filter(c -> !c.equals(MSCKG.Review.getURI())).toList();
    }

    public long studies() {
        return studyCitations().size();
    }
}
