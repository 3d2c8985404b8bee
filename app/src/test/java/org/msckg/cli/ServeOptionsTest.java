package org.msckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.server.limits.Limits;
import picocli.CommandLine.Model.OptionSpec;
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

    /** A row of docs/operations.md's option tables: the option, then its default. */
    private static final Pattern DOCUMENTED =
            Pattern.compile("^\\| `(--[a-z-]+)(?: [A-Z]+)?` \\| ([^|]+) \\|", Pattern.MULTILINE);

    @Test
    void everyOptionTheOperationsDocTabulatesIsAServeOptionWithTheDocumentedDefault() throws Exception {
        var spec = CommandLines.of(new ServeCommand()).getCommandSpec();
        Matcher row = DOCUMENTED.matcher(Files.readString(Fixtures.projectRoot().resolve("docs/operations.md")));
        int rows = 0;
        while (row.find()) {
            OptionSpec option = spec.findOption(row.group(1));
            assertNotNull(option, row.group(1) + " is in docs/operations.md but not an option of serve");
            String documented = row.group(2).trim();
            if (documented.matches("[0-9]+")) {
                assertEquals(documented, String.valueOf(option.initialValue()), row.group(1) + "'s default");
            }
            rows++;
        }
        assertTrue(rows >= 12, "docs/operations.md lost its option tables: " + rows + " rows");
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
