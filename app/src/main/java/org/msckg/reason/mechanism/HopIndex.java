package org.msckg.reason.mechanism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Hops by subject, and the hops that may follow a chain that has reached an entity: those stated for
 * the entity, then those stated for a superclass of it (inherited, ChainRules). Entities are numbered
 * so that a search counts and compares numbers. Made once, then only read, so that requests may share
 * it.
 */
final class HopIndex {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> entities = new ArrayList<>();
    private final Map<String, List<Hop>> bySubject = new TreeMap<>();
    private final Hop[][] next;
    private final int[][] nextObject;
    /** The signs of {@link #next}, so that a search rejects a hop without reading it. */
    private final int[][] nextSign;

    private final int[][] previous;
    /** Per sign (0 positive, 1 negative) and entity: the distinct objects of what may follow it. */
    private final int[][][] successors = new int[2][][];
    /** The same as bit sets, for entities with more successors than the set has words. */
    private final long[][][] successorWords = new long[2][][];

    HopIndex(List<Hop> hops, Function<String, Set<String>> superClasses) {
        hops.forEach(h -> {
            bySubject.computeIfAbsent(h.subject(), k -> new ArrayList<>()).add(h);
            id(h.subject());
            id(h.object());
        });
        int n = entities.size();
        next = new Hop[n][];
        nextObject = new int[n][];
        nextSign = new int[n][];
        List<Set<Integer>> before = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            before.add(new LinkedHashSet<>());
        }
        for (int e = 0; e < n; e++) {
            String entity = entities.get(e);
            List<Hop> following = new ArrayList<>(bySubject(entity));
            superClasses.apply(entity).stream().sorted().forEach(sup -> following.addAll(bySubject(sup)));
            next[e] = following.toArray(Hop[]::new);
            nextObject[e] =
                    following.stream().mapToInt(h -> ids.get(h.object())).toArray();
            nextSign[e] = following.stream().mapToInt(Hop::sign).toArray();
            for (int o : nextObject[e]) {
                before.get(o).add(e);
            }
        }
        for (int sign = 0; sign < 2; sign++) {
            successors[sign] = new int[n][];
            successorWords[sign] = new long[n][];
            int wanted = sign == 0 ? 1 : -1;
            for (int e = 0; e < n; e++) {
                Hop[] following = next[e];
                int[] objects = nextObject[e];
                successors[sign][e] = IntStream.range(0, following.length)
                        .filter(i -> following[i].sign() == wanted)
                        .map(i -> objects[i])
                        .distinct()
                        .toArray();
                if (successors[sign][e].length > words(n)) {
                    long[] set = new long[words(n)];
                    for (int o : successors[sign][e]) {
                        set[o >>> 6] |= 1L << o;
                    }
                    successorWords[sign][e] = set;
                }
            }
        }
        previous = before.stream()
                .map(s -> s.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private void id(String entity) {
        ids.computeIfAbsent(entity, e -> {
            entities.add(e);
            return entities.size() - 1;
        });
    }

    int size() {
        return entities.size();
    }

    /** The number of an entity a hop starts or ends at, or -1. */
    int number(String entity) {
        return ids.getOrDefault(entity, -1);
    }

    String entity(int id) {
        return entities.get(id);
    }

    Set<String> subjects() {
        return bySubject.keySet();
    }

    List<Hop> bySubject(String subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    /** What may follow a chain that has reached entity {@code e}, and the numbers of their objects. */
    Hop[] next(int e) {
        return next[e];
    }

    int[] nextObject(int e) {
        return nextObject[e];
    }

    int[] nextSign(int e) {
        return nextSign[e];
    }

    static int words(int entities) {
        return (entities + 63) >>> 6;
    }

    /** Adds to the bit set {@code into} the entities one hop of sign {@code sign} takes entity {@code e} to. */
    void addSuccessors(int e, int sign, long[] into) {
        int s = sign > 0 ? 0 : 1;
        long[] set = successorWords[s][e];
        if (set != null) {
            for (int w = 0; w < set.length; w++) {
                into[w] |= set[w];
            }
        } else {
            for (int o : successors[s][e]) {
                into[o >>> 6] |= 1L << o;
            }
        }
    }

    /** The entities from which a chain may take a hop to entity {@code e}. */
    int[] previous(int e) {
        return previous[e];
    }
}
