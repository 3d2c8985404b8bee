package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryChecksTest {
    @Test
    void ordinaryQueriesAndQueriesThatDoNotParsePass() {
        QueryChecks ordinary = QueryChecks.of("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } OPTIONAL { ?s ?q ?r } } LIMIT 5");
        assertEquals(Optional.empty(), ordinary.problem());
        assertEquals(Optional.empty(), ordinary.service());
        assertEquals(
                List.of("s", "p", "o", "g", "q", "r"),
                ordinary.query().orElseThrow().getResultVars());
        QueryChecks broken = QueryChecks.of("SELECT * WHERE { ?s ?p }");
        assertEquals(
                new QueryChecks(Optional.empty(), Optional.empty(), Optional.empty()),
                broken,
                "Fuseki reports parse errors itself");
    }

    @Test
    void deepNestingAndLongOperatorChainsAreRefusedWithTheirId() {
        String groups = "SELECT * WHERE " + "{".repeat(QueryShape.MAX_NESTING + 1) + " ?s ?p ?o "
                + "}".repeat(QueryShape.MAX_NESTING + 1);
        assertTrue(QueryChecks.of(groups).problem().orElseThrow().startsWith("MSCKG-LIM-006"));
        String chain = "SELECT * WHERE { BIND(" + "1+".repeat(20_000) + "1 AS ?x) }";
        assertTrue(QueryChecks.of(chain).problem().orElseThrow().startsWith("MSCKG-LIM-006"));
    }

    @Test
    void findsServiceWhereverTheQueryAsksIt() {
        assertEquals(
                Optional.of("http://example.org/sparql"),
                QueryChecks.of("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
                        .service());
        assertEquals(
                Optional.of("http://example.org/sparql"),
                QueryChecks.of("SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <http://example.org/sparql> {"
                                + " ?s ?p ?o } } } }")
                        .service());
        assertEquals(
                Optional.of("http://example.org/sparql"),
                QueryChecks.of("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> {"
                                + " ?s ?p ?o } } }")
                        .service());
    }

    @Test
    void leavesQueriesWithoutServiceAndUnparsableOnesAlone() {
        assertEquals(
                Optional.empty(),
                QueryChecks.of("SELECT * WHERE { ?s <urn:service> \"SERVICE <x>\" }")
                        .service());
        assertEquals(
                Optional.empty(), QueryChecks.of("SELECT * WHERE { SERVICE").service());
    }

    @Test
    void keepsTheChecksOfARepeatedTextButNotOfAVeryLongOne() {
        String text = "SELECT ?kept WHERE { ?kept ?p ?o }";
        assertSame(QueryChecks.of(text), QueryChecks.of(text));
        String longText = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(QueryChecks.MAX_KEPT_CHARS);
        assertNotSame(QueryChecks.of(longText), QueryChecks.of(longText));
    }
}
