package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryShapeTest {
    @Test
    void nestingCountsBracketsButNotThoseInStringsOrComments() {
        assertEquals(3, QueryShape.nesting("SELECT * { ?s ?p ?o FILTER(REGEX(?o, \"((((((\")) } # {{{{{{"));
        assertEquals(1, QueryShape.nesting("ASK { ?s ?p 'a \\' ((((' }"));
    }

    @Test
    void ordinaryQueriesAndQueriesThatDoNotParsePass() {
        assertTrue(QueryShape.problem("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } OPTIONAL { ?s ?q ?r } } LIMIT 5")
                .isEmpty());
        assertTrue(QueryShape.problem("SELECT * WHERE { ?s ?p }").isEmpty(), "Fuseki reports parse errors itself");
    }

    @Test
    void deepNestingAndLongOperatorChainsAreRefusedWithTheirId() {
        String groups = "SELECT * WHERE " + "{".repeat(QueryShape.MAX_NESTING + 1) + " ?s ?p ?o "
                + "}".repeat(QueryShape.MAX_NESTING + 1);
        assertTrue(QueryShape.problem(groups).orElseThrow().startsWith("MSCKG-LIM-006"));
        String chain = "SELECT * WHERE { BIND(" + "1+".repeat(20_000) + "1 AS ?x) }";
        assertTrue(QueryShape.problem(chain).orElseThrow().startsWith("MSCKG-LIM-006"));
    }
}
