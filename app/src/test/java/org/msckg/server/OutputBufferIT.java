package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.Test;
import org.msckg.TestServer;

/**
 * The regression guard for apache/jena#4084: Fuseki 5.6.0 left as shipped gives every response a
 * 5 MB output buffer (328 answers/s instead of thousands); msckg's connectors must use 32 KiB.
 */
class OutputBufferIT {
    @Test
    void everyConnectorOfTheServerUsesTheSmallOutputBuffer() {
        try (MsckgServer server = TestServer.start()) {
            var connectors = server.jetty().getConnectors();
            assertFalse(connectors.length == 0);
            for (var c : connectors) {
                assertEquals(
                        32 * 1024,
                        c.getConnectionFactory(HttpConnectionFactory.class)
                                .getHttpConfiguration()
                                .getOutputBufferSize());
            }
        }
    }
}
