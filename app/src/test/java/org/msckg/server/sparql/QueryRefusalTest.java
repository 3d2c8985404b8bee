package org.msckg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryRefusalTest {
    @Test
    void findsServiceWhereverTheQueryAsksIt() {
        assertEquals(
                Optional.of("http://example.org/sparql"),
                QueryRefusal.service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"));
        assertEquals(
                Optional.of("http://example.org/sparql"),
                QueryRefusal.service(
                        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } } } }"));
        assertEquals(
                Optional.of("http://example.org/sparql"),
                QueryRefusal.service(
                        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }"));
    }

    @Test
    void leavesQueriesWithoutServiceAndUnparsableOnesAlone() {
        assertEquals(Optional.empty(), QueryRefusal.service("SELECT * WHERE { ?s <urn:service> \"SERVICE <x>\" }"));
        assertEquals(Optional.empty(), QueryRefusal.service("SELECT * WHERE { SERVICE"));
    }
}
