package org.msckg.reason;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A path of asserted hops, each hop's object meeting the next hop's subject, with its composed sign. */
public record Chain(List<Hop> hops) {

    public int sign() {
        return hops.stream().mapToInt(Hop::sign).reduce(1, (a, b) -> a * b);
    }

    public String signSymbol() {
        return sign() > 0 ? "+" : "-";
    }

    /** The studies every hop cites: numbered references only, the review itself is not a study. */
    public Set<String> sharedStudies() {
        Set<String> shared = new HashSet<>(hops.get(0).studyCitations());
        hops.forEach(h -> shared.retainAll(h.studyCitations()));
        return shared;
    }

    public String subject() {
        return hops.get(0).subject();
    }

    public String object() {
        return hops.get(hops.size() - 1).object();
    }

    /** The weakest hop: fewest studies behind it, then not shown in a living organism. */
    public int weakestHop() {
        int weakest = 0;
        for (int i = 1; i < hops.size(); i++) {
            if (weakness(hops.get(i)) > weakness(hops.get(weakest))) {
                weakest = i;
            }
        }
        return weakest;
    }

    private static int weakness(Hop h) {
        int studies = (int) Math.min(h.studies(), 9);
        boolean inVitro = h.studyType().endsWith("/inVitro");
        return (10 - studies) * 2 + (inVitro ? 1 : 0);
    }
}
