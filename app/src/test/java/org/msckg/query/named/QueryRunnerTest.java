package org.msckg.query.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.query.BadRequest;
import org.msckg.server.limits.Limits;
import org.msckg.store.LocalQueries;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

class QueryRunnerTest {
    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();

    private QueryRunner runner(int rows) {
        return new QueryRunner(
                new LocalQueries(dataset),
                NamedQueryCatalog.load(Fixtures.fixture("queries")),
                Limits.DEFAULTS.withMaxRows(rows));
    }

    /** Eleven terms, several sharing a label, so an ORDER BY on the label alone leaves ties. */
    private void labels() {
        String[] labels = {
            "cell b", "cell a", "cell b", "cell c", "cell a", "cell b", "cell d", "cell a", "cell e", "cell b", "cell f"
        };
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < labels.length; i++) {
                dataset.add(
                        NamedGraphs.ASSERTED.node(),
                        NodeFactory.createURI(MSCKG.TERM + "00000" + (10 + i)),
                        RDFS.label.asNode(),
                        NodeFactory.createLiteralString(labels[i]));
            }
        });
    }

    @Test
    void pagesFollowedToTheEndHoldEveryRowOnceInTheOrderOfTheWholeAnswer() {
        labels();
        List<Map<String, String>> whole =
                runner(100).run("labels-containing", Map.of("text", "cell")).rows();
        assertEquals(11, whole.size());
        List<Map<String, String>> paged = new ArrayList<>();
        QueryRunner byThree = runner(3);
        QueryRunner.Result page = byThree.run("labels-containing", Map.of("text", "cell"), 0);
        int pages = 1;
        while (true) {
            assertEquals(paged.size(), page.offset());
            paged.addAll(page.rows());
            if (!page.truncated()) {
                break;
            }
            assertEquals(3, page.rows().size());
            page = byThree.run("labels-containing", Map.of("text", "cell"), page.nextOffset());
            pages++;
        }
        assertEquals(4, pages);
        assertEquals(whole, paged);
        assertEquals(
                List.of("MSCKG:0000011", "MSCKG:0000014", "MSCKG:0000017"),
                whole.subList(0, 3).stream().map(r -> r.get("term")).toList(),
                "rows that tie on the label come in the order of their terms");
    }

    @Test
    void aPageAfterTheLastRowIsEmptyAndANegativeOffsetIsRefused() {
        labels();
        QueryRunner.Result past = runner(3).run("labels-containing", Map.of("text", "cell"), 11);
        assertTrue(past.rows().isEmpty());
        assertFalse(past.truncated());
        BadRequest e =
                assertThrows(BadRequest.class, () -> runner(3).run("labels-containing", Map.of("text", "cell"), -1));
        assertTrue(e.getMessage().contains("parameter 'offset': '-1' is not a row number"), e.getMessage());
    }

    @Test
    void theWindowNarrowsAQuerysOwnOffsetAndLimit() {
        Query limited = QueryFactory.create("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o OFFSET 2 LIMIT 7");
        QueryRunner.window(limited, 5, 4);
        assertEquals(7, limited.getOffset());
        assertEquals(2, limited.getLimit(), "two of the query's seven rows are left after five");
        assertEquals(
                List.of("?o", "?s"),
                limited.getOrderBy().stream()
                        .map(c -> c.getExpression().toString())
                        .toList());
        Query past = QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3");
        QueryRunner.window(past, 5, 4);
        assertEquals(0, past.getLimit());
        Query open = QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o }");
        QueryRunner.window(open, 0, 4);
        assertFalse(open.hasOffset());
        assertEquals(4, open.getLimit());
    }

    @Test
    void aNamedQueryMayNotHaveAParameterCalledOffset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("paged.rq");
        Files.writeString(
                file, "#+ summary: s\n#+ param: offset integer 0 a row\nSELECT ?s WHERE { ?s ?p ?_offset }\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NamedQueryCatalog.parse(file));
        assertTrue(e.getMessage().startsWith("MSCKG-QRY-004 " + file + ":2:"), e.getMessage());
    }
}
