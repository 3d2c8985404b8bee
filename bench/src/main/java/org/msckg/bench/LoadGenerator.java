package org.msckg.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop clients: each sends the next request of the mix as soon as its last answer is read,
 * for a fixed time, and records the latency of every answer. Answers other than 2xx and 304 count as errors,
 * not as answers: neither in the answers per second nor in the latencies (a refusal is fast).
 */
public final class LoadGenerator {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Throughput in answers per second; latencies in milliseconds. */
    public record Result(
            int clients, long answers, long errors, double perSecond, double p50, double p95, double p99) {}

    public Result run(List<HttpRequest> mix, int clients, Duration duration) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            long[] errors = new long[clients];
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        HttpRequest request = mix.get(Math.floorMod(next.getAndIncrement(), mix.size()));
                        long t0 = System.nanoTime();
                        if (!answered(request)) {
                            errors[client]++;
                            continue;
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - t0;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(
                    clients,
                    merged.length,
                    Arrays.stream(errors).sum(),
                    merged.length / seconds,
                    percentile(merged, 0.50),
                    percentile(merged, 0.95),
                    percentile(merged, 0.99));
        } catch (Exception e) {
            throw new IllegalStateException("the load run failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One request, its answer read to the end: the status code, or -1 when the connection failed. */
    public int status(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public HttpResponse<String> fetch(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private boolean answered(HttpRequest request) {
        int s = status(request);
        return s / 100 == 2 || s == 304;
    }

    private static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, i)] / 1e6;
    }
}
