package org.msckg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.vocab.MSCKG;

/** Claim-level chains on a fixture of a few claims (fixtures/chains/claims.ttl). */
class ChainsTest {
    private static final String T = MSCKG.TERM;
    private static final Map<String, Set<String>> SUPERS = Map.of(
            T + "0000004", Set.of(T + "0000002"),
            T + "0000021", Set.of(T + "0000020"),
            T + "0009031", Set.of(T + "0009030"));
    private static final Model GRAPH =
            RDFDataMgr.loadModel(Fixtures.fixture("chains/claims.ttl").toString());
    private static final List<Hop> HOPS = Hops.read(GRAPH);
    private static final ChainFinder FINDER = new ChainFinder(HOPS, c -> SUPERS.getOrDefault(c, Set.of()));

    private static List<List<String>> claimsOf(List<Chain> chains) {
        return chains.stream()
                .map(c -> c.hops().stream()
                        .map(h -> h.claim().substring(MSCKG.CLAIM.length()))
                        .toList())
                .toList();
    }

    @Test
    void onlyClaimsWithASignedRelationOrDirectionBecomeHops() {
        assertEquals(
                List.of("c1", "c2", "c3", "c4", "c5", "c7", "c8", "c9"),
                HOPS.stream()
                        .map(h -> h.claim().substring(MSCKG.CLAIM.length()))
                        .toList(),
                "c6 'expresses' is not causal; c8 has an unsigned relation but a direction");
    }

    @Test
    void aChainGoesFromTheCellThroughWhatItSecretesToTheProcess() {
        List<Chain> chains = FINDER.between(T + "0000004", T + "0009001", 6);
        assertEquals(List.of(List.of("c1", "c2", "c3", "c4"), List.of("c1", "c2", "c8", "c4")), claimsOf(chains));
        assertEquals(-1, chains.get(0).sign(), "+ secretes, + activates, + promotes, - prevents: negative");
        assertEquals(1, chains.get(1).sign(), "a negative effect on a negative regulator is positive");
    }

    @Test
    void aFindingForASubtypeAnswersForItsParentClassAndTheTargetsSubclasses() {
        assertEquals(
                List.of(List.of("c1", "c2", "c3", "c4"), List.of("c1", "c2", "c8", "c4")),
                claimsOf(FINDER.between(T + "0000002", T + "0009001", 6)));
        assertEquals(
                List.of(List.of("c5")),
                claimsOf(FINDER.between(T + "0000004", T + "0009030", 6)),
                "the injury is a subclass of the kidney disease asked for");
        assertTrue(FINDER.between(T + "0000004", T + "0009031", 6).stream()
                .noneMatch(c -> c.hops().size() > 1));
    }

    @Test
    void aHopStatedForAParentClassContinuesAChainButNotTheOtherWayRound() {
        assertEquals(
                List.of(List.of("c7")),
                claimsOf(FINDER.between(T + "0000021", T + "0009040", 6)),
                "c7 is stated for hPSC-MSC exosomes, so it holds for iPSC-MSC exosomes");
        assertEquals(
                List.of(List.of("c1", "c2")),
                claimsOf(FINDER.between(T + "0000002", T + "0009002", 6)),
                "c9 ends at hPSC-MSC exosomes, and c2 is stated for iPSC-MSC exosomes only: they do not join");
    }

    @Test
    void theClosureKeepsTheShortestChainOfEachSignWithinOneStudyWithTheClaimsItRestsOn() {
        Model inferred = new ChainMaterializer(FINDER, 6).materialize();
        Resource cell = inferred.createResource(T + "0000004");
        Resource boneLoss = inferred.createResource(T + "0009001");
        Resource angiogenesis = inferred.createResource(T + "0009003");
        assertTrue(inferred.contains(cell, inferred.createProperty(ChainMaterializer.NEGATIVE), boneLoss));
        assertTrue(inferred.contains(cell, inferred.createProperty(ChainMaterializer.POSITIVE), angiogenesis));
        assertFalse(
                inferred.contains(cell, null, inferred.createResource(T + "0009031")),
                "a single asserted hop is not an inferred chain");
        Resource chain = inferred.listSubjectsWithProperty(RDF.object, boneLoss)
                .filterKeep(r -> r.hasProperty(RDF.subject, cell) && r.hasProperty(MSCKG.sign, "-"))
                .next();
        assertEquals(
                Set.of("c1", "c2", "c3", "c4"),
                inferred.listObjectsOfProperty(chain, MSCKG.restsOn)
                        .mapWith(n -> n.asResource().getURI().substring(MSCKG.CLAIM.length()))
                        .toSet());
        assertTrue(
                inferred.contains(
                        cell,
                        inferred.createProperty(ChainMaterializer.POSITIVE),
                        inferred.createResource(T + "0009040")),
                "c1 [64] joins c7 [84, 64], stated for the parent class of c1's object");
        assertFalse(
                inferred.contains(cell, inferred.createProperty(ChainMaterializer.POSITIVE), boneLoss),
                "c1-c2-c8-c4 joins [64] and [99]: explain finds it (above), the closure does not materialize it");
        assertFalse(
                inferred.contains(inferred.createResource(T + "0000002"), null, boneLoss),
                "hPSC-MSCs reach bone loss only through iPSC-MSC findings: answered by queries, not materialized for the parent");
    }

    @Test
    void opposingClaimsInTheSameContextAreContradictionsAndOthersAreNot() {
        Model c = ContradictionFinder.find(
                HOPS, ContradictionFinder.comparisons(GRAPH), k -> SUPERS.getOrDefault(k, Set.of()));
        List<String> found = c.listSubjectsWithProperty(RDF.type, ContradictionFinder.Contradiction)
                .mapWith(r -> r.getURI().substring(r.getURI().lastIndexOf('/') + 1))
                .toList();
        assertEquals(Set.of("c3--c8", "k1--k2", "k2--k3", "k4--k5"), Set.copyOf(found), found.toString());
        assertEquals(4, found.size(), "k1 and k3 agree; k6 compares another aspect");
    }
}
