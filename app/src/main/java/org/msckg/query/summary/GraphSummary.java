package org.msckg.query.summary;

import java.util.Map;
import java.util.TreeMap;
import org.msckg.query.terms.Term;
import org.msckg.query.terms.TermIndex;

/** What the graph holds, counted by kind: claims by claim class, the entities claims are about, the review's references. */
public final class GraphSummary {
    private final TermIndex terms;

    public GraphSummary(TermIndex terms) {
        this.terms = terms;
    }

    public record Counts(
            Map<String, Long> claimsByKind, Map<String, Long> entitiesByKind, long references, long protocols) {}

    public Counts counts() {
        Map<String, Long> entities = new TreeMap<>();
        long references = 0;
        long protocols = 0;
        for (Term t : terms.all()) {
            if (t.claims() > 0) {
                entities.merge(t.kind(), 1L, Long::sum);
            }
            references += t.kind().equals("reference") && t.label().startsWith("[") ? 1 : 0;
            protocols += t.kind().equals("derivation protocol") ? 1 : 0;
        }
        return new Counts(terms.claimsByKind(), entities, references, protocols);
    }
}
