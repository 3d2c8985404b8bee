package org.msckg.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.msckg.server.limits.Limits;
import org.msckg.web.ApiException;

/**
 * What a {@code serve --store} server reads from its copy of the store's graphs (the pages and
 * explanations), made on a thread of its own: the server answers health and named queries from the
 * store at once, instead of after a copy that at x1000 (28 million triples) took longer than three
 * minutes. Until the copy is in, what reads it is answered 503 {@code MSCKG-STO-005} with
 * Retry-After; a copy that failed is answered 502 {@code MSCKG-STO-006} with the store's error.
 */
final class StoreCopy<T> {
    private final CompletableFuture<T> copy;

    private StoreCopy(CompletableFuture<T> copy) {
        this.copy = copy;
    }

    static <T> StoreCopy<T> start(Supplier<T> take, Consumer<String> log) {
        CompletableFuture<T> copy = new CompletableFuture<>();
        Thread copier = new Thread(
                () -> {
                    try {
                        copy.complete(take.get());
                        log.accept("  pages and explanations answer from the copy of the store now");
                    } catch (RuntimeException | Error e) {
                        copy.completeExceptionally(e);
                        log.accept("  the copy of the store for pages and explanations failed: " + e.getMessage());
                    }
                },
                "store-copy");
        copier.setDaemon(true);
        copier.start();
        return new StoreCopy<>(copy);
    }

    T get() {
        if (!copy.isDone()) {
            throw new ApiException(
                    503,
                    "MSCKG-STO-005 the server is still copying the store's graphs, which pages and explanations"
                            + " read; named queries and /health answer from the store meanwhile",
                    Limits.RETRY_AFTER_SECONDS);
        }
        try {
            return copy.join();
        } catch (CompletionException e) {
            throw new ApiException(
                    502,
                    "MSCKG-STO-006 the copy of the store's graphs, which pages and explanations read, failed: "
                            + e.getCause().getMessage());
        }
    }
}
