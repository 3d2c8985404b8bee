package org.msckg.reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Walks asserted hops into chains. A hop stated for a class holds for its subclasses, so a chain
 * continues from an object into hops whose subject is that object or one of its superclasses, and a
 * chain asked from a class starts at its own hops and those of its superclasses. It may also start at
 * its subclasses (a finding for iPSC-MSCs is a finding for hPSC-MSCs) and may end at a subclass of
 * the target (chronic kidney disease is a kidney disease).
 * Only simple paths: no entity twice.
 */
public final class ChainFinder {
    public static final int DEFAULT_MAX_HOPS = 6;
    public static final int MAX_CHAINS = 500;

    private final Map<String, List<Hop>> bySubject = new HashMap<>();
    private final Function<String, Set<String>> superClasses;

    public ChainFinder(List<Hop> hops, Function<String, Set<String>> superClasses) {
        this.superClasses = superClasses;
        hops.forEach(h ->
                bySubject.computeIfAbsent(h.subject(), k -> new ArrayList<>()).add(h));
    }

    /** Every chain from {@code from} to {@code to}, shortest first. */
    public List<Chain> between(String from, String to, int maxHops) {
        return search(from, maxHops, o -> o.equals(to) || superClasses.apply(o).contains(to));
    }

    /** Every chain starting at {@code from}, shortest first. */
    public List<Chain> from(String from, int maxHops) {
        return search(from, maxHops, o -> true);
    }

    /** Hops that may follow a chain ending at {@code object}. */
    List<Hop> next(String object) {
        List<Hop> next = new ArrayList<>(bySubject.getOrDefault(object, List.of()));
        superClasses.apply(object).forEach(sup -> next.addAll(bySubject.getOrDefault(sup, List.of())));
        return next;
    }

    Set<String> subjects() {
        return bySubject.keySet();
    }

    private List<Chain> search(String from, int maxHops, java.util.function.Predicate<String> isTarget) {
        List<Chain> found = new ArrayList<>();
        for (Map.Entry<String, List<Hop>> e : bySubject.entrySet()) {
            String s = e.getKey();
            if (s.equals(from)
                    || superClasses.apply(s).contains(from)
                    || superClasses.apply(from).contains(s)) {
                for (Hop first : e.getValue()) {
                    Set<String> seen = new HashSet<>(List.of(first.subject()));
                    walk(new ArrayList<>(List.of(first)), seen, maxHops, isTarget, found);
                }
            }
        }
        found.sort(Comparator.comparingInt((Chain c) -> c.hops().size())
                .thenComparing(c -> c.hops().stream().map(Hop::claim).toList().toString()));
        return found.size() > MAX_CHAINS ? List.copyOf(found.subList(0, MAX_CHAINS)) : found;
    }

    private void walk(
            List<Hop> path,
            Set<String> seen,
            int maxHops,
            java.util.function.Predicate<String> isTarget,
            List<Chain> found) {
        Hop last = path.get(path.size() - 1);
        if (seen.contains(last.object()) || found.size() >= MAX_CHAINS * 4) {
            return;
        }
        if (isTarget.test(last.object())) {
            found.add(new Chain(List.copyOf(path)));
        }
        if (path.size() == maxHops) {
            return;
        }
        seen.add(last.object());
        for (Hop h : next(last.object())) {
            path.add(h);
            walk(path, seen, maxHops, isTarget, found);
            path.remove(path.size() - 1);
        }
        seen.remove(last.object());
    }
}
