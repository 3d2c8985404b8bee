package org.msckg.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.ProjectCopy;
import org.msckg.StoredGraph;
import org.msckg.build.ProjectLayout;
import org.msckg.build.SourceChecksum;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServedDataset;
import org.msckg.server.ServiceConfig;
import org.msckg.server.TestClient;
import org.msckg.store.DatasetStore;

/** Admin mode: off by default (no route), behind HTTP Basic when on; a rebuild switches only when it succeeds. */
class AdminIT {
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path project;

    @TempDir
    Path data;

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> admin(TestClient client, String method, String path) {
        return client.send(client.request(path)
                .header("Authorization", basic("admin", PASSWORD))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private static String awaitRebuild(TestClient client) throws InterruptedException {
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            String status = admin(client, "GET", "/admin/status").body();
            if (!status.contains("\"state\":\"building\"")) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the rebuild did not end");
    }

    @Test
    void withoutAPasswordThereIsNoAdminRoute() {
        try (MsckgServer server = Application.start(
                new ServedDataset(BuiltGraph.dataset()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg-mem.ttl")),
                Fixtures.fixture("queries"),
                Application.Options.loopback(0))) {
            TestClient client = new TestClient(server);
            assertEquals(404, admin(client, "GET", "/admin/status").statusCode());
            assertEquals(404, admin(client, "POST", "/admin/rebuild").statusCode());
            assertEquals(404, client.post("/admin/rebuild", "text/plain", "").statusCode());
        }
    }

    @Test
    void adminRoutesNeedTheUserAndPassword() {
        DatasetStore store = StoredGraph.publish(data);
        try (MsckgServer server = start(store)) {
            TestClient client = new TestClient(server);
            var anonymous = client.get("/admin/status");
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous
                    .headers()
                    .firstValue("WWW-Authenticate")
                    .orElse("")
                    .startsWith("Basic realm="));
            assertTrue(anonymous.body().contains("MSCKG-ADM-001"), anonymous.body());
            assertFalse(anonymous.body().contains("\"state\""), anonymous.body());
            for (String header :
                    new String[] {basic("admin", "wrong password!"), basic("root", PASSWORD), "Basic !!!", "Bearer x"
                    }) {
                var r = client.send(client.request("/admin/rebuild")
                        .header("Authorization", header)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
                assertEquals(401, r.statusCode(), header);
            }
            var status = admin(client, "GET", "/admin/status");
            assertEquals(200, status.statusCode());
            assertTrue(status.body().contains("\"state\":\"idle\""), status.body());
        }
    }

    @Test
    void aFailedRebuildKeepsTheServedDatasetAndASuccessfulOneSwitchesToTheNewBuild() throws Exception {
        DatasetStore store = StoredGraph.publish(data);
        ProjectCopy.into(project);
        Path table = project.resolve("ontology/claims/table1.tsv");
        String good = Files.readString(table, StandardCharsets.UTF_8);
        Files.writeString(table, good.replaceFirst("\tMSCKG:0000002\t", "\tMSCKG 0000002\t"), StandardCharsets.UTF_8);
        try (MsckgServer server = start(store)) {
            TestClient client = new TestClient(server);
            String oldChecksum = BuiltGraph.result().checksum();

            assertEquals(202, admin(client, "POST", "/admin/rebuild").statusCode());
            String failed = awaitRebuild(client);
            assertTrue(failed.contains("\"state\":\"failed\""), failed);
            assertTrue(failed.contains("\"error\":\"MSCKG-CUR-"), failed);
            assertTrue(failed.contains("table1.tsv"), failed);
            assertTrue(client.get("/health").body().contains(oldChecksum), "still serving the old dataset");

            Files.writeString(table, good + "# rebuilt by AdminIT\n", StandardCharsets.UTF_8);
            String newChecksum = SourceChecksum.of(new ProjectLayout(project)).value();
            assertEquals(202, admin(client, "POST", "/admin/rebuild").statusCode());
            var again = admin(client, "POST", "/admin/rebuild");
            assertEquals(409, again.statusCode(), again.body());
            assertTrue(again.body().contains("MSCKG-ADM-004"), again.body());
            String succeeded = awaitRebuild(client);
            assertTrue(succeeded.contains("\"state\":\"succeeded\""), succeeded);
            String health = client.get("/health").body();
            assertTrue(health.contains(newChecksum), health);
            assertFalse(health.contains(oldChecksum), health);
            var sparql = client.get(
                    TestClient.sparql("ASK { GRAPH ?g { ?b <https://w3id.org/msckg/schema/sourceChecksum> \""
                            + newChecksum + "\" } }"),
                    "application/sparql-results+json");
            assertTrue(sparql.body().contains("true"), "/sparql serves the new build: " + sparql.body());
            assertEquals(
                    store.current().orElseThrow().getFileName().toString(),
                    succeeded.replaceAll(".*\"servedFrom\":\"builds/([^\"]*)\".*", "$1"));
        }
    }

    private MsckgServer start(DatasetStore store) {
        Application.Options options = Application.Options.loopback(0)
                .with(new Application.AdminMode(new AdminPassword(PASSWORD), new ProjectLayout(project), store));
        return Application.start(
                new ServedDataset(store.openCurrent().orElseThrow()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg.ttl")),
                Fixtures.fixture("queries"),
                options);
    }

    /** What the server logs while {@code requests} run, read from standard error (slf4j-simple writes there). */
    private static String logOf(Runnable requests) {
        java.io.PrintStream err = System.err;
        var captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            requests.run();
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> withHeader(
            TestClient client, String method, String path, String name, String value) {
        return client.send(client.request(path)
                .header(name, value)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    @Test
    void everyMalformedAuthorizationHeaderGetsA401WithoutAStackTrace() {
        DatasetStore store = StoredGraph.publish(data);
        try (MsckgServer server = start(store)) {
            TestClient client = new TestClient(server);
            String[] malformed = {
                "Basic YWRtaW4=",
                "Basic " + Base64.getEncoder().encodeToString("admin".getBytes(StandardCharsets.UTF_8)),
                "Basic",
                "Basic ====",
                "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, ':', 'x'}),
                "Digest username=\"admin\"",
                "basic"
            };
            String log = logOf(() -> {
                for (String header : malformed) {
                    var r = withHeader(client, "GET", "/admin/status", "Authorization", header);
                    assertEquals(401, r.statusCode(), header);
                    assertTrue(r.body().contains("MSCKG-ADM-001"), r.body());
                    assertFalse(r.body().contains("Exception"), r.body());
                }
            });
            assertFalse(log.contains("\tat "), "no stack trace in the log: " + log);
            assertFalse(log.contains("MSCKG-SRV-001"), log);
        }
    }

    @Test
    void theSchemeIsCaseInsensitiveAndThePasswordIsTrimmed() {
        DatasetStore store = StoredGraph.publish(data);
        try (MsckgServer server = start(store)) {
            TestClient client = new TestClient(server);
            String credentials =
                    Base64.getEncoder().encodeToString(("admin: " + PASSWORD + " ").getBytes(StandardCharsets.UTF_8));
            for (String scheme : new String[] {"basic", "BASIC", "Basic"}) {
                var r = withHeader(client, "GET", "/admin/status", "Authorization", scheme + " " + credentials);
                assertEquals(200, r.statusCode(), scheme + ": " + r.body());
            }
        }
    }

    @Test
    void failedLoginsAreLoggedWithoutThePasswordAndThrottled() {
        DatasetStore store = StoredGraph.publish(data);
        try (MsckgServer server = start(store)) {
            TestClient client = new TestClient(server);
            String log = logOf(() -> {
                for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                    var r = withHeader(
                            client, "GET", "/admin/status", "Authorization", basic("admin", "guess-number-" + i));
                    assertEquals(401, r.statusCode(), r.body());
                }
            });
            assertTrue(log.contains("failed admin login from"), log);
            assertTrue(log.contains("user 'admin'"), log);
            assertFalse(log.contains("guess-number"), "the password is never logged: " + log);
            var throttled = admin(client, "GET", "/admin/status");
            assertEquals(429, throttled.statusCode(), "even the right password waits: " + throttled.body());
            assertTrue(throttled.body().contains("MSCKG-ADM-005"), throttled.body());
            assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
        }
    }

    @Test
    void aRebuildPostedFromAnotherSitesPageIsRefused() {
        DatasetStore store = StoredGraph.publish(data);
        try (MsckgServer server = start(store)) {
            TestClient client = new TestClient(server);
            for (String[] header : new String[][] {
                {"Origin", "http://evil.example"},
                {"Referer", "http://evil.example/page.html"},
                {"Sec-Fetch-Site", "cross-site"},
                {"Origin", "null"}
            }) {
                var r = client.send(client.request("/admin/rebuild")
                        .header("Authorization", basic("admin", PASSWORD))
                        .header(header[0], header[1])
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                        .build());
                assertEquals(403, r.statusCode(), header[0] + ": " + r.body());
                assertTrue(r.body().contains("MSCKG-ADM-006"), r.body());
            }
            var status = admin(client, "GET", "/admin/status");
            assertTrue(status.body().contains("\"state\":\"idle\""), "no rebuild started: " + status.body());
            var foreignGet = withHeader(client, "GET", "/admin/status", "Origin", "http://evil.example");
            assertEquals(401, foreignGet.statusCode(), "a GET changes nothing and is only authenticated");
        }
    }
}
