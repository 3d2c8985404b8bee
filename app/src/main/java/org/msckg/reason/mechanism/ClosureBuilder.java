package org.msckg.reason.mechanism;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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
 * chain joins. Single-study chains are every simple path within one study's hops (studies are small);
 * cross-study chains come from a search over all hops that keeps, for each start and each entity and
 * sign reached, only the first {@link ChainRules#CROSS_STUDY_CHAINS} paths, breadth first, so its cost
 * and output grow with the pairs of entities, not with the paths between them.
 */
public final class ClosureBuilder {
    private final List<Hop> hops;
    private final Function<String, Set<String>> superClasses;

    public ClosureBuilder(List<Hop> hops, Function<String, Set<String>> superClasses) {
        this.hops = hops;
        this.superClasses = superClasses;
    }

    public List<ClosureRecord> build() {
        Map<String, Map<String, Chain>> single = new TreeMap<>();
        Map<String, Set<String>> supporting = new HashMap<>();
        byStudy().forEach((study, studyHops) -> {
            HopIndex index = new HopIndex(studyHops, superClasses);
            for (String start : index.subjects()) {
                for (Chain c : simplePaths(index, start)) {
                    String pair = pair(c);
                    single.computeIfAbsent(pair, k -> new LinkedHashMap<>()).putIfAbsent(c.key(), c);
                    supporting.computeIfAbsent(pair, k -> new HashSet<>()).add(study);
                }
            }
        });
        Map<String, List<Chain>> cross = crossStudy(new HopIndex(bestHopPerEdge(), superClasses));
        Set<String> all = new TreeSet<>(single.keySet());
        all.addAll(cross.keySet());
        List<ClosureRecord> records = new ArrayList<>();
        for (String pair : all) {
            List<Chain> singles = single.getOrDefault(pair, Map.of()).values().stream()
                    .sorted(ChainRules.RANK)
                    .limit(ChainRules.SINGLE_STUDY_CHAINS)
                    .toList();
            List<Chain> chains = new ArrayList<>(singles);
            cross.getOrDefault(pair, List.of()).stream()
                    .sorted(ChainRules.RANK)
                    .limit(ChainRules.CROSS_STUDY_CHAINS)
                    .forEach(chains::add);
            Chain first = chains.get(0);
            records.add(new ClosureRecord(
                    first.subject(), first.object(), chains, supporting.getOrDefault(pair, Set.of())));
        }
        return records;
    }

    private Map<String, List<Hop>> byStudy() {
        Map<String, List<Hop>> byStudy = new TreeMap<>();
        hops.forEach(h -> h.studyCitations()
                .forEach(s -> byStudy.computeIfAbsent(s, k -> new ArrayList<>()).add(h)));
        return byStudy;
    }

    /** Every simple path from {@code start} within one study, up to the hop limit and the path budget. */
    private static List<Chain> simplePaths(HopIndex index, String start) {
        List<Chain> found = new ArrayList<>();
        Deque<Chain> stack = new ArrayDeque<>();
        index.bySubject(start).forEach(h -> stack.push(Chain.of(h)));
        while (!stack.isEmpty() && found.size() < ChainRules.PATHS_PER_STUDY_AND_START) {
            Chain c = stack.pop();
            found.add(c);
            if (c.length() < ChainRules.MAX_HOPS) {
                index.next(c.object()).stream()
                        .filter(h -> !c.passes(h.object()))
                        .forEach(h -> stack.push(c.then(h)));
            }
        }
        return found;
    }

    /** Of parallel hops (same subject, object and sign), the best supported: they make the same step. */
    private List<Hop> bestHopPerEdge() {
        Map<String, Hop> best = new HashMap<>();
        Comparator<Hop> better =
                Comparator.comparingLong(Hop::studies).reversed().thenComparing(Hop::claim);
        for (Hop h : hops) {
            best.merge(h.subject() + " " + h.sign() + " " + h.object(), h, (a, b) -> better.compare(a, b) <= 0 ? a : b);
        }
        return best.values().stream().sorted(Comparator.comparing(Hop::claim)).toList();
    }

    /**
     * Breadth first from every start, keeping for each entity and sign reached the first
     * {@link ChainRules#CROSS_STUDY_CHAINS} paths (single-study ones included, as they may continue
     * into other studies); the cross-study ones of length two or more are the result, per pair.
     */
    private static Map<String, List<Chain>> crossStudy(HopIndex index) {
        Map<String, List<Chain>> byPair = new HashMap<>();
        for (String start : index.subjects()) {
            Map<String, Integer> positive = new HashMap<>();
            Map<String, Integer> negative = new HashMap<>();
            List<Chain> frontier = new ArrayList<>();
            for (Hop h : index.bySubject(start)) {
                if (keep(h.sign() > 0 ? positive : negative, h.object())) {
                    frontier.add(Chain.of(h));
                }
            }
            for (int length = 2; length <= ChainRules.MAX_HOPS && !frontier.isEmpty(); length++) {
                List<Chain> next = new ArrayList<>();
                for (Chain c : frontier) {
                    int sign = c.sign();
                    for (Hop h : index.next(c.object())) {
                        Map<String, Integer> kept = ChainRules.compose(sign, h.sign()) > 0 ? positive : negative;
                        if (kept.getOrDefault(h.object(), 0) >= ChainRules.CROSS_STUDY_CHAINS || c.passes(h.object())) {
                            continue;
                        }
                        keep(kept, h.object());
                        Chain longer = c.then(h);
                        next.add(longer);
                        if (!longer.singleStudy()) {
                            byPair.computeIfAbsent(pair(longer), k -> new ArrayList<>())
                                    .add(longer);
                        }
                    }
                }
                frontier = next;
            }
        }
        return byPair;
    }

    private static boolean keep(Map<String, Integer> kept, String entity) {
        return kept.merge(entity, 1, Integer::sum) <= ChainRules.CROSS_STUDY_CHAINS;
    }

    private static String pair(Chain c) {
        return c.subject() + " " + c.object();
    }

    /** Hops by subject, and the hops that may follow a chain that has reached an entity. */
    private static final class HopIndex {
        private final Map<String, List<Hop>> bySubject = new TreeMap<>();
        private final Map<String, List<Hop>> next = new HashMap<>();
        private final Function<String, Set<String>> superClasses;

        HopIndex(List<Hop> hops, Function<String, Set<String>> superClasses) {
            this.superClasses = superClasses;
            hops.forEach(h -> bySubject
                    .computeIfAbsent(h.subject(), k -> new ArrayList<>())
                    .add(h));
        }

        Set<String> subjects() {
            return bySubject.keySet();
        }

        List<Hop> bySubject(String subject) {
            return bySubject.getOrDefault(subject, List.of());
        }

        /** Hops stated for the entity, then those stated for a superclass of it (inherited). */
        List<Hop> next(String entity) {
            return next.computeIfAbsent(entity, e -> {
                List<Hop> hops = new ArrayList<>(bySubject(e));
                superClasses.apply(e).stream().sorted().forEach(sup -> hops.addAll(bySubject(sup)));
                return hops;
            });
        }
    }
}
