package org.msckg.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one benchmark run measured, for {@link BenchmarkMarkdown} to write down. */
public record BenchmarkReport(
        Machine machine,
        String command,
        BuildProcess.Timing coldBuild,
        List<Long> warmStartMillis,
        List<EngineResult> engines,
        List<ApiComparison> api,
        List<CacheComparison> caching,
        Optional<LoadGenerator.Result> explain,
        List<ScalePoint> scale,
        List<String> notes) {

    /** The median of the warm starts, the figure the target is about. */
    public long warmStartMedian() {
        List<Long> sorted = warmStartMillis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    public record Machine(int processors, long memoryMiB, String os, String java, double loadAverage) {}

    /** One engine: its load figures at 1, 4, 16 clients, its memory after them, and how its answers compared. */
    public record EngineResult(
            String name,
            String version,
            List<LoadGenerator.Result> byClients,
            Optional<Long> residentMiB,
            Optional<Long> loadMillis,
            String answers) {
        public Optional<LoadGenerator.Result> at(int clients) {
            return byClients.stream().filter(r -> r.clients() == clients).findFirst();
        }
    }

    /** The same named query over the JSON API and over /sparql of the same msckg server. */
    public record ApiComparison(String query, LoadGenerator.Result sparql, LoadGenerator.Result api) {}

    /** A request mix measured in two ways: plain, and using what a read-only graph allows. */
    public record CacheComparison(String what, LoadGenerator.Result plain, LoadGenerator.Result improved) {}

    /** One synthetic size: its cold build and the latency of each named query at one client. */
    public record ScalePoint(int factor, int claimRows, BuildProcess.Timing build, Map<String, Double> queryP50) {}
}
