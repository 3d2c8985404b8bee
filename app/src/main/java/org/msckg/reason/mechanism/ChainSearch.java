package org.msckg.reason.mechanism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

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
        search(start, maxHops, reached, null);
    }

    /**
     * As {@link #from(String, int, Consumer)}, following only hops to entities from which an end can
     * still be reached: the paths kept that reach an end are the same, since the paths left out to an
     * entity are longer than every path kept to it.
     */
    public void from(String start, int maxHops, Consumer<Path> reached, Distances toEnd) {
        search(start, maxHops, reached, toEnd.hops);
    }

    /** How many hops each entity is from the nearest one {@code end} accepts, following hops backwards. */
    public Distances distancesTo(Predicate<String> end, int maxHops) {
        int[] hops = new int[index.size()];
        Arrays.fill(hops, Integer.MAX_VALUE);
        List<Integer> layer = new ArrayList<>();
        for (int e = 0; e < index.size(); e++) {
            if (end.test(index.entity(e))) {
                hops[e] = 0;
                layer.add(e);
            }
        }
        for (int d = 1; d <= maxHops && !layer.isEmpty(); d++) {
            List<Integer> next = new ArrayList<>();
            for (int e : layer) {
                for (int before : index.previous(e)) {
                    if (hops[before] == Integer.MAX_VALUE) {
                        hops[before] = d;
                        next.add(before);
                    }
                }
            }
            layer = next;
        }
        return new Distances(index, hops);
    }

    /** The fewest hops from each entity to an end; {@link Integer#MAX_VALUE} when none is near. */
    public static final class Distances {
        private final HopIndex index;
        private final int[] hops;

        private Distances(HopIndex index, int[] hops) {
            this.index = index;
            this.hops = hops;
        }

        public int of(String entity) {
            int e = index.number(entity);
            return e < 0 ? Integer.MAX_VALUE : hops[e];
        }
    }

    private void search(String start, int maxHops, Consumer<Path> reached, int[] toEnd) {
        int[] positive = new int[index.size()];
        int[] negative = new int[index.size()];
        int startNumber = index.number(start);
        List<Path> frontier = new ArrayList<>();
        for (Hop h : index.bySubject(start)) {
            int o = index.number(h.object());
            int[] kept = h.sign() > 0 ? positive : negative;
            if (near(toEnd, o, maxHops - 1) && kept[o] < paths) {
                kept[o]++;
                Path first = new Path(null, h, o, startNumber);
                frontier.add(first);
                reached.accept(first);
            }
        }
        for (int length = 2; length <= maxHops && !frontier.isEmpty(); length++) {
            List<Path> next = new ArrayList<>();
            for (Path p : frontier) {
                Hop[] following = index.next(p.object);
                int[] objects = index.nextObject(p.object);
                for (int i = 0; i < following.length; i++) {
                    Hop h = following[i];
                    int o = objects[i];
                    int[] kept = ChainRules.compose(p.sign, h.sign()) > 0 ? positive : negative;
                    if (kept[o] >= paths || !near(toEnd, o, maxHops - length) || p.passes(o)) {
                        continue;
                    }
                    kept[o]++;
                    Path longer = new Path(p, h, o, startNumber);
                    next.add(longer);
                    reached.accept(longer);
                }
            }
            frontier = next;
        }
    }

    private static boolean near(int[] toEnd, int entity, int hopsLeft) {
        return toEnd == null || toEnd[entity] <= hopsLeft;
    }

    /** A path of the search: its last hop and the path it extends. */
    public static final class Path {
        private final Path previous;
        private final Hop hop;
        private final int object;
        private final int start;
        private final int sign;
        private final int length;

        private Path(Path previous, Hop hop, int object, int start) {
            this.previous = previous;
            this.hop = hop;
            this.object = object;
            this.start = start;
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

        private boolean passes(int entity) {
            if (entity == start) {
                return true;
            }
            for (Path p = this; p != null; p = p.previous) {
                if (p.object == entity) {
                    return true;
                }
            }
            return false;
        }
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
