package org.msckg.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import java.util.function.Supplier;
import org.msckg.bench.VirtuosoServer;

/**
 * The Virtuoso of the remote-store tests, taking Graph Store writes: started when it is installed,
 * a failure when it is not and {@code MSCKG_REQUIRE_VIRTUOSO} is set ({@code .ci/run}), else absent
 * and its cases skipped.
 */
final class WritableVirtuoso {
    private WritableVirtuoso() {}

    static Optional<VirtuosoServer> start(Supplier<VirtuosoServer> starter) {
        if (!VirtuosoServer.installed()) {
            if (System.getenv("MSCKG_REQUIRE_VIRTUOSO") != null) {
                fail("MSCKG_REQUIRE_VIRTUOSO is set but virtuoso-t or isql-vt is not on the PATH");
            }
            return Optional.empty();
        }
        VirtuosoServer virtuoso = starter.get();
        virtuoso.allowAnonymousGraphStoreWrites();
        return Optional.of(virtuoso);
    }
}
