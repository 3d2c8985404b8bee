package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase0;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServedDataset;
import org.msckg.server.ServiceConfig;
import org.msckg.server.TestClient;

/**
 * A query that fails again after its deadline, as ARQ's hash join does when it is closed after a
 * cancel (NullPointerException, seen at x1000), is a timeout: 503, not 500. A function stands in for
 * the join: it outlasts the deadline, then throws what the join threw.
 */
class DeadlineFailureIT {
    private static final String FAILS_LATE = "urn:msckg:test:fails-after-the-deadline";
    private static final String FAILS_AT_ONCE = "urn:msckg:test:fails-at-once";
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private static MsckgServer server;
    private static TestClient client;

    public static final class FailsLate extends FunctionBase0 {
        @Override
        public NodeValue exec() {
            try {
                Thread.sleep(TIMEOUT.toMillis() + 500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new NullPointerException(
                    "Cannot invoke \"MultiHashProbeTable.clear()\" because \"this.hashTable\" is null");
        }
    }

    public static final class FailsAtOnce extends FunctionBase0 {
        @Override
        public NodeValue exec() {
            throw new NullPointerException("a failure of the engine, not of time");
        }
    }

    @BeforeAll
    static void start() {
        FunctionRegistry.get().put(FAILS_LATE, FailsLate.class);
        FunctionRegistry.get().put(FAILS_AT_ONCE, FailsAtOnce.class);
        server = Application.start(
                new ServedDataset(BuiltGraph.dataset()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg.ttl")),
                Fixtures.fixture("queries"),
                Application.Options.loopback(0).with(Limits.DEFAULTS.withQueryTimeout(TIMEOUT)));
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        FunctionRegistry.get().remove(FAILS_LATE);
        FunctionRegistry.get().remove(FAILS_AT_ONCE);
    }

    @Test
    void aQueryThatFailsAfterItsDeadlineIsATimeout() {
        var r = client.get(
                TestClient.sparql("SELECT (<" + FAILS_LATE + ">() AS ?x) WHERE {}"), "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("MSCKG-LIM-005"), r.body());
    }

    @Test
    void theSameFailureBeforeTheDeadlineIsStillAnInternalError() {
        var r = client.get(
                TestClient.sparql("SELECT (<" + FAILS_AT_ONCE + ">() AS ?x) WHERE {}"),
                "application/sparql-results+json");
        assertEquals(500, r.statusCode(), r.body());
        assertFalse(r.body().contains("MSCKG-LIM-005"), r.body());
    }
}
