package org.msckg.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.reason.mechanism.Hop;
import org.msckg.vocab.MSCKG;

/**
 * Claims that disagree: opposite effects of the same subject on the same object in the same
 * organism and context, or a comparison the review states both ways.
 */
public final class ContradictionFinder {
    public static final Resource Contradiction = MSCKG.schema("Contradiction");

    private ContradictionFinder() {}

    /** A comparison of subject with comparator in one aspect (the compared property), better/higher +1, worse/lower -1. */
    public record Comparison(String claim, String subject, String comparator, String aspect, int outcome) {}

    /** Comparisons of a class hold for its subclasses, so a comparison of iPSC-MSCs can contradict one of hPSC-MSCs. */
    public static Model find(List<Hop> hops, List<Comparison> comparisons, Function<String, Set<String>> superClasses) {
        Model m = ModelFactory.createDefaultModel();
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
            for (Hop up : group) {
                for (Hop down : group) {
                    if (up.sign() > 0 && down.sign() < 0) {
                        write(m, "opposite effects on the same entity in the same context", up.claim(), down.claim());
                    }
                }
            }
        });
        Map<String, List<Comparison>> byAspect = new TreeMap<>();
        comparisons.forEach(c ->
                byAspect.computeIfAbsent(c.aspect(), k -> new ArrayList<>()).add(c));
        byAspect.values().forEach(group -> {
            for (Comparison a : group) {
                for (Comparison b : group) {
                    if (a.claim().compareTo(b.claim()) < 0 && statedBothWays(a, b, superClasses)) {
                        write(m, "a comparison stated both ways", a.claim(), b.claim());
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
                list.add(new Comparison(c.getURI(), s.getURI(), cmp.getURI(), aspect(c, o, cmp), sign));
            }
        });
        return list;
    }

    /**
     * What is compared: the object, unless the object is the comparator itself (Table 1 style, "x is
     * compared with y"), in which case the context terms (or, lacking those, the context note) say.
     */
    private static String aspect(Resource claim, Resource object, Resource comparator) {
        if (!object.equals(comparator)) {
            return object.getURI();
        }
        List<String> contexts = claim.listProperties(MSCKG.context)
                .mapWith(st -> st.getObject().toString())
                .toList();
        if (!contexts.isEmpty()) {
            return contexts.stream().sorted().toList().toString();
        }
        var note = claim.getProperty(MSCKG.contextNote);
        return note == null ? claim.getURI() : note.getString();
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

    private static void write(Model m, String kind, String a, String b) {
        String first = a.compareTo(b) < 0 ? a : b;
        String second = a.compareTo(b) < 0 ? b : a;
        m.createResource(MSCKG.BASE + "contradiction/" + local(first) + "--" + local(second))
                .addProperty(RDF.type, Contradiction)
                .addProperty(RDFS.comment, kind)
                .addProperty(MSCKG.restsOn, m.createResource(first))
                .addProperty(MSCKG.restsOn, m.createResource(second));
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
