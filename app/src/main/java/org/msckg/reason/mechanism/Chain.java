package org.msckg.reason.mechanism;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A path of asserted hops with what it rests on. {@code at.get(i)} is the entity the chain stands at
 * before hop {@code i}: the first hop's subject, then each previous hop's object. A hop whose subject
 * is a superclass of the entity it is taken at is inherited: a finding stated for the superclass,
 * applied to the subclass (ChainRules).
 */
public record Chain(List<Hop> hops, List<String> at) {

    public Chain {
        hops = List.copyOf(hops);
        at = List.copyOf(at);
    }

    public int sign() {
        return hops.stream().mapToInt(Hop::sign).reduce(1, ChainRules::compose);
    }

    public String signSymbol() {
        return sign() > 0 ? "+" : "-";
    }

    public int length() {
        return hops.size();
    }

    public String subject() {
        return hops.get(0).subject();
    }

    public String object() {
        return hops.get(hops.size() - 1).object();
    }

    /** Whether hop {@code i} (0-based) is stated for a superclass of the entity the chain is at. */
    public boolean inherited(int i) {
        return !hops.get(i).subject().equals(at.get(i));
    }

    /** The studies every hop cites: numbered references only, the review itself is not a study. */
    public Set<String> sharedStudies() {
        Set<String> shared = new HashSet<>(hops.get(0).studyCitations());
        hops.forEach(h -> shared.retainAll(h.studyCitations()));
        return shared;
    }

    public boolean singleStudy() {
        return !sharedStudies().isEmpty();
    }

    /**
     * The hops (1-based) at which the chain moves to other studies: reading from the first hop, a hop
     * starts a new run when it shares no study with every hop of the current run. Empty for a
     * single-study chain.
     */
    public List<Integer> studyChangesAt() {
        List<Integer> changes = new ArrayList<>();
        Set<String> run = new HashSet<>(hops.get(0).studyCitations());
        for (int i = 1; i < hops.size(); i++) {
            Set<String> next = new HashSet<>(run);
            next.retainAll(hops.get(i).studyCitations());
            if (next.isEmpty()) {
                changes.add(i + 1);
                run = new HashSet<>(hops.get(i).studyCitations());
            } else {
                run = next;
            }
        }
        return changes;
    }

    /** The fewest studies behind any hop: the chain is as well supported as its weakest hop. */
    public long weakestSupport() {
        return hops.stream().mapToLong(Hop::studies).min().orElse(0);
    }

    /** The weakest hop (0-based): fewest studies behind it, then not shown in a living organism. */
    public int weakestHop() {
        int weakest = 0;
        for (int i = 1; i < hops.size(); i++) {
            if (weakness(hops.get(i)) > weakness(hops.get(weakest))) {
                weakest = i;
            }
        }
        return weakest;
    }

    /** The claims in order, as one key: two chains over the same claims are the same chain. */
    public String key() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hops.size(); i++) {
            b.append(at.get(i)).append(' ').append(hops.get(i).claim()).append(' ');
        }
        return b.toString();
    }

    private static int weakness(Hop h) {
        int studies = (int) Math.min(h.studies(), 9);
        boolean inVitro = h.studyType().endsWith("/inVitro");
        return (10 - studies) * 2 + (inVitro ? 1 : 0);
    }
}
