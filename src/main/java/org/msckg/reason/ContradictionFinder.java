package org.msckg.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.vocab.MSCKG;

/**
 * Claims that disagree: opposite effects of the same subject on the same object in the same
 * organism and context, or a comparison the review states both ways.
 */
public final class ContradictionFinder {
    public static final Resource Contradiction = MSCKG.schema("Contradiction");

    private ContradictionFinder() {}

    public record Comparison(String claim, String subject, String object, String comparator, int outcome) {}

    public static Model find(List<Hop> hops, List<Comparison> comparisons) {
        Model m = ModelFactory.createDefaultModel();
        Map<String, List<Hop>> byContext = new TreeMap<>();
        for (Hop h : hops) {
            byContext.computeIfAbsent(String.join(" ", h.subject(), h.object(), h.organism(), h.context().toString()),
                    k -> new ArrayList<>()).add(h);
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
        for (Comparison a : comparisons) {
            for (Comparison b : comparisons) {
                boolean same = a.subject().equals(b.subject()) && a.comparator().equals(b.comparator())
                        && a.object().equals(b.object()) && a.outcome() > 0 && b.outcome() < 0;
                boolean reversed = a.subject().equals(b.comparator()) && a.comparator().equals(b.subject())
                        && a.object().equals(b.object()) && a.outcome() > 0 && b.outcome() > 0 && a.claim().compareTo(b.claim()) < 0;
                if (same || reversed) {
                    write(m, "a comparison stated both ways", a.claim(), b.claim());
                }
            }
        }
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
                int sign = local.equals("better") || local.equals("higher") ? 1 : local.equals("worse") || local.equals("lower") ? -1 : 0;
                list.add(new Comparison(c.getURI(), s.getURI(), o.getURI(), cmp.getURI(), sign));
            }
        });
        return list;
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
