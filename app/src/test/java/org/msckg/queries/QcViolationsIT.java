package org.msckg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;

/** Every quality check of queries/qc/*-violation.rq returns no rows on the real graph. */
class QcViolationsIT {
    private static final Path QC = Fixtures.projectRoot().resolve("queries/qc");

    private static List<Path> checks() throws IOException {
        try (Stream<Path> files = Files.list(QC)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-violation.rq"))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCheckFindsNoViolationOnTheBuiltGraph() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path check : checks()) {
            tests.add(DynamicTest.dynamicTest(check.getFileName().toString(), () -> {
                String query = Files.readString(check);
                var ds = DatasetFactory.wrap(BuiltGraph.dataset());
                List<String> rows = Txn.calculateRead(ds, () -> {
                    try (var qe = QueryExecutionFactory.create(query, ds)) {
                        return ResultSetFormatter.toList(qe.execSelect()).stream()
                                .map(Object::toString)
                                .toList();
                    }
                });
                assertEquals(List.of(), rows, check.getFileName() + " found violations");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyCheckFindsTheViolationPlantedInTheFixture() throws IOException {
        var fixture =
                RDFDataMgr.loadDataset(Fixtures.fixture("qc/violations.trig").toString());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path check : checks()) {
            tests.add(DynamicTest.dynamicTest(check.getFileName().toString(), () -> {
                try (var qe = QueryExecutionFactory.create(Files.readString(check), fixture)) {
                    assertFalse(ResultSetFormatter.toList(qe.execSelect()).isEmpty(), check + " misses its violation");
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void theHedgeCheckFindsTheUnreadStatedClaimOnly() throws IOException {
        var fixture =
                RDFDataMgr.loadDataset(Fixtures.fixture("qc/violations.trig").toString());
        String query = Files.readString(QC.resolve("unreviewed-hedge-violation.rq"));
        try (var qe = QueryExecutionFactory.create(query, fixture)) {
            List<String> claims = ResultSetFormatter.toList(qe.execSelect()).stream()
                    .map(row -> row.getResource("claim").getLocalName() + " "
                            + row.getLiteral("word").getString())
                    .toList();
            assertEquals(List.of("v4 might"), claims);
        }
    }

    @Test
    void thereAreAtLeastEightChecksEachOpeningWithItsProblemAndSolution() throws IOException {
        List<Path> checks = checks();
        assertTrue(checks.size() >= 8, checks.toString());
        for (Path check : checks) {
            String text = Files.readString(check);
            assertTrue(text.startsWith("# Problem: "), check + " does not open with '# Problem: '");
            assertTrue(text.contains("\n# Solution: "), check + " has no '# Solution: '");
        }
    }
}
