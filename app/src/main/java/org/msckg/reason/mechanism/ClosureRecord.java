package org.msckg.reason.mechanism;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the closure knows about one pair of entities connected by a causal chain: the best chains
 * (ranked by {@link ChainRules#RANK}, single-study ones first) and the studies that each support a
 * whole chain from {@code from} to {@code to} on their own.
 */
public record ClosureRecord(String from, String to, List<Chain> chains, Set<String> supportingStudies) {

    public ClosureRecord {
        chains = List.copyOf(chains);
        supportingStudies = Set.copyOf(supportingStudies);
    }

    public int shortest() {
        return chains.stream().mapToInt(Chain::length).min().orElseThrow();
    }

    public boolean singleStudy() {
        return !supportingStudies.isEmpty();
    }

    /** The signs of its chains: one, or both when chains of either sign join the pair. */
    public Set<String> signs() {
        Set<String> signs = new TreeSet<>();
        chains.forEach(c -> signs.add(c.signSymbol()));
        return signs;
    }
}
