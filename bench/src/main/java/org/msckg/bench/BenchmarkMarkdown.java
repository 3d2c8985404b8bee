package org.msckg.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The report of a benchmark run as the measured part of docs/benchmarks.md. */
public final class BenchmarkMarkdown {
    public static final String BEGIN = "<!-- measured: begin (written by msckg bench) -->";
    public static final String END = "<!-- measured: end -->";

    private BenchmarkMarkdown() {}

    public static String format(BenchmarkReport r) {
        var sb = new StringBuilder(BEGIN).append("\n\n");
        var m = r.machine();
        sb.append(
                "Machine: %d processors, %,d MiB memory, %s, %s; load average (1 min) at the end of the run %.1f. Command: `%s`.%n%n"
                        .formatted(m.processors(), m.memoryMiB(), m.os(), m.java(), m.loadAverage(), r.command()));

        sb.append("### Cold build (fresh JVM, curated project)\n\n| stage | ms |\n| --- | ---: |\n");
        r.coldBuild().stages().forEach((s, ms) -> sb.append("| %s | %,d |%n".formatted(s, ms)));
        sb.append("| **whole process, JVM start included** | **%,d** |%n%n"
                .formatted(r.coldBuild().wallMillis()));
        sb.append("Warm start (dataset built, `./msckg serve` launched to first answer of /health, after one start that"
                + " recorded the class-data archive), median of %d: **%,d ms** (%s).%n%n"
                        .formatted(
                                r.warmStartMillis().size(),
                                r.warmStartMedian(),
                                r.warmStartMillis().stream()
                                        .map(ms -> "%,d".formatted(ms))
                                        .collect(Collectors.joining(", "))));

        sb.append("### Named-query mix (every queries/*.rq with its defaults)\n\n");
        sb.append("| engine | version | clients | answers/s | p50 ms | p99 ms | errors | RSS MiB | answers |\n");
        sb.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (var e : r.engines()) {
            for (var x : e.byClients()) {
                sb.append("| %s | %s | %d | %,.0f | %.2f | %.2f | %d | %s | %s |%n"
                        .formatted(
                                e.name(),
                                e.version(),
                                x.clients(),
                                x.perSecond(),
                                x.p50(),
                                x.p99(),
                                x.errors(),
                                x.clients() == 16
                                        ? e.residentMiB().map(String::valueOf).orElse("?")
                                        : "",
                                x.clients() == 1
                                        ? e.answers()
                                                + e.loadMillis()
                                                        .map(l -> "; bulk load %,d ms".formatted(l))
                                                        .orElse("")
                                        : ""));
            }
        }
        sb.append('\n').append(ratios(r)).append('\n');

        sb.append("### JSON API against the same query over /sparql (msckg, 4 clients)\n\n");
        sb.append(
                "| query | /sparql answers/s | p50 ms | /api answers/s | p50 ms | API / SPARQL throughput |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (var a : r.api()) {
            sb.append("| %s | %,.0f | %.2f | %,.0f | %.2f | %.2f |%n"
                    .formatted(
                            a.query(),
                            a.sparql().perSecond(),
                            a.sparql().p50(),
                            a.api().perSecond(),
                            a.api().p50(),
                            a.api().perSecond() / a.sparql().perSecond()));
        }
        if (!r.caching().isEmpty()) {
            sb.append(
                    "\n### What a read-only graph allows (msckg)\n\n| case | plain answers/s | p99 ms | improved answers/s | p99 ms | gain |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
            for (var c : r.caching()) {
                sb.append("| %s | %,.0f | %.2f | %,.0f | %.2f | x%.2f |%n"
                        .formatted(
                                c.what(),
                                c.plain().perSecond(),
                                c.plain().p99(),
                                c.improved().perSecond(),
                                c.improved().p99(),
                                c.improved().perSecond() / c.plain().perSecond()));
            }
        }
        r.explain()
                .ifPresent(x -> sb.append(
                        "\nExplain endpoint, 1 client: p50 %.2f ms, p95 %.2f ms.%n".formatted(x.p50(), x.p95())));

        if (!r.scale().isEmpty()) {
            sb.append("\n### Synthetic scale-up (`msckg synth --factor N`, cold builds)\n\n");
            Set<String> stages = new LinkedHashSet<>();
            r.scale().forEach(p -> stages.addAll(p.build().stages().keySet()));
            sb.append("| stage (ms) |");
            r.scale().forEach(p -> sb.append(" x%d |".formatted(p.factor())));
            sb.append("\n| --- |").append(" ---: |".repeat(r.scale().size())).append('\n');
            row(
                    sb,
                    "claim rows",
                    r.scale().stream().map(p -> "%,d".formatted(p.claimRows())).toList());
            row(
                    sb,
                    "triples (all graphs)",
                    r.scale().stream()
                            .map(p -> "%,d".formatted(p.build().totalTriples()))
                            .toList());
            for (String s : stages) {
                row(
                        sb,
                        s,
                        r.scale().stream()
                                .map(p -> "%,d".formatted(p.build().stage(s)))
                                .toList());
            }
            row(
                    sb,
                    "whole process",
                    r.scale().stream()
                            .map(p -> "%,d".formatted(p.build().wallMillis()))
                            .toList());
            row(
                    sb,
                    "**TDB2 load, triples/s**",
                    r.scale().stream()
                            .map(p -> "**%,.0f**"
                                    .formatted(p.build().totalTriples()
                                            * 1000.0
                                            / Math.max(1, p.build().stage("load TDB2"))))
                            .toList());
            Set<String> queries = new LinkedHashSet<>();
            r.scale().forEach(p -> queries.addAll(p.queryP50().keySet()));
            for (String q : queries) {
                row(
                        sb,
                        "p50 ms, 1 client: " + q,
                        r.scale().stream()
                                .map(p -> "%.2f".formatted(p.queryP50().getOrDefault(q, Double.NaN)))
                                .toList());
            }
        }
        if (!r.notes().isEmpty()) {
            sb.append("\nNotes from the run:\n\n");
            r.notes().forEach(n -> sb.append("- ").append(n).append('\n'));
        }
        return sb.append('\n').append(END).append('\n').toString();
    }

    private static void row(StringBuilder sb, String name, List<String> cells) {
        sb.append("| ").append(name).append(" |");
        cells.forEach(c -> sb.append(' ').append(c).append(" |"));
        sb.append('\n');
    }

    private static String ratios(BenchmarkReport r) {
        Optional<BenchmarkReport.EngineResult> msckg =
                r.engines().stream().filter(e -> e.name().equals("msckg")).findFirst();
        Optional<BenchmarkReport.EngineResult> fuseki = r.engines().stream()
                .filter(e -> e.name().equals("Fuseki TDB2, 32 KiB buffer"))
                .findFirst();
        if (msckg.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("| clients | msckg / bare Fuseki TDB2 (32 KiB) | msckg / fastest | fastest |");
        lines.add("| ---: | ---: | ---: | --- |");
        for (int c : BenchmarkRun.CLIENTS) {
            double own = msckg.get().at(c).map(LoadGenerator.Result::perSecond).orElse(Double.NaN);
            double bare = fuseki.flatMap(f -> f.at(c))
                    .map(LoadGenerator.Result::perSecond)
                    .orElse(Double.NaN);
            var fastest = r.engines().stream()
                    .filter(e -> e.at(c).isPresent())
                    .max((a, b) -> Double.compare(
                            a.at(c).get().perSecond(), b.at(c).get().perSecond()))
                    .orElseThrow();
            lines.add("| %d | %.2f | %.2f | %s |"
                    .formatted(c, own / bare, own / fastest.at(c).get().perSecond(), fastest.name()));
        }
        return "Throughput ratios:\n\n" + String.join("\n", lines) + "\n";
    }
}
