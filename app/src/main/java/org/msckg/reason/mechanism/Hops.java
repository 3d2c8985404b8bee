package org.msckg.reason.mechanism;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.msckg.vocab.MSCKG;

/**
 * Reads the causal hops out of the curated claims: claims whose relation (or direction) has a sign and
 * that the review states as a fact. A negated claim ({@code msckg:negated true}) or one whose certainty
 * is other than {@code msckg:stated} (suggested, disputed) is no hop: a chain rests only on stated,
 * non-negated claims (docs/schema.md, "Mechanism chains").
 */
public final class Hops {
    private Hops() {}

    /** What {@link #of} reads of a claim and of its relation or direction. */
    private static final List<Property> READ = List.of(
            RDF.subject,
            RDF.predicate,
            RDF.object,
            MSCKG.negated,
            MSCKG.certainty,
            MSCKG.direction,
            MSCKG.citation,
            MSCKG.evidence,
            MSCKG.organism,
            MSCKG.studyType,
            MSCKG.context,
            MSCKG.contextNote,
            MSCKG.sign);

    /**
     * The hops of a stored graph, read from an in-memory copy of the statements they rest on, made
     * with one scan per property: over TDB2 a lookup costs tens of microseconds, and a claim is a
     * dozen of them (x1000: 812,000 claims read one by one took five minutes).
     */
    public static List<Hop> read(Graph stored) {
        Graph copy = GraphMemFactory.createGraphMem2();
        READ.forEach(p -> stored.find(Node.ANY, p.asNode(), Node.ANY).forEach(copy::add));
        return read(ModelFactory.createModelForGraph(copy));
    }

    /** @param graph curated claims plus the ontology that gives relations and directions their sign */
    public static List<Hop> read(Model graph) {
        List<Hop> hops = new ArrayList<>();
        graph.listSubjectsWithProperty(RDF.predicate).forEach(claim -> of(claim).ifPresent(hops::add));
        hops.sort(Comparator.comparing(Hop::claim));
        return hops;
    }

    /** The claim as a hop, if it is one; its model must hold the ontology that gives relations their sign. */
    public static Optional<Hop> of(Resource claim) {
        Resource s = claim.getPropertyResourceValue(RDF.subject);
        Resource p = claim.getPropertyResourceValue(RDF.predicate);
        RDFNode o = claim.getProperty(RDF.object) == null
                ? null
                : claim.getProperty(RDF.object).getObject();
        if (s == null || p == null || o == null || !o.isURIResource() || !claim.isURIResource()) {
            return Optional.empty();
        }
        if (claim.hasLiteral(MSCKG.negated, true) || !stated(claim)) {
            return Optional.empty();
        }
        return signOf(p)
                .or(() -> Optional.ofNullable(claim.getPropertyResourceValue(MSCKG.direction))
                        .flatMap(Hops::signOf))
                .filter(sign -> sign != 0)
                .map(sign -> new Hop(
                        claim.getURI(),
                        s.getURI(),
                        p.getURI(),
                        o.asResource().getURI(),
                        sign,
                        uris(claim, MSCKG.citation),
                        first(claim, MSCKG.evidence),
                        firstUri(claim, MSCKG.organism),
                        firstUri(claim, MSCKG.studyType),
                        uris(claim, MSCKG.context),
                        first(claim, MSCKG.contextNote)));
    }

    private static boolean stated(Resource claim) {
        Resource certainty = claim.getPropertyResourceValue(MSCKG.certainty);
        return certainty == null || certainty.equals(MSCKG.stated);
    }

    private static Optional<Integer> signOf(Resource r) {
        Optional<String> s = Optional.ofNullable(r.getProperty(MSCKG.sign)).map(st -> st.getString());
        return s.map(v -> switch (v) {
            case "+" -> 1;
            case "-" -> -1;
            default -> 0;
        });
    }

    private static List<String> uris(Resource r, Property p) {
        return uriValues(r, p).sorted(Hops::byReferenceNumber).toList();
    }

    private static Stream<String> uriValues(Resource r, Property p) {
        return r
                .listProperties(p)
                .mapWith(st -> st.getObject())
                .filterKeep(RDFNode::isURIResource)
                .mapWith(n -> n.asResource().getURI())
                .toList()
                .stream();
    }

    private static int byReferenceNumber(String a, String b) {
        return Long.compare(number(a), number(b)) != 0 ? Long.compare(number(a), number(b)) : a.compareTo(b);
    }

    private static long number(String iri) {
        String tail = iri.substring(iri.lastIndexOf('/') + 1);
        return tail.chars().allMatch(Character::isDigit) && !tail.isEmpty() ? Long.parseLong(tail) : Long.MAX_VALUE;
    }

    /**
     * The first value in code point order: a store returns a claim's values in an order of its own
     * (TDB2 by node id, memory by insertion), and a hop must read the same from either.
     */
    private static String first(Resource r, Property p) {
        return r
                .listProperties(p)
                .mapWith(st -> st.getObject().isLiteral()
                        ? st.getString()
                        : st.getObject().toString())
                .toList()
                .stream()
                .min(String::compareTo)
                .orElse("");
    }

    private static String firstUri(Resource r, Property p) {
        return uriValues(r, p).min(String::compareTo).orElse("");
    }
}
