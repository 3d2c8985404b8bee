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
    void theRecordKeepsTheSingleStudyChainAndTheSearchFindsTheCrossStudyOneMarkedWhereTheStudiesChange() {
        ClosureRecord r = record("0000004", "0009001").orElseThrow();
        assertEquals(1, r.chains().size(), "only single-study chains are kept on the record");
        assertEquals(List.of("c1", "c2", "c3", "c4"), claims(r.chains().get(0)));
        assertEquals(-1, r.chains().get(0).sign(), "+ secretes, + activates, + promotes, - prevents: negative");
        assertTrue(r.chains().get(0).singleStudy());
        assertEquals(List.of(), r.chains().get(0).studyChangesAt(), "no study change in a single-study chain");
        assertEquals(Set.of("+", "-"), r.signs(), "the cross-study chain through c8 is positive");
        assertEquals(4, r.shortest());
        assertEquals(Set.of(MSCKG.REF + "64"), r.supportingStudies(), "[99] alone supports no whole chain");

        List<Chain> found = new ArrayList<>();
        new ChainSearch(HOPS, c -> SUPERS.getOrDefault(c, Set.of())).from(T + "0000004", ChainRules.MAX_HOPS, p -> {
            if (p.object().equals(T + "0009001")) {
                found.add(p.chain());
            }
        });
        Chain cross = found.stream().filter(c -> !c.singleStudy()).findFirst().orElseThrow();
        assertEquals(List.of("c1", "c2", "c8", "c4"), claims(cross));
        assertEquals(1, cross.sign(), "a negative effect on a negative regulator is positive");
        assertEquals(List.of(3, 4), cross.studyChangesAt(), "[64] [64] then [99] then [64] again");
        assertEquals(2, found.size(), "the same two chains, one of each sign");
    }

    @Test
    void aPairThatOnlyChainsAcrossStudiesJoinHasARecordWithoutChains() {
        List<Hop> hops = List.of(hop("x1", T + "a", T + "b", 1), hop("x2", T + "b", T + "c", 2));
        List<ClosureRecord> records = new ClosureBuilder(hops, c -> Set.of()).build();
        ClosureRecord across = records.stream()
                .filter(r -> r.from().equals(T + "a") && r.to().equals(T + "c"))
                .findFirst()
                .orElseThrow();
        assertFalse(across.singleStudy());
        assertEquals(2, across.shortest());
        assertEquals(Set.of("+"), across.signs());
        assertEquals(List.of(), across.chains());
        Model m = ClosureWriter.write(records);
        Resource record = m.listSubjectsWithProperty(MSCKG.to, m.createResource(T + "c"))
                .filterKeep(x -> x.hasProperty(MSCKG.from, m.createResource(T + "a")))
                .next();
        assertFalse(record.getProperty(MSCKG.singleStudy).getBoolean());
        assertFalse(record.hasProperty(MSCKG.chain));
        assertFalse(m.contains(
                m.createResource(T + "a"), m.createProperty(ChainRules.POSITIVE), m.createResource(T + "c")));
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
        assertFalse(
                m.contains(null, MSCKG.crossStudy, m.createTypedLiteral(true)),
                "no cross-study chain is written: the search finds those when asked");
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
        assertEquals(
                ChainRules.SINGLE_STUDY_CHAINS,
                ends.chains().size(),
                "240 single-study paths and many more across studies, 8 chains kept");
        assertTrue(records.stream().allMatch(r -> r.chains().size() <= ChainRules.SINGLE_STUDY_CHAINS));
        assertTrue(ends.chains().stream().allMatch(Chain::singleStudy));
        assertTrue(ends.chains().stream().allMatch(c -> c.length() == 6), "r0 -> r3 takes six hops");
    }

    private static Hop hop(String id, String subject, String object, int study) {
        return new Hop(
                MSCKG.CLAIM + id, subject, T + "rel", object, 1, List.of(MSCKG.REF + study), "", "", "", List.of(), "");
    }
}
