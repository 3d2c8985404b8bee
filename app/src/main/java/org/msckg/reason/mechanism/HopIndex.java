package org.msckg.reason.mechanism;

import java.util.ArrayList;
import java.util.HashMap;
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
    }

    Set<String> subjects() {
        return bySubject.keySet();
    }

    List<Hop> bySubject(String subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    /** What may follow a chain that has reached {@code entity}, the object of one of the hops. */
    List<Hop> next(String entity) {
        return next.getOrDefault(entity, List.of());
    }
}
