package org.msckg.reason;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.reason.mechanism.Hop;
import org.msckg.vocab.MSCKG;

/**
 * Claims that disagree, one record per disagreement: the claims of opposite effects of the same
 * subject on the same object in the same organism and context (increasing on side A, decreasing on
 * side B), two comparisons that state one comparison both ways, or a claim negated or called
 * disputed (side B) and the claims that state it as fact elsewhere (side A; subjects and objects
 * through the hierarchy).
 */
public final class ContradictionFinder {
    public static final Resource Contradiction = MSCKG.schema("Contradiction");
    private static final String COMPARED_WITH = MSCKG.TERM + "0000106";
    private static final Resource DISPUTED = MSCKG.schema("disputed");
    private static final String OPPOSITE = "opposite effects on the same entity in the same context";
    private static final String BOTH_WAYS = "a comparison stated both ways";
    private static final String NEGATED = "stated in one place, negated in another";
    private static final String DISPUTED_ELSEWHERE = "stated in one place, called disputed in another";

    private ContradictionFinder() {}

    /** A comparison of subject with comparator in one aspect (the compared property) and context, better/higher +1, worse/lower -1. */
    public record Comparison(
            String claim, String subject, String comparator, String aspect, String context, int outcome) {}

    /**
     * Comparisons of a class hold for its subclasses, so a comparison of iPSC-MSCs can contradict one
     * of hPSC-MSCs. Claims that make the same comparison (subject, comparator, outcome) share a side,
     * so one disagreement stated by many sources is one record.
     */
    public static Model find(List<Hop> hops, List<Comparison> comparisons, Function<String, Set<String>> superClasses) {
        Model m = ModelFactory.createModelForGraph(GraphMemFactory.createGraphMem2());
        Map<String, List<Hop>> byContext = new TreeMap<>();
        for (Hop h : hops) {
            byContext
                    .computeIfAbsent(
                            String.join(
                                    " ",
                                    h.subject(),
                                    h.object(),
                                    h.organism(),
                                    h.context().toString()),
                            k -> new ArrayList<>())
                    .add(h);
        }
        byContext.values().forEach(group -> {
            List<String> up = claimsOfSign(group, 1);
            List<String> down = claimsOfSign(group, -1);
            if (!up.isEmpty() && !down.isEmpty()) {
                write(m, local(up.get(0)) + "--" + local(down.get(0)), OPPOSITE, up, down);
            }
        });
        Map<String, List<Comparison>> byAspect = new TreeMap<>();
        comparisons.forEach(c -> byAspect.computeIfAbsent(c.aspect() + " in " + c.context(), k -> new ArrayList<>())
                .add(c));
        byAspect.values().forEach(group -> {
            List<List<Comparison>> statements = List.copyOf(inClaimOrder(
                    group.stream(), Comparison::claim, c -> c.subject() + " " + c.comparator() + " " + c.outcome()));
            for (int i = 0; i < statements.size(); i++) {
                for (int j = i + 1; j < statements.size(); j++) {
                    Comparison a = statements.get(i).get(0);
                    Comparison b = statements.get(j).get(0);
                    if (statedBothWays(a, b, superClasses)) {
                        write(
                                m,
                                local(a.claim()) + "--" + local(b.claim()),
                                BOTH_WAYS,
                                claims(statements.get(i)),
                                claims(statements.get(j)));
                    }
                }
            }
        });
        return m;
    }

    /** Comparison claims of the curated data: subject and comparator, compared property, outcome. */
    public static List<Comparison> comparisons(Model claims) {
        List<Comparison> list = new ArrayList<>();
        claims.listSubjectsWithProperty(MSCKG.comparison).forEach(c -> {
            Resource s = c.getPropertyResourceValue(RDF.subject);
            Resource o = c.getPropertyResourceValue(RDF.object);
            Resource cmp = c.getPropertyResourceValue(MSCKG.comparator);
            Resource outcome = c.getPropertyResourceValue(MSCKG.comparison);
            if (s != null && o != null && cmp != null && outcome != null && c.isURIResource()) {
                String local = outcome.getLocalName();
                int sign = local.equals("better") || local.equals("higher")
                        ? 1
                        : local.equals("worse") || local.equals("lower") ? -1 : 0;
                List<String> context = c.listProperties(MSCKG.context)
                        .mapWith(st -> st.getObject().toString())
                        .toList();
                list.add(new Comparison(
                        c.getURI(),
                        s.getURI(),
                        cmp.getURI(),
                        aspect(c, o),
                        context.stream().sorted().toList().toString(),
                        sign));
            }
        });
        return list;
    }

    /**
     * What is compared: the object of "is compared with" (the compared property, always the object:
     * queries/qc/comparison-without-comparator-violation.rq), else the relation and its object.
     */
    private static String aspect(Resource claim, Resource object) {
        Resource relation = claim.getPropertyResourceValue(RDF.predicate);
        return relation == null || relation.getURI().equals(COMPARED_WITH)
                ? object.getURI()
                : relation.getURI() + " " + object.getURI();
    }

    /** How firmly the review holds a claim: a claim's stance on its triple. */
    public enum Stance {
        STATED,
        SUGGESTED,
        DISPUTED,
        NEGATED
    }

    /** A claim's triple, the comparator it is stated against (or ""), and its stance. */
    public record Held(
            String claim, String subject, String predicate, String object, String comparator, Stance stance) {}

    /** The stance of every curated claim with an IRI triple. */
    public static List<Held> stances(Model claims) {
        List<Held> list = new ArrayList<>();
        claims.listSubjectsWithProperty(RDF.predicate).forEach(c -> {
            Resource s = c.getPropertyResourceValue(RDF.subject);
            Resource p = c.getPropertyResourceValue(RDF.predicate);
            Resource o = c.getPropertyResourceValue(RDF.object);
            if (c.isURIResource() && s != null && p != null && o != null && s.isURIResource() && o.isURIResource()) {
                Resource certainty = c.getPropertyResourceValue(MSCKG.certainty);
                Resource comparator = c.getPropertyResourceValue(MSCKG.comparator);
                Stance stance = c.hasLiteral(MSCKG.negated, true)
                        ? Stance.NEGATED
                        : certainty == null || certainty.equals(MSCKG.stated)
                                ? Stance.STATED
                                : certainty.equals(DISPUTED) ? Stance.DISPUTED : Stance.SUGGESTED;
                list.add(new Held(
                        c.getURI(),
                        s.getURI(),
                        p.getURI(),
                        o.getURI(),
                        comparator == null ? "" : comparator.getURI(),
                        stance));
            }
        });
        return list;
    }

    /**
     * For each statement negated or called disputed, the claims stated as fact with the same relation,
     * related subjects and related objects (one the other's subclass, or the same): one record per
     * statement (its triple, comparator and stance), every claim that negates or disputes it on side B
     * and the stated claims on side A, named after the first claim of side B. Indexed by relation and
     * subject ancestry, and grouped by statement, so both the cost and the records' size grow with the
     * claims, not with their square, when many sources negate what many others state.
     */
    public static Model disagreements(List<Held> claims, Function<String, Set<String>> superClasses) {
        Model m = ModelFactory.createModelForGraph(GraphMemFactory.createGraphMem2());
        Map<String, List<Held>> bySubjectOrAncestor = new HashMap<>();
        Map<String, List<Held>> bySubject = new HashMap<>();
        for (Held h : claims) {
            if (h.stance() == Stance.STATED) {
                bySubject
                        .computeIfAbsent(h.predicate() + " " + h.subject(), k -> new ArrayList<>())
                        .add(h);
                for (String a : selfAndAncestors(h.subject(), superClasses)) {
                    bySubjectOrAncestor
                            .computeIfAbsent(h.predicate() + " " + a, k -> new ArrayList<>())
                            .add(h);
                }
            }
        }
        inClaimOrder(
                        claims.stream().filter(h -> h.stance() == Stance.NEGATED || h.stance() == Stance.DISPUTED),
                        Held::claim,
                        h -> String.join(
                                " ", h.stance().name(), h.subject(), h.predicate(), h.object(), h.comparator()))
                .forEach(group -> {
                    Held doubting = group.get(0);
                    Set<Held> candidates = new LinkedHashSet<>(bySubjectOrAncestor.getOrDefault(
                            doubting.predicate() + " " + doubting.subject(), List.of()));
                    for (String a : selfAndAncestors(doubting.subject(), superClasses)) {
                        candidates.addAll(bySubject.getOrDefault(doubting.predicate() + " " + a, List.of()));
                    }
                    List<String> stated = candidates.stream()
                            .filter(c -> related(c.object(), doubting.object(), superClasses)
                                    && c.comparator().equals(doubting.comparator()))
                            .map(Held::claim)
                            .distinct()
                            .sorted()
                            .toList();
                    if (!stated.isEmpty()) {
                        write(
                                m,
                                local(doubting.claim()),
                                doubting.stance() == Stance.NEGATED ? NEGATED : DISPUTED_ELSEWHERE,
                                stated,
                                group.stream().map(Held::claim).toList());
                    }
                });
        return m;
    }

    /** The items grouped by key, each group in claim order and the groups in the order of their first claims. */
    private static <T> Collection<List<T>> inClaimOrder(
            Stream<T> items, Function<T, String> claim, Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        items.sorted(Comparator.comparing(claim))
                .forEach(i -> groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>())
                        .add(i));
        return groups.values();
    }

    private static Set<String> selfAndAncestors(String term, Function<String, Set<String>> superClasses) {
        Set<String> all = new LinkedHashSet<>(superClasses.apply(term));
        all.add(term);
        return all;
    }

    private static boolean statedBothWays(Comparison a, Comparison b, Function<String, Set<String>> superClasses) {
        boolean same = related(a.subject(), b.subject(), superClasses)
                && related(a.comparator(), b.comparator(), superClasses)
                && a.outcome() * b.outcome() < 0;
        boolean reversed = a.subject().equals(b.comparator())
                && a.comparator().equals(b.subject())
                && a.outcome() * b.outcome() > 0;
        return same || reversed;
    }

    private static boolean related(String a, String b, Function<String, Set<String>> superClasses) {
        return a.equals(b)
                || superClasses.apply(a).contains(b)
                || superClasses.apply(b).contains(a);
    }

    private static List<String> claims(List<Comparison> comparisons) {
        return comparisons.stream().map(Comparison::claim).toList();
    }

    private static List<String> claimsOfSign(List<Hop> hops, int sign) {
        return hops.stream()
                .filter(h -> Integer.signum(h.sign()) == sign)
                .map(Hop::claim)
                .distinct()
                .sorted()
                .toList();
    }

    /** A record named {@code name}, or {@code name-2}, ... when a record of another context has that name. */
    private static void write(Model m, String name, String kind, List<String> sideA, List<String> sideB) {
        String iri = MSCKG.BASE + "contradiction/" + name;
        for (int n = 2; m.contains(m.createResource(iri), RDF.type); n++) {
            iri = MSCKG.BASE + "contradiction/" + name + "-" + n;
        }
        Resource record =
                m.createResource(iri).addProperty(RDF.type, Contradiction).addProperty(RDFS.comment, kind);
        sideA.forEach(c ->
                record.addProperty(MSCKG.restsOn, m.createResource(c)).addProperty(MSCKG.sideA, m.createResource(c)));
        sideB.forEach(c ->
                record.addProperty(MSCKG.restsOn, m.createResource(c)).addProperty(MSCKG.sideB, m.createResource(c)));
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
