package org.msckg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.msckg.cli.ProjectFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code msckg bench [--quick] [--factors 1,10,100,1000] [--seconds S] [--mechanism]}: runs the benchmark
 * and writes its tables into docs/benchmarks.md between the measured markers (the rest of the page is
 * kept); with {@code --mechanism}, only the mechanism engine's figures, into target/bench/mechanism.md.
 */
@Command(
        name = "bench",
        description = "Benchmark the cold build per stage, warm start and the query mix against bare Fuseki, Oxigraph"
                + " and Virtuoso when present, on synthetic x1 to x1000 (about an hour); writes docs/benchmarks.md.")
public final class BenchCommand implements Callable<Integer> {
    private static final long BUILD_TIMEOUT_MINUTES = 30;

    @Mixin
    private ProjectFolder project;

    @Option(names = "--quick", description = "1 s per load point, synthetic x1 only (a few minutes)")
    private boolean quick;

    @Option(
            names = "--factors",
            split = ",",
            paramLabel = "N,N,...",
            description = "the synthetic sizes (default 1,10,100,1000; with --quick 1)")
    private List<Integer> factors;

    @Option(names = "--seconds", paramLabel = "S", description = "seconds per load point (default 5; with --quick 1)")
    private Integer seconds;

    @Option(
            names = "--mechanism",
            description = "only the mechanism engine's figures, per size: closure time and size; uncached at one"
                    + " client every named query's status and median, the mechanism queries against bare Fuseki,"
                    + " explain and the entity page (median, p95, p99); writes target/bench/mechanism.md, not the docs")
    private boolean mechanism;

    @Option(
            names = "--keep-builds",
            description = "with --mechanism: keep each size's build in target/bench/mechanism and measure a kept"
                    + " build again instead of building it anew")
    private boolean keepBuilds;

    @Override
    public Integer call() {
        List<Integer> sizes = factors != null ? factors : quick ? List.of(1) : List.of(1, 10, 100, 1000);
        int perPoint = seconds != null ? seconds : quick ? 1 : 5;
        String command = "./msckg bench" + (quick ? " --quick" : "")
                + (factors != null
                        ? " --factors "
                                + String.join(
                                        ",",
                                        factors.stream().map(String::valueOf).toList())
                        : "")
                + (seconds != null ? " --seconds " + seconds : "")
                + (mechanism ? " --mechanism" : "")
                + (keepBuilds ? " --keep-builds" : "");
        Path home = project.home();
        if (mechanism) {
            String figures = MechanismMarkdown.format(
                    command,
                    new MechanismRun(
                                    home,
                                    Duration.ofSeconds(perPoint),
                                    BUILD_TIMEOUT_MINUTES,
                                    keepBuilds,
                                    System.out::println)
                            .run(sizes));
            System.out.println(figures);
            try {
                Files.writeString(home.resolve("target/bench/mechanism.md"), figures, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write target/bench/mechanism.md", e);
            }
            return 0;
        }
        BenchmarkReport report = new BenchmarkRun(
                        home,
                        new BenchmarkRun.Options(Duration.ofSeconds(perPoint), sizes, BUILD_TIMEOUT_MINUTES),
                        System.out::println)
                .run(command);
        String measured = BenchmarkMarkdown.format(report);
        System.out.println(measured);
        write(home.resolve("docs/benchmarks.md"), measured);
        return 0;
    }

    private static void write(Path page, String measured) {
        try {
            String text = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
            int begin = text.indexOf(BenchmarkMarkdown.BEGIN);
            int end = text.indexOf(BenchmarkMarkdown.END);
            String updated = begin >= 0 && end > begin
                    ? text.substring(0, begin) + measured.strip() + text.substring(end + BenchmarkMarkdown.END.length())
                    : text.stripTrailing() + "\n\n" + measured;
            Files.writeString(page, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + page, e);
        }
    }
}
