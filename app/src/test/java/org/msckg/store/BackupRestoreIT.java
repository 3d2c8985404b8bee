package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;

/**
 * The backup and restore commands of docs/operations.md, run as written: the archive holds the link
 * and the dataset it names, and a data folder restored from it has the same current build.
 */
class BackupRestoreIT {
    private static final Pattern BLOCK = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path server;

    @TempDir
    Path elsewhere;

    /** The shell blocks of the section "Backup and restore". */
    private static List<String> blocks() throws IOException {
        String doc = Files.readString(Fixtures.projectRoot().resolve("docs/operations.md"));
        int start = doc.indexOf("## Backup and restore");
        String section = doc.substring(start, doc.indexOf("\n## ", start + 1));
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(section);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static void sh(Path dir, String script) throws Exception {
        Process p = new ProcessBuilder("sh", "-eu", "-c", script)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), script);
        assertEquals(0, p.exitValue(), script + "\n" + output);
    }

    @Test
    void aBackupOfTheServedDatasetRestoresToTheSameCurrentBuild() throws Exception {
        DatasetStore store = new DatasetStore(server.resolve("data"));
        store.publish(BuiltGraph.result().graphs());
        String stamp = store.current().orElseThrow().getFileName().toString();
        List<String> blocks = blocks();
        assertEquals(2, blocks.size(), "a backup block and a restore block");

        sh(server, blocks.get(0));
        Path archive = server.resolve("msckg-" + stamp + ".tar.gz");
        assertTrue(Files.isRegularFile(archive), "the backup is named after the dataset's folder");

        Files.copy(archive, elsewhere.resolve("msckg-20261124-141237-512.tar.gz"));
        // The last line of the restore block starts a server; the restored store is opened here instead.
        String restore =
                blocks.get(1).lines().filter(l -> !l.startsWith("./msckg")).reduce("", (a, b) -> a + b + "\n");
        sh(elsewhere, restore);
        DatasetStore restored = new DatasetStore(elsewhere.resolve("data"));
        assertEquals(stamp, restored.current().orElseThrow().getFileName().toString());
        assertEquals(
                BuiltGraph.result().checksum(), restored.record().orElseThrow().sourceChecksum());
        try (Stream<Path> builds = Files.list(elsewhere.resolve("data/builds"))) {
            assertEquals(1, builds.count(), "only the served dataset is in the backup");
        }
    }
}
