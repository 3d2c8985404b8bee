package org.msckg.server.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.msckg.query.status.GraphStatus;

/**
 * The server's Prometheus metrics: requests by route, method and status, their latency, queries
 * stopped at the timeout, requests the limits refused, and which build is served. Counted by
 * {@link RequestMetrics}; written in Prometheus's text format by its own client library.
 */
public final class ServerMetrics {
    /** Upper bounds of the latency buckets, in seconds: up to the default query timeout and beyond. */
    static final double[] LATENCY_BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

    private static final Map<Integer, String> REFUSALS = Map.of(
            405, "method", 411, "length_required", 413, "body_too_large", 414, "query_string_too_long", 503, "busy");

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Counter requests;
    private final Histogram latency;
    private final Counter timeouts;
    private final Counter refusals;

    /** @param status the served dataset's build record and graph sizes, read at each scrape */
    public ServerMetrics(Supplier<GraphStatus.Status> status) {
        requests = Counter.builder()
                .name("msckg_http_requests")
                .help("HTTP requests answered, by route (the matched route template), method and status")
                .labelNames("route", "method", "status")
                .register(registry);
        latency = Histogram.builder()
                .name("msckg_http_request_duration_seconds")
                .help("Time from a request's arrival to its answer, by route")
                .labelNames("route")
                .classicOnly()
                .classicUpperBounds(LATENCY_BUCKETS)
                .register(registry);
        timeouts = Counter.builder()
                .name("msckg_query_timeouts")
                .help("Queries stopped at --query-timeout (answered 503 without Retry-After), by route")
                .labelNames("route")
                .register(registry);
        refusals = Counter.builder()
                .name("msckg_limit_refusals")
                .help("Requests the limits refused before running them (405, 411, 413, 414; 503 busy), by reason")
                .labelNames("reason")
                .register(registry);
        GaugeWithCallback.builder()
                .name("msckg_dataset_info")
                .help("The served build: its source checksum (the dataset version) and build time; always 1")
                .labelNames("source_checksum", "built_at")
                .callback(cb -> {
                    GraphStatus.Status s = status.get();
                    cb.call(1, String.valueOf(s.sourceChecksum()), String.valueOf(s.builtAt()));
                })
                .register(registry);
        GaugeWithCallback.builder()
                .name("msckg_dataset_build_timestamp_seconds")
                .help("When the served build was made, in seconds since the epoch")
                .callback(cb -> {
                    String builtAt = status.get().builtAt();
                    if (builtAt != null) {
                        cb.call(Instant.parse(builtAt).getEpochSecond());
                    }
                })
                .register(registry);
        GaugeWithCallback.builder()
                .name("msckg_graph_triples")
                .help("Triples in each named graph of the served dataset")
                .labelNames("graph")
                .callback(cb -> status.get().triplesPerGraph().forEach((g, n) -> cb.call(n, g)))
                .register(registry);
    }

    /** Counts one answered request. */
    void record(String route, String method, int status, boolean retryAfter, double seconds) {
        requests.labelValues(route, method, Integer.toString(status)).inc();
        latency.labelValues(route).observe(seconds);
        if (status == 503 && !retryAfter) {
            timeouts.labelValues(route).inc();
        } else if (REFUSALS.containsKey(status) && (status != 503 || retryAfter)) {
            refusals.labelValues(REFUSALS.get(status)).inc();
        }
    }

    public String contentType() {
        return writer.getContentType();
    }

    public void write(OutputStream out) throws IOException {
        writer.write(out, registry.scrape());
    }
}
