package org.msckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;

/**
 * A {@code serve} of the product jar started as the launcher starts it without an archive writes the
 * class-data archive once its server has started, and the JVM maps that archive at the next start.
 */
class ClassDataArchiveIT {
    private static final Path JAR = Fixtures.projectRoot().resolve("app/target/msckg.jar");

    @TempDir
    Path dir;

    @Test
    void aStartedServerRecordsAnArchiveThatTheNextStartMaps() throws Exception {
        Process build =
                java(List.of(), "build", "--project", Fixtures.projectRoot().toString(), "--data", data().toString());
        assertTrue(build.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, build.exitValue(), outputs());
        Process serve = recordingServe();
        try {
            awaitUntil(serve, () -> Files.exists(archive()));
            assertTrue(Files.exists(archive()), "no archive written; serve said: " + outputs());
            assertTrue(serve.isAlive(), "the server goes on serving after recording");
        } finally {
            stop(serve);
        }
        assertTrue(Files.size(archive()) > 1_000_000, "an archive of the server's classes");
        Process mapped = java(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive()), "help");
        assertTrue(mapped.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, mapped.exitValue(), outputs());
    }

    @Test
    void aStartThatBuildsTheDatasetRecordsNothing() throws Exception {
        Process serve = recordingServe();
        try {
            awaitUntil(serve, () -> outputs().contains("answering from"));
            // a recording follows the server's first answer by a second or two
            Thread.sleep(5_000);
            assertTrue(serve.isAlive(), outputs());
            assertFalse(Files.exists(archive()), "recorded by the start that built");
        } finally {
            stop(serve);
        }
        assertFalse(outputs().contains("fatal error"), outputs());
    }

    /** {@code serve} as the launcher starts it when there is no current archive. */
    private Process recordingServe() throws IOException {
        return java(
                List.of("-XX:+RecordDynamicDumpInfo", "-D" + ClassDataArchive.PROPERTY + "=" + archive()),
                "serve",
                "--project",
                Fixtures.projectRoot().toString(),
                "--data",
                data().toString(),
                "--port",
                String.valueOf(freePort()));
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    private static void awaitUntil(Process serve, Condition done) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!done.holds() && serve.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private static void stop(Process serve) throws InterruptedException {
        serve.destroy();
        serve.waitFor(30, TimeUnit.SECONDS);
    }

    private Path archive() {
        return dir.resolve("msckg.jsa");
    }

    private Path data() {
        return dir.resolve("data");
    }

    private Process java(List<String> vmOptions, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(vmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        dir.resolve("output-" + System.nanoTime() + ".txt").toFile())
                .start();
    }

    private String outputs() throws IOException {
        try (var files = Files.list(dir)) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("output-"))
                    .toList()) {
                all.append(Files.readString(f));
            }
            return all.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
