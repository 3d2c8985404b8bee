package org.msckg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.msckg.server.admin.AdminPassword;
import org.msckg.server.limits.Limits;

/** The limits and the admin password of {@code msckg serve}, from its options and environment. */
final class ServeOptions {
    static final String PASSWORD_VARIABLE = "MSCKG_ADMIN_PASSWORD";

    private ServeOptions() {}

    static Limits limits(CommandLine cl) {
        Limits d = Limits.DEFAULTS;
        try {
            return new Limits(
                    Duration.ofSeconds(
                            cl.intOption("query-timeout", (int) d.queryTimeout().toSeconds())),
                    cl.intOption("max-body-bytes", (int) d.maxBodyBytes()),
                    cl.intOption("max-query-string", d.maxQueryStringChars()),
                    cl.intOption("max-rows", d.maxRows()),
                    cl.intOption("max-concurrent-queries", d.maxConcurrentQueries()),
                    cl.intOption("max-concurrent-sparql", d.maxConcurrentSparql()),
                    cl.intOption("max-string-chars", (int) d.maxStringChars()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The password from --admin-password-file (its first line) or MSCKG_ADMIN_PASSWORD; none, no admin mode. */
    static Optional<AdminPassword> adminPassword(CommandLine cl) {
        String file = cl.option("admin-password-file", null);
        String password;
        if (file != null) {
            try {
                password = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                        .findFirst()
                        .orElse("");
            } catch (IOException e) {
                throw new UsageException("cannot read the admin password file " + file + ": " + e.getMessage());
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
            throw new UsageException(e.getMessage());
        }
    }
}
