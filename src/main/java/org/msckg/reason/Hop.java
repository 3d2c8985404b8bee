package org.msckg.reason;

import java.util.List;

/**
 * One asserted causal claim, as a step of a mechanism chain. Sign is +1, -1 (or 0 for no effect).
 * Entities are IRIs.
 */
public record Hop(String claim, String subject, String predicate, String object, int sign,
                  List<String> citations, String evidence, String organism, String studyType, List<String> context,
                  String contextNote) {

    /** Distinct studies behind the hop: its citations other than the review itself. */
    public long studies() {
        return citations.stream().filter(c -> !c.endsWith("/review")).count();
    }
}
