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
     * As {@link #from(String, int, Consumer)}, for the paths that reach an end: it follows only hops to
     * entities from which an end can still be reached, and stops once every end it can reach has its
     * paths of each sign kept. The paths kept that reach an end are the same, since the paths left out
     * are longer than every path kept to the same entity; paths to other entities are left out.
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
        Unfilled unfilled =
                toEnd == null || startNumber < 0 ? Unfilled.NONE : reachableEnds(startNumber, maxHops, toEnd);
        List<Path> frontier = new ArrayList<>();
        for (Hop h : index.bySubject(start)) {
            int o = index.number(h.object());
            int[] kept = h.sign() > 0 ? positive : negative;
            if (near(toEnd, o, maxHops - 1) && kept[o] < paths) {
                kept[o]++;
                Path first = new Path(null, h, o, startNumber);
                frontier.add(first);
                reached.accept(first);
                if (kept[o] == paths && unfilled.filled(o, h.sign())) {
                    return;
                }
            }
        }
        for (int length = 2; length <= maxHops && !frontier.isEmpty(); length++) {
            List<Path> next = new ArrayList<>();
            for (Path p : frontier) {
                int[] objects = index.nextObject(p.object);
                int[] signs = index.nextSign(p.object);
                for (int i = 0; i < objects.length; i++) {
                    int o = objects[i];
                    int sign = ChainRules.compose(p.sign, signs[i]);
                    int[] kept = sign > 0 ? positive : negative;
                    if (kept[o] >= paths || !near(toEnd, o, maxHops - length) || p.passes(o)) {
                        continue;
                    }
                    kept[o]++;
                    Path longer = new Path(p, index.next(p.object)[i], o, startNumber);
                    next.add(longer);
                    reached.accept(longer);
                    if (kept[o] == paths && unfilled.filled(o, sign)) {
                        return;
                    }
                }
            }
            frontier = next;
        }
    }

    /** The ends, each with a sign, whose paths are not all kept yet; none when the search has no ends. */
    private static final class Unfilled {
        static final Unfilled NONE = new Unfilled(new boolean[2][0], 0);

        private final boolean[][] ends;
        private int left;

        Unfilled(boolean[][] ends, int left) {
            this.ends = ends;
            this.left = left;
        }

        /** Records that entity {@code e}'s paths of {@code sign} are all kept; true when no end is left. */
        boolean filled(int e, int sign) {
            boolean[] bySign = ends[sign > 0 ? 0 : 1];
            if (e < bySign.length && bySign[e]) {
                bySign[e] = false;
                return --left == 0;
            }
            return false;
        }
    }

    /**
     * The ends, each with a sign, that some walk of at most {@code maxHops} hops from the start reaches
     * (a walk may pass an entity twice, so these are all a path can reach, and maybe more): once each
     * has its paths kept, no later path adds to them and the search stops, within its layer. The walk goes layer
     * by layer over bit sets of entities, one per sign, so that it costs little in a dense graph.
     */
    private Unfilled reachableEnds(int start, int maxHops, int[] toEnd) {
        int words = HopIndex.words(index.size());
        long[][] seen = new long[2][words];
        long[][] layer = new long[2][words];
        for (Hop h : index.bySubject(index.entity(start))) {
            int o = index.number(h.object());
            layer[h.sign() > 0 ? 0 : 1][o >>> 6] |= 1L << o;
        }
        for (int length = 1; ; length++) {
            boolean any = false;
            for (int s = 0; s < 2; s++) {
                for (int w = 0; w < words; w++) {
                    layer[s][w] &= ~seen[s][w];
                    seen[s][w] |= layer[s][w];
                    any |= layer[s][w] != 0;
                }
            }
            if (!any || length == maxHops) {
                break;
            }
            long[][] next = new long[2][words];
            for (int s = 0; s < 2; s++) {
                int sign = s == 0 ? 1 : -1;
                for (int w = 0; w < words; w++) {
                    for (long bits = layer[s][w]; bits != 0; bits &= bits - 1) {
                        int e = (w << 6) + Long.numberOfTrailingZeros(bits);
                        if (near(toEnd, e, maxHops - length)) {
                            index.addSuccessors(e, sign, next[0]);
                            index.addSuccessors(e, -sign, next[1]);
                        }
                    }
                }
            }
            layer = next;
        }
        boolean[][] ends = new boolean[2][index.size()];
        int count = 0;
        for (int e = 0; e < index.size(); e++) {
            for (int s = 0; s < 2; s++) {
                if (toEnd[e] == 0 && (seen[s][e >>> 6] & (1L << e)) != 0) {
                    ends[s][e] = true;
                    count++;
                }
            }
        }
        return count == 0 ? Unfilled.NONE : new Unfilled(ends, count);
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
        /** Bit {@code e % 64} set for each entity {@code e} the path passes: most entities it does not pass are told apart here. */
        private final long passed;

        private Path(Path previous, Hop hop, int object, int start) {
            this.previous = previous;
            this.hop = hop;
            this.object = object;
            this.start = start;
            this.passed = (previous == null ? 1L << start : previous.passed) | 1L << object;
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
            if ((passed & 1L << entity) == 0) {
                return false;
            }
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
