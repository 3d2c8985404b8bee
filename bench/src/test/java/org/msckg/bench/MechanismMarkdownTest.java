package org.msckg.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MechanismMarkdownTest {
    private static LoadGenerator.Result result(double p50, double p95, double p99) {
        return new LoadGenerator.Result(1, 100, 0, 50, p50, p95, p99);
    }

    private static MechanismRun.Point point(int factor, int status, double slowestQuery, double explain) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        statuses.put("subclasses-of", 200);
        statuses.put("mechanism-kidney-disease-pathways", status);
        Map<String, Double> p50 = new LinkedHashMap<>();
        p50.put("subclasses-of", 1.5);
        p50.put("mechanism-kidney-disease-pathways", slowestQuery);
        return new MechanismRun.Point(
                factor,
                1234 * factor,
                new BuildProcess.Timing(Map.of("materialize chains", 420L), Map.of("inferred", 56_789L), 800L, 61_000L),
                321,
                987,
                statuses,
                p50,
                900.0,
                List.of(
                        new MechanismRun.Latency(
                                "explain iPSC-MSC to angiogenesis",
                                result(explain, 30, 40),
                                Optional.empty(),
                                Optional.of(new GcPauses.Summary(2, 41.5))),
                        new MechanismRun.Latency(
                                "mechanism-kidney-disease-pathways",
                                result(slowestQuery, slowestQuery * 2, slowestQuery * 3),
                                Optional.of(result(slowestQuery / 2, 1, 1)),
                                Optional.of(new GcPauses.Summary(0, 0)))));
    }

    private static MechanismRun.Point withLatencies(MechanismRun.Point p, List<MechanismRun.Latency> latencies) {
        return new MechanismRun.Point(
                p.factor(),
                p.rows(),
                p.build(),
                p.records(),
                p.chains(),
                p.status(),
                p.p50(),
                p.firstExplainMillis(),
                latencies);
    }

    @Test
    void theClosureRowGivesItsTimeAndSize() {
        String md =
                MechanismMarkdown.format("./msckg bench --mechanism --factors 100", List.of(point(100, 200, 12, 8)));
        assertTrue(md.startsWith("`./msckg bench --mechanism --factors 100`"), md);
        assertTrue(md.contains("| x100 | 123,400 | 420 | 321 | 987 | 56,789 | 61,000 | 900.00 |"), md);
    }

    @Test
    void eachRequestHasMedianP95P99TheRatioOverBareFusekiAndTheServersPausesWhereThereAreSome() {
        String md = MechanismMarkdown.format("c", List.of(point(1000, 200, 12, 8)));
        assertTrue(
                md.contains("| x1000 | mechanism-kidney-disease-pathways | 100 | 12.00 | 24.00 | 36.00 | 6.00 | 2.00"
                        + " | none |"),
                md);
        assertTrue(
                md.contains(
                        "| x1000 | explain iPSC-MSC to angiogenesis | 100 | 8.00 | 30.00 | 40.00 | - | - | 2, 41.50 |"),
                md);
    }

    @Test
    void aRequestMeasuredWithoutTheServersLogHasNoPauses() {
        MechanismRun.Latency through = new MechanismRun.Latency(
                "p23-mechanism-of-intestinal-repair" + MechanismMarkdown.THROUGH_STORE,
                result(15, 16, 19),
                Optional.empty());
        String md = MechanismMarkdown.format("c", List.of(withLatencies(point(1000, 200, 12, 8), List.of(through))));
        assertTrue(md.contains("through --store on Virtuoso | 100 | 15.00 | 16.00 | 19.00 | - | - | - |"), md);
    }

    @Test
    void theChecksAreMetOnlyWhenEveryQueryAnswersInTimeAndExplainIsFast() {
        assertTrue(MechanismMarkdown.checks(point(100, 200, 12, 8)).contains(": met)"));
        String failing = MechanismMarkdown.checks(point(100, 503, 12, 8));
        assertTrue(failing.contains("not 200: mechanism-kidney-disease-pathways 503"), failing);
        assertFalse(failing.contains(": met)"), failing);
        String slow = MechanismMarkdown.checks(point(100, 200, 640, 8));
        assertTrue(slow.contains("missed, slower: mechanism-kidney-disease-pathways 640.00 ms"), slow);
        assertFalse(MechanismMarkdown.checks(point(100, 200, 12, 250)).contains(": met)"), "explain over 200 ms");
    }

    @Test
    void everyQueryOverTheX1000TargetIsNamedSlowestFirst() {
        assertTrue(MechanismMarkdown.checks(point(1000, 200, 12, 8))
                .contains("x1000: named queries with a median over 50.00 ms (issue 14's target at x1000): none"));
        String slow = MechanismMarkdown.checks(point(1000, 200, 75, 8));
        assertTrue(slow.contains("(issue 14's target at x1000): mechanism-kidney-disease-pathways 75.00 ms\n"), slow);
    }

    @Test
    void theStoreCheckAppearsOnlyWhereVirtuosoWasMeasured() {
        assertFalse(MechanismMarkdown.checks(point(100, 200, 12, 8)).contains("--store"));
        MechanismRun.Point p = point(100, 200, 12, 8);
        List<MechanismRun.Latency> latencies = new java.util.ArrayList<>(p.latencies());
        latencies.add(new MechanismRun.Latency(
                "p12-exosome-chain-to-bone-loss" + MechanismMarkdown.THROUGH_STORE,
                result(35, 40, 50),
                Optional.empty()));
        latencies.add(new MechanismRun.Latency(
                "mechanism-kidney-disease-pathways" + MechanismMarkdown.THROUGH_STORE,
                result(250, 300, 310),
                Optional.empty()));
        String checks = MechanismMarkdown.checks(withLatencies(p, latencies));
        assertTrue(
                checks.contains("through --store on Virtuoso, slowest mechanism-kidney-disease-pathways 250.00 ms"
                        + " (check: every median within 200.00 ms: missed)"),
                checks);
    }
}
