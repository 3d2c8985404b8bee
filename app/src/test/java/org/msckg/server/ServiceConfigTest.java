package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;

class ServiceConfigTest {
    @Test
    void theServiceConfigAndItsInMemoryTwinDeclareTheSameReadOnlyEndpoints() {
        for (String f : new String[] {"msckg.ttl", "msckg-mem.ttl"}) {
            var service = ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/" + f))
                    .service(DatasetGraphFactory.createTxnMem());
            Set<String> endpoints = service.getEndpoints().stream()
                    .map(e -> e.getOperation().getName() + ":" + e.getName())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("query:", "query:query", "gsp-r:get"), endpoints, f);
            assertTrue(service.getOperations().stream().noneMatch(op -> op.equals(Operation.Update)));
        }
    }

    @Test
    void theInMemoryTwinIsAValidFusekiConfigurationOnItsOwn() {
        FusekiServer fuseki = FusekiServer.create()
                .port(0)
                .loopback(true)
                .parseConfigFile(Fixtures.projectRoot()
                        .resolve("fuseki-config/msckg-mem.ttl")
                        .toString())
                .build();
        try {
            fuseki.start();
            assertTrue(fuseki.getDataAccessPointRegistry().isRegistered("/sparql"));
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void aConfigurationThatAllowsUpdateIsRefused() {
        var e = assertThrows(
                ServiceConfig.ConfigException.class,
                () -> ServiceConfig.read(Fixtures.fixture("fuseki/broken-allows-update.ttl")));
        assertTrue(e.getMessage().startsWith("MSCKG-CFG-002"), e.getMessage());
        assertTrue(e.getMessage().contains("broken-allows-update.ttl"), e.getMessage());
    }
}
