package org.msckg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;

/**
 * The regression guard for apache/jena#4084: Fuseki 5.6.0 left as shipped gives every response a
 * 5 MB output buffer (328 answers/s instead of thousands); msckg's connectors must use 32 KiB.
 */
class OutputBufferIT {
    @Test
    void everyConnectorOfTheServerUsesTheSmallOutputBuffer() {
        try (MsckgServer server = Application.start(BuiltGraph.dataset(),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg-mem.ttl")),
                Fixtures.projectRoot().resolve("queries"), "127.0.0.1", 0)) {
            var connectors = server.jetty().getConnectors();
            assertFalse(connectors.length == 0);
            for (var c : connectors) {
                assertEquals(32 * 1024, c.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().getOutputBufferSize());
            }
        }
    }
}
