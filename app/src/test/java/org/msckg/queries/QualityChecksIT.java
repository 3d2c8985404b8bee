package org.msckg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;

/** Every queries/qc/*-violation.rq opens with Problem and Solution and finds nothing in the real graph. */
class QualityChecksIT {
    private static final Path QC = Fixtures.projectRoot().resolve("queries/qc");

    private static List<Path> checks() throws IOException {
        try (Stream<Path> files = Files.list(QC)) {
            return files.filter(p -> p.toString().endsWith("-violation.rq"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> violations(DatasetGraph dataset, Path check) throws IOException {
        String query = Files.readString(check, StandardCharsets.UTF_8);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query(query)
                    .build()) {
                List<String> rows = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(r -> rows.add(r.toString()));
                return rows;
            }
        });
    }

    @Test
    void everyCheckSaysItsProblemAndSolution() throws IOException {
        assertFalse(checks().isEmpty());
        for (Path check : checks()) {
            String text = Files.readString(check, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# Problem: ") && text.contains("# Solution: "), check.toString());
        }
    }

    @Test
    void theRealGraphHasNoViolation() throws IOException {
        for (Path check : checks()) {
            List<String> rows = violations(BuiltGraph.dataset(), check);
            assertTrue(
                    rows.isEmpty(),
                    check.getFileName() + ": " + rows.size() + " rows, e.g. "
                            + rows.subList(0, Math.min(20, rows.size())));
        }
    }

    @Test
    void anOboTermLabelledNowhereIsReportedAndALabelledOneIsNot() throws IOException {
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(
                Fixtures.fixture("qc/unlabelled.trig").toString());
        List<String> rows = violations(fixture, QC.resolve("unlabelled-obo-term-violation.rq"));
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("GO_0000001"), rows.toString());
    }
}
