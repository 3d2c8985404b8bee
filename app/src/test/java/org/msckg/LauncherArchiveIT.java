package org.msckg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive for {@code serve} (docs/operations.md): a start without a current
 * archive asks its server to record one, a start with one maps it. Run on a copy of the launcher in a
 * folder of its own, with a {@code java} on the PATH that only writes down its arguments.
 */
class LauncherArchiveIT {
    @TempDir
    Path home;

    private Path jar;
    private Path archive;
    private Path arguments;

    @BeforeEach
    void launcherWithAFakeJava() throws IOException {
        Files.copy(Fixtures.projectRoot().resolve("msckg"), home.resolve("msckg"));
        jar = Files.createDirectories(home.resolve("app/target")).resolve("msckg.jar");
        archive = home.resolve("app/target/msckg.jsa");
        arguments = home.resolve("arguments");
        Files.createDirectories(home.resolve("app/src/main"));
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("pom.xml"), "");
        Files.writeString(home.resolve("app/pom.xml"), "");
        Files.writeString(jar, "");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\" > " + arguments + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        at(home.resolve("pom.xml"), 0);
        at(home.resolve("app/pom.xml"), 0);
        at(home.resolve("app/src/main"), 0);
        at(home.resolve("app"), 0);
        at(jar, 10);
    }

    @Test
    void aStartWithoutArchiveAsksTheServerToRecordOne() throws Exception {
        String args = serve();
        assertTrue(args.contains("-XX:+RecordDynamicDumpInfo"), args);
        assertTrue(args.contains("-Dmsckg.cds.record=" + archive), args);
        assertFalse(args.contains("SharedArchiveFile"), args);
    }

    @Test
    void anArchiveNewerThanTheJarIsMapped() throws Exception {
        Files.writeString(archive, "recorded");
        at(archive, 20);
        String args = serve();
        assertTrue(args.contains("-XX:SharedArchiveFile=" + archive), args);
        assertFalse(args.contains("RecordDynamicDumpInfo"), args);
    }

    @Test
    void aNewJarIsRecordedAgain() throws Exception {
        Files.writeString(archive, "old");
        at(archive, 20);
        at(jar, 30);
        String args = serve();
        assertTrue(args.contains("-Dmsckg.cds.record=" + archive), args);
        assertFalse(Files.exists(archive), "the archive of the old jar is removed");
    }

    @Test
    void otherCommandsRunWithoutTheArchive() throws Exception {
        Files.writeString(archive, "");
        at(archive, 20);
        String args = run("build");
        assertFalse(args.contains("SharedArchiveFile") || args.contains("RecordDynamicDumpInfo"), args);
    }

    @Test
    void everyCommandAsksForTransparentHugePagesWhereTheKernelGivesThemOnRequest() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean offered =
                Files.isReadable(setting) && Files.readString(setting).matches("(?s).*\\[(always|madvise)\\].*");
        for (String command : List.of("build", "serve")) {
            assertEquals(offered, run(command).contains("-XX:+UseTransparentHugePages"), command);
        }
    }

    @Test
    void everyCommandMayUseMostOfTheMemoryUnlessTheOperatorSetsTheHeap() throws Exception {
        for (String command : List.of("build", "serve")) {
            assertTrue(run(command).contains("-XX:MaxRAMPercentage=60"), command);
        }
        for (String heap : List.of("-Xmx2g", "-XX:MaxRAMPercentage=30", "-XX:MaxHeapSize=3g")) {
            String args = run("build", Map.of("MSCKG_JAVA_OPTS", "-Dx=1 " + heap));
            assertFalse(args.contains("MaxRAMPercentage=60"), args);
            assertTrue(args.contains(heap), args);
        }
        assertTrue(run("build", Map.of("MSCKG_JAVA_OPTS", "-Dxmx=1")).contains("-XX:MaxRAMPercentage=60"));
    }

    private String serve() throws Exception {
        return run("serve");
    }

    private String run(String command) throws Exception {
        return run(command, Map.of());
    }

    private String run(String command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(List.of("sh", home.resolve("msckg").toString(), command)).redirectErrorStream(true);
        builder.environment().put("PATH", home.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().putAll(environment);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
        return Files.readString(arguments);
    }

    private static void at(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(
                file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seconds)));
    }
}
