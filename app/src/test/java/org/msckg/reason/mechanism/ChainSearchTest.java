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

    @Test
    void theSearchStopsOnceEveryEndItReachesHasItsPathsOfEachSign() {
        List<Hop> hops = new ArrayList<>();
        // a core of six entities, each leading to every other with both signs
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                if (i != j) {
                    hops.add(hop("c" + i, "c" + j, 1));
                    hops.add(hop("c" + i, "c" + j, -1));
                }
            }
        }
        // and a tail from c1 that reaches the end c5 again in five more hops
        String[] tail = {"c1", "t1", "t2", "t3", "t4", "c5"};
        for (int k = 0; k + 1 < tail.length; k++) {
            hops.add(hop(tail[k], tail[k + 1], 1));
        }
        ChainSearch search = new ChainSearch(hops, e -> Set.of());
        Predicate<String> end = e -> e.equals(T + "c5");
        List<String> all = new ArrayList<>();
        search.from(T + "c0", ChainRules.MAX_HOPS, p -> {
            if (end.test(p.object())) {
                all.add(p.chain().key());
            }
        });
        List<String> stopped = new ArrayList<>();
        int[] longest = new int[1];
        search.from(
                T + "c0",
                ChainRules.MAX_HOPS,
                p -> {
                    longest[0] = Math.max(longest[0], p.length());
                    if (end.test(p.object())) {
                        stopped.add(p.chain().key());
                    }
                },
                search.distancesTo(end, ChainRules.MAX_HOPS));
        assertEquals(all, stopped);
        assertEquals(2 * ChainRules.CROSS_STUDY_CHAINS, stopped.size(), "the end's paths of both signs");
        assertEquals(2, longest[0], "the tail's paths, three hops and more, are not walked once the end is full");
    }

    private static Hop hop(String from, String to, int sign) {
        return new Hop(
                MSCKG.CLAIM + from + "-" + to + (sign > 0 ? "p" : "n"),
                T + from,
                T + "rel",
                T + to,
                sign,
                List.of(MSCKG.REF + "1"),
                "",
                "",
                "",
                List.of(),
                "");
    }
}
