package org.msckg.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a {@link MechanismRun} as Markdown tables, the way docs/benchmarks.md gives them. */
public final class MechanismMarkdown {
    /** The x100 check: every named query answers 200 within this many ms at one client. */
    static final double X100_QUERY_MS = 500;
    /** The x100 check: explain iPSC-MSC to angiogenesis, after one warm-up, within this many ms. */
    static final double X100_EXPLAIN_MS = 200;
    /** Issue 14 at x1000: every named query's median within this many ms (one client, uncached). */
    static final double X1000_QUERY_MS = 50;
    /** Issue 14: the mechanism named queries through {@code --store} on Virtuoso, p50. */
    static final double STORE_QUERY_MS = 200;

    static final String THROUGH_STORE = " through --store on Virtuoso";

    private MechanismMarkdown() {}

    private static String count(long n) {
        return n < 0 ? "not counted" : "%,d".formatted(n);
    }

    public static String format(String command, List<MechanismRun.Point> points) {
        StringBuilder md = new StringBuilder();
        md.append("`").append(command).append("`\n\n");
        md.append("| size | curated rows | closure (materialize chains) ms | closure records | single-study chains |"
                + " inferred triples | whole build ms | first explain ms |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (MechanismRun.Point p : points) {
            md.append("| x%d | %,d | %,d | %s | %s | %,d | %,d | %s |\n"
                    .formatted(
                            p.factor(),
                            p.rows(),
                            p.build().stage("materialize chains"),
                            count(p.records()),
                            count(p.chains()),
                            p.build().triples().getOrDefault("inferred", 0L),
                            p.build().wallMillis(),
                            ms(p.firstExplainMillis())));
        }
        md.append("\nOne client, no result cache, after one warm-up request; the ratio is msckg's median over bare"
                + " Fuseki's (32 KiB buffer, a copy of the same TDB2, the same query text); the pauses are those the"
                + " server's collector logged while the request was measured (how many, the longest in ms).\n\n");
        md.append("| size | request | answers | median ms | p95 ms | p99 ms | bare Fuseki median ms | ratio |"
                + " server GC pauses |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (MechanismRun.Point p : points) {
            for (MechanismRun.Latency l : p.latencies()) {
                md.append("| x%d | %s | %,d | %s | %s | %s | %s | %s | %s |\n"
                        .formatted(
                                p.factor(),
                                l.what(),
                                l.msckg().answers(),
                                ms(l.msckg().p50()),
                                ms(l.msckg().p95()),
                                ms(l.msckg().p99()),
                                l.bare().map(b -> ms(b.p50())).orElse("-"),
                                Double.isNaN(l.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", l.ratio()),
                                l.serverPauses()
                                        .map(g -> g.count() == 0 ? "none" : g.count() + ", " + ms(g.longestMillis()))
                                        .orElse("-")));
            }
        }
        md.append("\n");
        for (MechanismRun.Point p : points) {
            md.append(checks(p));
        }
        return md.toString();
    }

    /** Every named query's status and median, and whether the size meets the x100 checks of issue 14. */
    static String checks(MechanismRun.Point p) {
        StringBuilder md = new StringBuilder();
        List<String> failing = p.status().entrySet().stream()
                .filter(e -> e.getValue() != 200)
                .map(e -> e.getKey() + " " + e.getValue())
                .toList();
        List<String> slow = p.p50().entrySet().stream()
                .filter(e -> e.getValue() > X100_QUERY_MS)
                .map(e -> e.getKey() + " " + ms(e.getValue()) + " ms")
                .toList();
        double explain = p.latencies().stream()
                .filter(l -> l.what().startsWith("explain"))
                .mapToDouble(l -> l.msckg().p50())
                .findFirst()
                .orElse(Double.NaN);
        md.append("x%d: %d named queries, %s; slowest %s; explain median %s ms (check: every query 200 within %s ms,"
                        .formatted(
                                p.factor(),
                                p.status().size(),
                                failing.isEmpty() ? "all 200" : "not 200: " + String.join(", ", failing),
                                slowest(p.p50()),
                                ms(explain),
                                ms(X100_QUERY_MS))
                + " explain within %s ms: %s)\n\n"
                        .formatted(
                                ms(X100_EXPLAIN_MS),
                                failing.isEmpty() && slow.isEmpty() && explain <= X100_EXPLAIN_MS
                                        ? "met"
                                        : "missed" + (slow.isEmpty() ? "" : ", slower: " + String.join(", ", slow))));
        List<String> over = p.p50().entrySet().stream()
                .filter(e -> e.getValue() > X1000_QUERY_MS)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + ms(e.getValue()) + " ms")
                .toList();
        md.append("x%d: named queries with a median over %s ms (issue 14's target at x1000): %s\n\n"
                .formatted(p.factor(), ms(X1000_QUERY_MS), over.isEmpty() ? "none" : String.join(", ", over)));
        Map<String, Double> store = new LinkedHashMap<>();
        p.latencies().stream()
                .filter(l -> l.what().endsWith(THROUGH_STORE))
                .forEach(l ->
                        store.put(l.what().replace(THROUGH_STORE, ""), l.msckg().p50()));
        if (!store.isEmpty()) {
            md.append(
                    "x%d: mechanism named queries through --store on Virtuoso, slowest %s (check: every median within %s ms: %s)\n\n"
                            .formatted(
                                    p.factor(),
                                    slowest(store),
                                    ms(STORE_QUERY_MS),
                                    store.values().stream().allMatch(v -> v <= STORE_QUERY_MS) ? "met" : "missed"));
        }
        return md.toString();
    }

    private static String slowest(Map<String, Double> p50) {
        return p50.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() + " " + ms(e.getValue()) + " ms")
                .orElse("-");
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
