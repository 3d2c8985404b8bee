package org.msckg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.msckg.cli.CommandLine;
import org.msckg.cli.UsageException;

/**
 * {@code msckg bench [--quick] [--factors 1,10,100,1000] [--seconds S]}: runs the benchmark and writes
 * its tables into docs/benchmarks.md between the measured markers (the rest of the page is kept).
 */
public final class BenchCommand {
    private final CommandLine cl;

    public BenchCommand(CommandLine cl) {
        this.cl = cl;
    }

    public int run() {
        cl.allowOnly("quick", "factors", "seconds", "project");
        boolean quick = cl.options().containsKey("quick");
        String factors = cl.option("factors", quick ? "1" : "1,10,100,1000");
        int seconds = cl.intOption("seconds", quick ? 1 : 5);
        List<Integer> sizes = Stream.of(factors.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    try {
                        return Integer.parseInt(s);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--factors takes numbers separated by commas, not '" + factors + "'");
                    }
                })
                .toList();
        String command = "./msckg bench" + (quick ? " --quick" : "")
                + (cl.options().containsKey("factors") ? " --factors " + factors : "")
                + (cl.options().containsKey("seconds") ? " --seconds " + seconds : "");
        BenchmarkReport report = new BenchmarkRun(
                        cl.home(),
                        new BenchmarkRun.Options(Duration.ofSeconds(seconds), sizes, 30),
                        System.out::println)
                .run(command);
        String measured = BenchmarkMarkdown.format(report);
        System.out.println(measured);
        write(cl.home().resolve("docs/benchmarks.md"), measured);
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
