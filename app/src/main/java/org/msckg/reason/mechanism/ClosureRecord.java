package org.msckg.reason.mechanism;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the closure knows about one pair of entities connected by a causal chain: the signs of the
 * chains that join them, the fewest hops, the studies that each support a whole chain on their own, and
 * the best single-study chains (ranked by {@link ChainRules#RANK}). Cross-study chains are not kept
 * here: {@link ChainSearch} finds them from one start when asked (docs/schema.md, "Mechanism chains").
 */
public record ClosureRecord(
        String from, String to, Set<String> signs, int shortest, List<Chain> chains, Set<String> supportingStudies) {

    public ClosureRecord {
        signs = new TreeSet<>(signs);
        chains = List.copyOf(chains);
        supportingStudies = Set.copyOf(supportingStudies);
    }

    public boolean singleStudy() {
        return !supportingStudies.isEmpty();
    }
}
