package org.msckg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.reason.mechanism.Hops;
import org.msckg.vocab.MSCKG;

/** Contradictions on the chain fixture (fixtures/chains/claims.ttl). */
class ContradictionFinderTest {
    private static final String T = MSCKG.TERM;
    private static final Map<String, Set<String>> SUPERS = Map.of(
            T + "0000004", Set.of(T + "0000002"),
            T + "0000021", Set.of(T + "0000020"),
            T + "0009031", Set.of(T + "0009030"));
    private static final Model GRAPH =
            RDFDataMgr.loadModel(Fixtures.fixture("chains/claims.ttl").toString());

    @Test
    void opposingClaimsInTheSameContextAreContradictionsAndOthersAreNot() {
        Model c = ContradictionFinder.find(
                Hops.read(GRAPH), ContradictionFinder.comparisons(GRAPH), k -> SUPERS.getOrDefault(k, Set.of()));
        List<String> found = c.listSubjectsWithProperty(RDF.type, ContradictionFinder.Contradiction)
                .mapWith(r -> r.getURI().substring(r.getURI().lastIndexOf('/') + 1))
                .toList();
        assertEquals(Set.of("c3--c8", "k1--k2", "k2--k3", "k4--k5"), Set.copyOf(found), found.toString());
        assertEquals(4, found.size(), "k1 and k3 agree; k6 compares another aspect");
    }
}
