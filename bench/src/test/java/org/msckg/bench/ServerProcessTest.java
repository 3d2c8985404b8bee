package org.msckg.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A started server's output is watched for the line that says it is ready for measuring. */
class ServerProcessTest {
    @TempDir
    Path work;

    @Test
    void aLineTheServerPrintsIsAwaitedAndOneItNeverPrintsIsNot() {
        try (ServerProcess p = ServerProcess.start(
                "printer",
                List.of("sh", "-c", "sleep 0.3; echo '  answering from TDB2: the dataset has more quads'; sleep 30"),
                work,
                work.resolve("printer.log"))) {
            assertTrue(
                    p.awaitOutput(Pattern.compile("answering from (an in-memory copy|TDB2)"), Duration.ofSeconds(20)));
            assertFalse(p.awaitOutput(Pattern.compile("never printed"), Duration.ofMillis(300)));
        }
    }

    @Test
    void aServerThatStopsEndsTheWait() {
        try (ServerProcess p =
                ServerProcess.start("quitter", List.of("sh", "-c", "exit 3"), work, work.resolve("q.log"))) {
            assertFalse(p.awaitOutput(Pattern.compile("anything"), Duration.ofSeconds(20)));
        }
    }
}
