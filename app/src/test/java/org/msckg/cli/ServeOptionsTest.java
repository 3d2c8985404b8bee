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

class ServeOptionsTest {
    @TempDir
    Path dir;

    @Test
    void limitsDefaultAndFollowTheirOptions() {
        assertEquals(Limits.DEFAULTS, ServeOptions.limits(CommandLine.parse(new String[] {})));
        Limits set = ServeOptions.limits(CommandLine.parse(new String[] {
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
            "--max-string-chars",
            "1000"
        }));
        assertEquals(new Limits(Duration.ofSeconds(5), 2048, 512, 10, 3, 2, 1000), set);
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        var e = assertThrows(
                UsageException.class,
                () -> ServeOptions.limits(CommandLine.parse(new String[] {"--query-timeout", "0"})));
        assertTrue(e.getMessage().contains("timeout"), e.getMessage());
    }

    @Test
    void thePasswordIsTheFirstLineOfItsFileAndMustBeLongEnough() throws Exception {
        Path file = Files.writeString(dir.resolve("password"), "correct horse battery\nignored\n");
        var password =
                ServeOptions.adminPassword(CommandLine.parse(new String[] {"--admin-password-file", file.toString()}));
        assertTrue(password.orElseThrow().matches("admin", "correct horse battery"));
        Path shortOne = Files.writeString(dir.resolve("short"), "secret\n");
        var e = assertThrows(
                UsageException.class,
                () -> ServeOptions.adminPassword(
                        CommandLine.parse(new String[] {"--admin-password-file", shortOne.toString()})));
        assertTrue(e.getMessage().startsWith("MSCKG-ADM-002"), e.getMessage());
        assertThrows(
                UsageException.class,
                () -> ServeOptions.adminPassword(CommandLine.parse(new String[] {
                    "--admin-password-file", dir.resolve("missing").toString()
                })));
    }
}
