package org.msckg.reason.mechanism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Computes the chain closure once, at build time: a {@link ClosureRecord} for every pair of entities a
 * chain joins. Single-study chains come from {@link ChainSearch} over each study's hops and are kept on
 * the records; the pairs that only chains across studies join, with their signs and fewest hops, from
 * the same search over all hops, run from every start. Both grow with the pairs of entities, not with
 * the paths between them.
 */
public final class ClosureBuilder {
    private final List<Hop> hops;
    private final Function<String, Set<String>> superClasses;

    public ClosureBuilder(List<Hop> hops, Function<String, Set<String>> superClasses) {
        this.hops = hops;
        this.superClasses = superClasses;
    }

    public List<ClosureRecord> build() {
        Map<String, Map<String, Chain>> single = new HashMap<>();
        Map<String, Set<String>> supporting = new HashMap<>();
        Map<String, Reach> reach = new TreeMap<>();
        byStudy().forEach((study, studyHops) -> {
            ChainSearch within = new ChainSearch(studyHops, superClasses, ChainRules.SINGLE_STUDY_CHAINS);
            for (String start : within.starts()) {
                within.from(start, ChainRules.MAX_HOPS, p -> {
                    Chain c = p.chain();
                    String pair = pair(start, p.object());
                    single.computeIfAbsent(pair, k -> new LinkedHashMap<>()).putIfAbsent(c.key(), c);
                    supporting.computeIfAbsent(pair, k -> new HashSet<>()).add(study);
                    reach(reach, start, p.object()).add(p.sign(), p.length());
                });
            }
        });
        // The searches from each start are independent: they share the cores, and one thread merges what they reach.
        ChainSearch search = new ChainSearch(hops, superClasses);
        search.starts().parallelStream()
                .map(start -> reachedFrom(search, start))
                .toList()
                .forEach(reached ->
                        reached.values().forEach(r -> reach(reach, r.from, r.to).add(r)));
        List<ClosureRecord> records = new ArrayList<>();
        reach.forEach((pair, r) -> {
            List<Chain> singles = single.getOrDefault(pair, Map.of()).values().stream()
                    .sorted(ChainRules.RANK)
                    .limit(ChainRules.SINGLE_STUDY_CHAINS)
                    .toList();
            records.add(new ClosureRecord(
                    r.from, r.to, r.signs, r.shortest, singles, supporting.getOrDefault(pair, Set.of())));
        });
        return records;
    }

    /** The signs and the fewest hops of the chains found so far from one entity to another. */
    private static final class Reach {
        private final String from;
        private final String to;
        private final Set<String> signs = new TreeSet<>();
        private int shortest = Integer.MAX_VALUE;

        Reach(String from, String to) {
            this.from = from;
            this.to = to;
        }

        void add(int sign, int length) {
            signs.add(sign > 0 ? "+" : "-");
            shortest = Math.min(shortest, length);
        }

        void add(Reach other) {
            signs.addAll(other.signs);
            shortest = Math.min(shortest, other.shortest);
        }
    }

    /** What every chain from {@code start} reaches, by the entity reached. */
    private static Map<String, Reach> reachedFrom(ChainSearch search, String start) {
        Map<String, Reach> reached = new HashMap<>();
        search.from(
                start,
                ChainRules.MAX_HOPS,
                p -> reached.computeIfAbsent(p.object(), to -> new Reach(start, to))
                        .add(p.sign(), p.length()));
        return reached;
    }

    private static Reach reach(Map<String, Reach> reach, String from, String to) {
        return reach.computeIfAbsent(pair(from, to), k -> new Reach(from, to));
    }

    private Map<String, List<Hop>> byStudy() {
        Map<String, List<Hop>> byStudy = new TreeMap<>();
        hops.forEach(h -> h.studyCitations()
                .forEach(s -> byStudy.computeIfAbsent(s, k -> new ArrayList<>()).add(h)));
        return byStudy;
    }

    private static String pair(String from, String to) {
        return from + " " + to;
    }
}
