package org.msckg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.reason.mechanism.Hop;
import org.msckg.reason.mechanism.Hops;
import org.msckg.vocab.MSCKG;

class ContradictionFinderTest {
    private static final String T = MSCKG.TERM;
    private static final String DIFFERENTIATES = T + "0000104";
    private static final String MSC = T + "msc";
    private static final String HESC_MSC = T + "hescMsc";
    private static final String NEURAL_CELL = T + "neuralCell";
    private static final String NEURON = T + "neuron";
    private static final String HEPATOCYTE = T + "hepatocyte";
    private static final Map<String, Set<String>> SUPERS = Map.of(HESC_MSC, Set.of(MSC), NEURON, Set.of(NEURAL_CELL));

    private static Model claims() {
        Model m = ModelFactory.createDefaultModel();
        claim(m, "disputed", MSC, NEURON).addProperty(MSCKG.certainty, MSCKG.schema("disputed"));
        claim(m, "neural", HESC_MSC, NEURAL_CELL);
        claim(m, "hepatocyte", HESC_MSC, HEPATOCYTE);
        claim(m, "suggested", HESC_MSC, NEURON).addProperty(MSCKG.certainty, MSCKG.schema("suggested"));
        claim(m, "negated", MSC, HEPATOCYTE).addLiteral(MSCKG.negated, true);
        claim(m, "stated", MSC, HEPATOCYTE).addProperty(MSCKG.certainty, MSCKG.stated);
        return m;
    }

    private static Resource claim(Model m, String id, String subject, String object) {
        return m.createResource(MSCKG.CLAIM + id)
                .addProperty(RDF.subject, m.createResource(subject))
                .addProperty(RDF.predicate, m.createResource(DIFFERENTIATES))
                .addProperty(RDF.object, m.createResource(object));
    }

    @Test
    void aStatedClaimDisagreesWithADisputedOrNegatedOneAboutRelatedSubjectsAndObjectsAndNotWithAHedge() {
        Model found = ContradictionFinder.disagreements(
                ContradictionFinder.stances(claims()), k -> SUPERS.getOrDefault(k, Set.of()));
        List<String> records = records(found, true);
        assertEquals(
                List.of(
                        "disputed A [neural] B [disputed] stated in one place, called disputed in another",
                        "negated A [hepatocyte, stated] B [negated] stated in one place, negated in another"),
                records,
                "one record per statement negated or disputed, with every claim that states it; a hedge (suggested)"
                        + " contradicts nothing; unrelated objects (neuron, hepatocyte) do not meet");
    }

    /** Each record as its name, its sides' claims and, {@code withKind}, its kind; sorted. */
    private static List<String> records(Model found, boolean withKind) {
        return found
                .listSubjectsWithProperty(RDF.type, ContradictionFinder.Contradiction)
                .mapWith(r -> r.getURI().substring(r.getURI().lastIndexOf('/') + 1) + " A " + side(r, MSCKG.sideA)
                        + " B " + side(r, MSCKG.sideB)
                        + (withKind ? " " + r.getProperty(RDFS.comment).getString() : ""))
                .toList()
                .stream()
                .sorted()
                .toList();
    }

    private static List<String> side(Resource record, org.apache.jena.rdf.model.Property side) {
        return record.listProperties(side).mapWith(st -> st.getResource().getLocalName()).toList().stream()
                .sorted()
                .toList();
    }

    @Test
    void opposingClaimsInTheSameContextAreContradictionsAndOthersAreNot() {
        Model graph = RDFDataMgr.loadModel(Fixtures.fixture("chains/claims.ttl").toString());
        Map<String, Set<String>> supers = Map.of(
                T + "0000004", Set.of(T + "0000002"),
                T + "0000021", Set.of(T + "0000020"),
                T + "0009031", Set.of(T + "0009030"));
        Model c = ContradictionFinder.find(
                Hops.read(graph), ContradictionFinder.comparisons(graph), k -> supers.getOrDefault(k, Set.of()));
        List<String> found = c.listSubjectsWithProperty(RDF.type, ContradictionFinder.Contradiction)
                .mapWith(r -> r.getURI().substring(r.getURI().lastIndexOf('/') + 1))
                .toList();
        assertEquals(Set.of("c3--c8", "k1--k2", "k4--k5"), Set.copyOf(found), found.toString());
        assertEquals(3, found.size(), "k1 and k3 agree; k6 compares another aspect");
        Resource k1k2 = c.createResource(MSCKG.BASE + "contradiction/k1--k2");
        assertEquals(
                List.of("k1", "k3"),
                side(k1k2, MSCKG.sideA),
                "k1 and k3 make the same comparison, so k2's reverse of it is one disagreement with both");
        assertEquals(List.of("k2"), side(k1k2, MSCKG.sideB));
        Resource c3c8 = c.createResource(MSCKG.BASE + "contradiction/c3--c8");
        assertEquals(
                MSCKG.CLAIM + "c3", c3c8.getPropertyResourceValue(MSCKG.sideA).getURI());
        assertEquals(
                MSCKG.CLAIM + "c8", c3c8.getPropertyResourceValue(MSCKG.sideB).getURI());
    }

    @Test
    void theOppositeClaimsOfOneContextAreOneRecordAndAnotherContextGetsARecordOfItsOwn() {
        List<Hop> hops = List.of(
                hop("u1", "lung", +1),
                hop("u2", "lung", +1),
                hop("d1", "lung", -1),
                hop("u1", "kidney", +1),
                hop("d1", "kidney", -1),
                hop("u3", "liver", +1));
        Model c = ContradictionFinder.find(hops, List.of(), k -> Set.of());
        List<String> records = records(c, false);
        assertEquals(
                List.of("u1--d1 A [u1] B [d1]", "u1--d1-2 A [u1, u2] B [d1]"), records, "liver has no opposite claim");
    }

    @Test
    void manySourcesNegatingOneStatementThatManyOthersStateAreOneRecordNotOnePerNegation() {
        Model m = claims();
        claim(m, "negated2", MSC, HEPATOCYTE).addLiteral(MSCKG.negated, true);
        claim(m, "negated3", MSC, HEPATOCYTE).addLiteral(MSCKG.negated, true);
        claim(m, "stated2", MSC, HEPATOCYTE);
        Model found = ContradictionFinder.disagreements(
                ContradictionFinder.stances(m), k -> SUPERS.getOrDefault(k, Set.of()));
        List<String> records = records(found, false);
        assertEquals(
                List.of(
                        "disputed A [neural] B [disputed]",
                        "negated A [hepatocyte, stated, stated2] B [negated, negated2, negated3]"),
                records,
                "three negations of one statement stated three times: one record of six claims, not three of four");
    }

    private static Hop hop(String claim, String context, int sign) {
        return new Hop(
                MSCKG.CLAIM + claim,
                T + "mscExosome",
                T + "0000101",
                T + "apoptosis",
                sign,
                List.of(),
                "",
                "",
                "",
                List.of(T + context),
                "");
    }
}
