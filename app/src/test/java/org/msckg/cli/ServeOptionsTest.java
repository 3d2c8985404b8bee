package org.msckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.server.limits.Limits;
import picocli.CommandLine.ParameterException;

class ServeOptionsTest {
    @TempDir
    Path dir;

    private static ServeOptions parse(String... args) {
        ServeCommand serve = new ServeCommand();
        CommandLines.of(serve).parseArgs(args);
        return serve.serveOptions;
    }

    @Test
    void limitsDefaultAndFollowTheirOptions() {
        assertEquals(Limits.DEFAULTS, parse().limits());
        Limits set = parse(
                        "--query-timeout",
                        "5",
                        "--max-rows",
                        "10",
                        "--max-concurrent-queries",
                        "3",
                        "--max-body-bytes",
                        "2048",
                        "--max-query-string",
                        "512",
                        "--max-concurrent-sparql",
                        "2",
                        "--max-waiting",
                        "7",
                        "--slot-wait",
                        "3",
                        "--max-string-chars",
                        "1000")
                .limits();
        assertEquals(new Limits(Duration.ofSeconds(5), 2048, 512, 10, 3, 2, 7, Duration.ofSeconds(3), 1000), set);
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        var e = assertThrows(
                ParameterException.class, () -> parse("--query-timeout", "0").limits());
        assertTrue(e.getMessage().contains("timeout"), e.getMessage());
    }

    @Test
    void thePasswordIsTheFirstLineOfItsFileAndMustBeLongEnough() throws Exception {
        Path file = Files.writeString(dir.resolve("password"), "correct horse battery\nignored\n");
        var password = parse("--admin-password-file", file.toString()).adminPassword();
        assertTrue(password.orElseThrow().matches("admin", "correct horse battery"));
        Path shortOne = Files.writeString(dir.resolve("short"), "secret\n");
        var e = assertThrows(
                ParameterException.class,
                () -> parse("--admin-password-file", shortOne.toString()).adminPassword());
        assertTrue(e.getMessage().startsWith("MSCKG-ADM-002"), e.getMessage());
        assertThrows(
                ParameterException.class,
                () -> parse("--admin-password-file", dir.resolve("missing").toString())
                        .adminPassword());
    }
}
