package org.msckg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A build's timing is read back from what it printed, as kept in its log. */
class BuildProcessTest {
    private static final String LOG = String.join(
            "\n",
            List.of(
                    "[parse claims] ...",
                    "[parse claims] done in 91803 ms",
                    "[load TDB2] done in 591417 ms: data/builds/20261203-030130-508",
                    "  triples per named graph:",
                    "    asserted   12,737,222  <https://w3id.org/msckg/graph/asserted>",
                    "    inferred   15,594,869  <https://w3id.org/msckg/graph/inferred>",
                    "    bogus          7  <https://example.org/not-a-graph-of-msckg>",
                    "  rows per curated table:",
                    "    table1.tsv                                    10000",
                    "    table2.tsv                                    31000",
                    "# whole process 975000 ms"));

    @Test
    void stagesGraphsRowsAndWallTimeAreReadFromTheLog() {
        BuildProcess.Timing t = BuildProcess.read(LOG);
        assertEquals(Map.of("parse claims", 91_803L, "load TDB2", 591_417L), t.stages());
        assertEquals(12_737_222L + 15_594_869L, t.totalTriples());
        assertEquals(41_000L, t.rows());
        assertEquals(975_000L, t.wallMillis());
    }
}
