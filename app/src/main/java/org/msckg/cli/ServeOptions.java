package org.msckg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.msckg.server.admin.AdminPassword;
import org.msckg.server.limits.Limits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The limits and the admin password of {@code msckg serve}, from its options and environment (docs/operations.md). */
final class ServeOptions {
    static final String PASSWORD_VARIABLE = "MSCKG_ADMIN_PASSWORD";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(
            names = "--query-timeout",
            paramLabel = "S",
            description = "stop a query after S seconds (default ${DEFAULT-VALUE})")
    private long queryTimeoutSeconds = Limits.DEFAULTS.queryTimeout().toSeconds();

    @Option(
            names = "--max-rows",
            paramLabel = "N",
            description = "rows per page or API answer; /sparql returns all (default ${DEFAULT-VALUE})")
    private int maxRows = Limits.DEFAULTS.maxRows();

    @Option(
            names = "--max-concurrent-queries",
            paramLabel = "N",
            description = "page and API requests at once; more get 503 + Retry-After (default ${DEFAULT-VALUE})")
    private int maxConcurrentQueries = Limits.DEFAULTS.maxConcurrentQueries();

    @Option(
            names = "--max-concurrent-sparql",
            paramLabel = "N",
            description = "/sparql queries at once, counted apart from pages and API (default: 2 per core, at least 4;"
                    + " here ${DEFAULT-VALUE})")
    private int maxConcurrentSparql = Limits.DEFAULTS.maxConcurrentSparql();

    @Option(
            names = "--max-waiting",
            paramLabel = "N",
            description = "requests of each kind (pages and API, /sparql) that wait for a slot when all are taken;"
                    + " more get 503 + Retry-After (default ${DEFAULT-VALUE})")
    private int maxWaiting = Limits.DEFAULTS.maxWaiting();

    @Option(
            names = "--slot-wait",
            paramLabel = "S",
            description = "seconds a waiting request waits for a slot before its 503 (default ${DEFAULT-VALUE})")
    private long slotWaitSeconds = Limits.DEFAULTS.slotWait().toSeconds();

    @Option(
            names = "--max-string-chars",
            paramLabel = "N",
            description = "characters of long strings one query may build (default ${DEFAULT-VALUE})")
    private long maxStringChars = Limits.DEFAULTS.maxStringChars();

    @Option(
            names = "--max-body-bytes",
            paramLabel = "N",
            description = "largest request body (default ${DEFAULT-VALUE})")
    private long maxBodyBytes = Limits.DEFAULTS.maxBodyBytes();

    @Option(
            names = "--max-query-string",
            paramLabel = "N",
            description = "longest query string, in characters (default ${DEFAULT-VALUE})")
    private int maxQueryString = Limits.DEFAULTS.maxQueryStringChars();

    @Option(
            names = "--admin-password-file",
            paramLabel = "FILE",
            description = "turn on /admin (HTTP Basic, user admin) with the first line of FILE as password; "
                    + "or set " + PASSWORD_VARIABLE)
    private Path adminPasswordFile;

    Limits limits() {
        try {
            return new Limits(
                    Duration.ofSeconds(queryTimeoutSeconds),
                    maxBodyBytes,
                    maxQueryString,
                    maxRows,
                    maxConcurrentQueries,
                    maxConcurrentSparql,
                    maxWaiting,
                    Duration.ofSeconds(slotWaitSeconds),
                    maxStringChars);
        } catch (IllegalArgumentException e) {
            throw CommandLines.usageError(spec, e.getMessage());
        }
    }

    /** The password from --admin-password-file (its first line) or MSCKG_ADMIN_PASSWORD; none, no admin mode. */
    Optional<AdminPassword> adminPassword() {
        String password;
        if (adminPasswordFile != null) {
            try {
                password = Files.readAllLines(adminPasswordFile, StandardCharsets.UTF_8).stream()
                        .findFirst()
                        .orElse("");
            } catch (IOException e) {
                throw CommandLines.usageError(
                        spec, "cannot read the admin password file " + adminPasswordFile + ": " + e.getMessage());
            }
        } else {
            password = System.getenv(PASSWORD_VARIABLE);
        }
        if (password == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AdminPassword(password));
        } catch (IllegalArgumentException e) {
            throw CommandLines.usageError(spec, e.getMessage());
        }
    }
}
