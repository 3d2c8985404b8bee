package org.msckg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A running SPARQL server under test: its name, its query endpoint and its process. */
public record Engine(String name, String version, URI queryEndpoint, ServerProcess process) implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** GET of a query with the standard SPARQL protocol, JSON results asked for. */
    public HttpRequest request(String sparql) {
        return HttpRequest.newBuilder(URI.create(queryEndpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(TIMEOUT).build();
    }

    @Override
    public void close() {
        process.close();
    }
}
