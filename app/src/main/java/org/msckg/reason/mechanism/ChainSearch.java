package org.msckg.reason.mechanism;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The one walk over hops: from one start, breadth first (of parallel hops, the best supported),
 * keeping for each entity and sign reached only the first few paths, so that its cost grows with the
 * entities it reaches, not with the paths between them. The build runs it over each study's hops for
 * the single-study chains and over all hops for the pairs that chains across studies join; explain
 * runs it from the asked entity for the cross-study chains themselves (docs/schema.md, "Mechanism
 * chains").
 */
public final class ChainSearch {
    private final HopIndex index;
    private final int paths;

    /** Over all hops, keeping {@link ChainRules#CROSS_STUDY_CHAINS} paths per entity and sign. */
    public ChainSearch(List<Hop> hops, Function<String, Set<String>> superClasses) {
        this(hops, superClasses, ChainRules.CROSS_STUDY_CHAINS);
    }

    ChainSearch(List<Hop> hops, Function<String, Set<String>> superClasses, int paths) {
        this.index = new HopIndex(bestHopPerEdge(hops), superClasses);
        this.paths = paths;
    }

    public Set<String> starts() {
        return index.subjects();
    }

    /** Hands {@code reached} every path kept from {@code start}, shortest first, up to {@code maxHops}. */
    public void from(String start, int maxHops, Consumer<Path> reached) {
        from(start, maxHops, reached, e -> 0);
    }

    /**
     * The fewest hops from each entity to one that {@code end} accepts, for the entities within
     * {@code maxHops} of one, following hops backwards.
     */
    public Map<String, Integer> distancesTo(Predicate<String> end, int maxHops) {
        Map<String, Integer> distance = new HashMap<>();
        List<String> layer = index.entities().stream().filter(end).toList();
        layer.forEach(e -> distance.put(e, 0));
        for (int d = 1; d <= maxHops && !layer.isEmpty(); d++) {
            List<String> next = new ArrayList<>();
            for (String e : layer) {
                for (String before : index.previous(e)) {
                    if (distance.putIfAbsent(before, d) == null) {
                        next.add(before);
                    }
                }
            }
            layer = next;
        }
        return distance;
    }

    /**
     * As {@link #from(String, int, Consumer)}, following only hops to entities from which an end can
     * still be reached ({@link #distancesTo}): the paths kept that can reach an end are the same, since
     * the paths left out to an entity are longer than every path kept to it.
     */
    public void from(String start, int maxHops, Consumer<Path> reached, Map<String, Integer> distances) {
        from(start, maxHops, reached, e -> distances.getOrDefault(e, Integer.MAX_VALUE));
    }

    private void from(String start, int maxHops, Consumer<Path> reached, ToIntFunction<String> distance) {
        Map<String, Integer> positive = new HashMap<>();
        Map<String, Integer> negative = new HashMap<>();
        List<Path> frontier = new ArrayList<>();
        for (Hop h : index.bySubject(start)) {
            if (distance.applyAsInt(h.object()) <= maxHops - 1
                    && keep(h.sign() > 0 ? positive : negative, h.object())) {
                Path first = new Path(null, h);
                frontier.add(first);
                reached.accept(first);
            }
        }
        for (int length = 2; length <= maxHops && !frontier.isEmpty(); length++) {
            List<Path> next = new ArrayList<>();
            for (Path p : frontier) {
                for (Hop h : index.next(p.object())) {
                    Map<String, Integer> kept = ChainRules.compose(p.sign, h.sign()) > 0 ? positive : negative;
                    if (distance.applyAsInt(h.object()) > maxHops - length
                            || kept.getOrDefault(h.object(), 0) >= paths
                            || p.passes(h.object())) {
                        continue;
                    }
                    keep(kept, h.object());
                    Path longer = new Path(p, h);
                    next.add(longer);
                    reached.accept(longer);
                }
            }
            frontier = next;
        }
    }

    /** A path of the search: its last hop and the path it extends. */
    public static final class Path {
        private final Path previous;
        private final Hop hop;
        private final int sign;
        private final int length;

        private Path(Path previous, Hop hop) {
            this.previous = previous;
            this.hop = hop;
            this.sign = previous == null ? hop.sign() : ChainRules.compose(previous.sign, hop.sign());
            this.length = previous == null ? 1 : previous.length + 1;
        }

        public String object() {
            return hop.object();
        }

        public int sign() {
            return sign;
        }

        public int length() {
            return length;
        }

        public Chain chain() {
            List<Hop> hops = new ArrayList<>();
            List<String> at = new ArrayList<>();
            for (Path p = this; p != null; p = p.previous) {
                hops.add(p.hop);
                at.add(p.previous == null ? p.hop.subject() : p.previous.object());
            }
            Collections.reverse(hops);
            Collections.reverse(at);
            return new Chain(hops, at);
        }

        private boolean passes(String entity) {
            for (Path p = this; p != null; p = p.previous) {
                if (p.object().equals(entity)
                        || (p.previous == null && p.hop.subject().equals(entity))) {
                    return true;
                }
            }
            return false;
        }
    }

    private boolean keep(Map<String, Integer> kept, String entity) {
        return kept.merge(entity, 1, Integer::sum) <= paths;
    }

    /** Of parallel hops (same subject, sign and object), the best supported: they make the same step. */
    private static List<Hop> bestHopPerEdge(List<Hop> hops) {
        Map<String, Hop> best = new HashMap<>();
        Comparator<Hop> better =
                Comparator.comparingLong(Hop::studies).reversed().thenComparing(Hop::claim);
        for (Hop h : hops) {
            best.merge(h.subject() + " " + h.sign() + " " + h.object(), h, (a, b) -> better.compare(a, b) <= 0 ? a : b);
        }
        return best.values().stream().sorted(Comparator.comparing(Hop::claim)).toList();
    }
}
