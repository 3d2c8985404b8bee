package org.msckg.reason.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.vocab.MSCKG;

/** The closure read back from what {@link ClosureWriter} wrote for the fixture's claims. */
class ClosureReaderTest {
    private static final String T = MSCKG.TERM;
    private static final Model GRAPH =
            RDFDataMgr.loadModel(Fixtures.fixture("chains/claims.ttl").toString());
    private static final List<ClosureRecord> RECORDS = new ClosureBuilder(
                    Hops.read(GRAPH),
                    c -> Map.of(T + "0000004", Set.of(T + "0000002")).getOrDefault(c, Set.of()))
            .build();
    private static final ClosureReader READER =
            new ClosureReader(ClosureWriter.write(RECORDS).getGraph(), GRAPH.getGraph());

    @Test
    void theChainsToGivenEndsAreThoseOfTheRecordsFromTheStartThatEndThere() {
        String from = T + "0000004";
        Set<String> ends = Set.of(T + "0009001", T + "0009003", T + "0009999");
        List<ClosureReader.Found> all = READER.chainsFrom(from, ChainRules.MAX_HOPS);
        List<ClosureReader.Found> toEnds = READER.chainsBetween(from, ends, ChainRules.MAX_HOPS);
        assertFalse(toEnds.isEmpty(), "the fixture has chains from iPSC-MSC to both ends");
        assertTrue(toEnds.size() < all.size(), "iPSC-MSC has chains to other entities too");
        assertEquals(
                all.stream()
                        .filter(f -> READER.read(f)
                                .map(c -> ends.contains(c.object()))
                                .orElse(false))
                        .toList(),
                toEnds,
                "looked up by the records' names, in the same order as the scan");
    }

    @Test
    void noRecordNoChainAndTheHopLimitHolds() {
        assertTrue(READER.chainsBetween(T + "0009001", Set.of(T + "0000004"), ChainRules.MAX_HOPS)
                .isEmpty());
        Set<String> boneLoss = Set.of(T + "0009001");
        assertEquals(
                List.of(4),
                READER.chainsBetween(T + "0000004", boneLoss, ChainRules.MAX_HOPS).stream()
                        .map(ClosureReader.Found::length)
                        .toList(),
                "iPSC-MSC -> exosomes -> PI3K/Akt -> angiogenesis -| bone loss");
        assertTrue(READER.chainsBetween(T + "0000004", boneLoss, 3).isEmpty());
    }
}
