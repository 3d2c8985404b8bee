package org.msckg.reason.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.msckg.vocab.MSCKG;

/** The one walk over hops, with and without pruning by the distance to an end. */
class ChainSearchTest {
    private static final String T = MSCKG.TERM;

    @Test
    void pruningByTheDistanceToAnEndKeepsExactlyThePathsThatReachIt() {
        // a dense little graph: every entity of 8 leads to the next three, in two studies
        List<Hop> hops = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            for (int step = 1; step <= 3; step++) {
                int j = (i + step) % 8;
                hops.add(new Hop(
                        MSCKG.CLAIM + i + "-" + j,
                        T + "e" + i,
                        T + "rel",
                        T + "e" + j,
                        step == 2 ? -1 : 1,
                        List.of(MSCKG.REF + (1 + (i + j) % 2)),
                        "",
                        "",
                        "",
                        List.of(),
                        ""));
            }
        }
        ChainSearch search = new ChainSearch(hops, e -> Set.of());
        Predicate<String> end = e -> e.equals(T + "e5");
        ChainSearch.Distances distances = search.distancesTo(end, ChainRules.MAX_HOPS);
        List<String> all = new ArrayList<>();
        List<String> pruned = new ArrayList<>();
        int[] visited = new int[2];
        search.from(T + "e0", ChainRules.MAX_HOPS, p -> {
            visited[0]++;
            if (end.test(p.object())) {
                all.add(p.chain().key());
            }
        });
        search.from(
                T + "e0",
                ChainRules.MAX_HOPS,
                p -> {
                    visited[1]++;
                    if (end.test(p.object())) {
                        pruned.add(p.chain().key());
                    }
                },
                distances);
        assertEquals(all, pruned);
        assertTrue(!all.isEmpty(), "e0 reaches e5");
        assertTrue(visited[1] < visited[0], visited[1] + " paths with pruning, " + visited[0] + " without");
        assertEquals(0, distances.of(T + "e5"));
        assertEquals(1, distances.of(T + "e4"), "e4 leads to e5 in one hop");
    }
}
