package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.Main;
import org.msckg.ProjectCopy;
import org.msckg.StoredGraph;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServedDataset;
import org.msckg.server.ServiceConfig;
import org.msckg.server.TestClient;
import org.msckg.vocab.NamedGraphs;

/** `msckg build` killed with SIGKILL while it writes the new dataset: the old one stays current, opens and is served. */
class KilledBuildIT {
    @TempDir
    Path project;

    @TempDir
    Path data;

    @Test
    void aBuildKilledWhileWritingLeavesTheServedDatasetIntactAndTheNextStartServesIt() throws Exception {
        DatasetStore store = StoredGraph.publish(data);
        Path old = store.current().orElseThrow();
        ProjectCopy.into(project);

        Process build = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dmsckg.home=" + project,
                        Main.class.getName(),
                        "build",
                        "--data",
                        data.toString())
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.startsWith("[load TDB2] ...")) {
                    awaitSecondDataset();
                    build.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the build process ended");
        assertTrue(output.stream().anyMatch(l -> l.startsWith("[load TDB2] ...")), "killed while writing: " + output);
        assertTrue(
                output.stream().noneMatch(l -> l.startsWith("[load TDB2] done")),
                "killed before it finished: " + output);
        assertEquals(2, datasets(), "the half-written dataset lies beside the old one");

        DatasetStore restarted = new DatasetStore(data);
        assertEquals(old, restarted.current().orElseThrow());
        var dataset = restarted.openCurrent().orElseThrow();
        long asserted = Txn.calculateRead(
                dataset, () -> dataset.getGraph(NamedGraphs.ASSERTED.node()).size());
        assertEquals(BuiltGraph.result().triples(NamedGraphs.ASSERTED), asserted);
        try (MsckgServer server = Application.start(
                new ServedDataset(dataset),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg.ttl")),
                Fixtures.fixture("queries"),
                Application.Options.loopback(0))) {
            var health = new TestClient(server).get("/health");
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains(BuiltGraph.result().checksum()), health.body());
        }
    }

    /** The build has begun writing its dataset (however slowly the machine runs): kill it now. */
    private void awaitSecondDataset() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (datasets() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(100);
    }

    private long datasets() throws IOException {
        try (var builds = Files.list(data.resolve("builds"))) {
            return builds.count();
        }
    }
}
