package org.msckg;

import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServiceConfig;

/** The application over the real graph, on a free loopback port, configured by the in-memory twin. */
public final class TestServer {
    private TestServer() {}

    public static MsckgServer start() {
        return Application.start(
                BuiltGraph.dataset(),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg-mem.ttl")),
                Fixtures.projectRoot().resolve("queries"),
                "127.0.0.1",
                0);
    }
}
