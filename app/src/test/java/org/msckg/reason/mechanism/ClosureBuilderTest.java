package org.msckg.reason.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.vocab.MSCKG;

/** The chain closure on a fixture of a few claims (fixtures/chains/claims.ttl). */
class ClosureBuilderTest {
    private static final String T = MSCKG.TERM;
    private static final Map<String, Set<String>> SUPERS = Map.of(
            T + "0000004", Set.of(T + "0000002"),
            T + "0000021", Set.of(T + "0000020"),
            T + "0009031", Set.of(T + "0009030"));
    private static final Model GRAPH =
            RDFDataMgr.loadModel(Fixtures.fixture("chains/claims.ttl").toString());
    private static final List<Hop> HOPS = Hops.read(GRAPH);
    private static final List<ClosureRecord> RECORDS =
            new ClosureBuilder(HOPS, c -> SUPERS.getOrDefault(c, Set.of())).build();

    private static Optional<ClosureRecord> record(String from, String to) {
        return RECORDS.stream()
                .filter(r -> r.from().equals(T + from) && r.to().equals(T + to))
                .findFirst();
    }

    private static List<String> claims(Chain c) {
        return c.hops().stream()
                .map(h -> h.claim().substring(MSCKG.CLAIM.length()))
                .toList();
    }

    @Test
    void onlyStatedNonNegatedClaimsWithASignedRelationOrDirectionBecomeHops() {
        assertEquals(
                List.of("c1", "c2", "c3", "c4", "c5", "c7", "c8", "c9"),
                HOPS.stream()
                        .map(h -> h.claim().substring(MSCKG.CLAIM.length()))
                        .toList(),
                "c6 'expresses' is not causal; c8 has an unsigned relation but a direction; c10 is negated, c11"
                        + " only suggested");
        assertTrue(record("0009003", "0009070").isEmpty(), "no chain rests on a negated claim");
        assertTrue(record("0000004", "0009071").isEmpty(), "no chain rests on a suggested claim");
    }

    @Test
    void aSingleStudyChainComesFirstThenTheCrossStudyChainMarkedWhereTheStudiesChange() {
        ClosureRecord r = record("0000004", "0009001").orElseThrow();
        assertEquals(List.of("c1", "c2", "c3", "c4"), claims(r.chains().get(0)));
        assertEquals(-1, r.chains().get(0).sign(), "+ secretes, + activates, + promotes, - prevents: negative");
        assertTrue(r.chains().get(0).singleStudy());
        assertEquals(List.of(), r.chains().get(0).studyChangesAt(), "no study change in a single-study chain");
        Chain cross = r.chains().get(1);
        assertEquals(List.of("c1", "c2", "c8", "c4"), claims(cross));
        assertEquals(1, cross.sign(), "a negative effect on a negative regulator is positive");
        assertFalse(cross.singleStudy());
        assertEquals(List.of(3, 4), cross.studyChangesAt(), "[64] [64] then [99] then [64] again");
        assertEquals(2, r.chains().size());
        assertEquals(Set.of("+", "-"), r.signs());
        assertEquals(4, r.shortest());
        assertEquals(Set.of(MSCKG.REF + "64"), r.supportingStudies(), "[99] alone supports no whole chain");
    }

    @Test
    void aHopStatedForAParentClassContinuesAChainAsAnInheritedHopButNotTheOtherWayRound() {
        Chain c = record("0000004", "0009040").orElseThrow().chains().get(0);
        assertEquals(List.of("c1", "c7"), claims(c));
        assertFalse(c.inherited(0));
        assertTrue(c.inherited(1), "c7 is stated for hPSC-MSC exosomes, the chain is at iPSC-MSC exosomes");
        assertEquals(T + "0000021", c.at().get(1));
        assertTrue(c.singleStudy(), "c1 [64] and c7 [84, 64] share [64]");
        assertTrue(
                record("0000002", "0009002").isEmpty(),
                "c9 ends at hPSC-MSC exosomes, and c2 is stated for iPSC-MSC exosomes only: they do not join");
        assertTrue(record("0000004", "0009020").isEmpty(), "'expresses' is no causal hop");
    }

    @Test
    void theWriterRecordsEveryPairAndMakesOnlySingleStudyChainsOfTwoHopsOrMoreInferredEdges() {
        Model m = ClosureWriter.write(RECORDS);
        Resource cell = m.createResource(T + "0000004");
        assertTrue(m.contains(cell, m.createProperty(ChainRules.NEGATIVE), m.createResource(T + "0009001")));
        assertFalse(
                m.contains(cell, m.createProperty(ChainRules.POSITIVE), m.createResource(T + "0009001")),
                "the positive chain to bone loss joins [64] and [99]: recorded and marked, not an inferred edge");
        assertFalse(
                m.contains(cell, m.createProperty(ChainRules.NEGATIVE), m.createResource(T + "0009031")),
                "a single asserted hop is no inferred edge");
        Resource record = m.listSubjectsWithProperty(MSCKG.from, cell)
                .filterKeep(r -> r.hasProperty(MSCKG.to, m.createResource(T + "0009031")))
                .next();
        assertEquals(1, record.getProperty(MSCKG.shortest).getInt(), "but it is a record of the closure");
        Resource cross = m.listSubjectsWithProperty(MSCKG.crossStudy, m.createTypedLiteral(true))
                .filterKeep(c -> c.hasProperty(MSCKG.restsOn, m.createResource(MSCKG.CLAIM + "c4")))
                .next();
        assertEquals(
                Set.of(3, 4),
                m.listObjectsOfProperty(cross, MSCKG.studyChangesAt)
                        .mapWith(n -> n.asLiteral().getInt())
                        .toSet());
        assertFalse(cross.hasProperty(RDF.type, MSCKG.InferredChain));
        assertEquals(
                1,
                m.listSubjectsWithProperty(MSCKG.inherited, m.createTypedLiteral(true))
                        .toList()
                        .size(),
                "only c7 after c1 is inherited");
    }

    @Test
    void theClosureGrowsWithThePairsNotWithThePaths() {
        // 30 studies, each a ladder of 5 rungs with two parallel steps per rung: 2^5 paths per study
        List<Hop> hops = new ArrayList<>();
        for (int study = 1; study <= 30; study++) {
            for (int rung = 0; rung < 5; rung++) {
                for (String via : List.of("a", "b")) {
                    String mid = T + "s" + study + "r" + rung + via;
                    hops.add(hop(study + "-" + rung + via + "1", T + "r" + rung, mid, study));
                    hops.add(hop(study + "-" + rung + via + "2", mid, T + "r" + (rung + 1), study));
                }
            }
        }
        List<ClosureRecord> records = new ClosureBuilder(hops, c -> Set.of()).build();
        ClosureRecord ends = records.stream()
                .filter(r -> r.from().equals(T + "r0") && r.to().equals(T + "r3"))
                .findFirst()
                .orElseThrow();
        assertEquals(30, ends.supportingStudies().size(), "every study supports the pair on its own");
        assertTrue(
                ends.chains().size() <= ChainRules.SINGLE_STUDY_CHAINS + ChainRules.CROSS_STUDY_CHAINS,
                "240 single-study paths and many more across studies, at most 12 chains kept");
        assertTrue(records.stream()
                .allMatch(r -> r.chains().size() <= ChainRules.SINGLE_STUDY_CHAINS + ChainRules.CROSS_STUDY_CHAINS));
        assertTrue(ends.chains().stream().limit(ChainRules.SINGLE_STUDY_CHAINS).allMatch(Chain::singleStudy));
        assertTrue(ends.chains().stream().allMatch(c -> c.length() == 6), "r0 -> r3 takes six hops");
    }

    private static Hop hop(String id, String subject, String object, int study) {
        return new Hop(
                MSCKG.CLAIM + id, subject, T + "rel", object, 1, List.of(MSCKG.REF + study), "", "", "", List.of(), "");
    }
}
