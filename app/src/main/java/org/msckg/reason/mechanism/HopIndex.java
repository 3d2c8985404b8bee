package org.msckg.reason.mechanism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Hops by subject, and the hops that may follow a chain that has reached an entity: those stated for
 * the entity, then those stated for a superclass of it (inherited, ChainRules). Made once, then only
 * read, so that requests may share it.
 */
final class HopIndex {
    private final Map<String, List<Hop>> bySubject = new TreeMap<>();
    private final Map<String, List<Hop>> next = new HashMap<>();
    private final Map<String, Set<String>> previous = new HashMap<>();

    HopIndex(List<Hop> hops, Function<String, Set<String>> superClasses) {
        hops.forEach(h ->
                bySubject.computeIfAbsent(h.subject(), k -> new ArrayList<>()).add(h));
        for (Hop h : hops) {
            next.computeIfAbsent(h.object(), e -> {
                List<Hop> following = new ArrayList<>(bySubject(e));
                superClasses.apply(e).stream().sorted().forEach(sup -> following.addAll(bySubject(sup)));
                return List.copyOf(following);
            });
        }
        bySubject.forEach((subject, stated) -> stated.forEach(h -> addPrevious(h.object(), subject)));
        next.forEach((entity, following) -> following.forEach(h -> addPrevious(h.object(), entity)));
    }

    private void addPrevious(String entity, String before) {
        previous.computeIfAbsent(entity, e -> new HashSet<>()).add(before);
    }

    /** Every entity a hop starts or ends at. */
    Set<String> entities() {
        Set<String> all = new HashSet<>(bySubject.keySet());
        all.addAll(next.keySet());
        return all;
    }

    Set<String> subjects() {
        return bySubject.keySet();
    }

    List<Hop> bySubject(String subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    /** The entities from which a chain may take a hop to {@code entity}. */
    Set<String> previous(String entity) {
        return previous.getOrDefault(entity, Set.of());
    }

    /** What may follow a chain that has reached {@code entity}, the object of one of the hops. */
    List<Hop> next(String entity) {
        return next.getOrDefault(entity, List.of());
    }
}
