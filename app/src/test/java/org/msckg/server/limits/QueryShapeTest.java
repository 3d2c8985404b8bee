package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryShapeTest {
    @Test
    void nestingCountsBracketsButNotThoseInStringsOrComments() {
        assertEquals(3, QueryShape.nesting("SELECT * { ?s ?p ?o FILTER(REGEX(?o, \"((((((\")) } # {{{{{{"));
        assertEquals(1, QueryShape.nesting("ASK { ?s ?p 'a \\' ((((' }"));
    }
}
