package org.msckg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.msckg.vocab.NamedGraphs;

/** {@code msckg build} in a fresh JVM (a cold build), its stage times and triple counts read from what it prints. */
public final class BuildProcess {
    private static final Pattern STAGE = Pattern.compile("^\\[(.+)] done in (\\d+) ms");
    private static final Pattern GRAPH = Pattern.compile("^\\s+(\\w+)\\s+([\\d,]+)\\s+<(.+)>$");

    private BuildProcess() {}

    /** Stage times in ms, in order; triples per named graph; the wall time of the whole process. */
    public record Timing(Map<String, Long> stages, Map<String, Long> triples, long wallMillis) {
        public long totalTriples() {
            return triples.values().stream().mapToLong(Long::longValue).sum();
        }

        public long stage(String name) {
            return stages.getOrDefault(name, 0L);
        }
    }

    public static Timing run(Path home, Path project, Path dataDir, long timeoutMinutes, Path log) {
        // x1000 holds 15 million triples in memory before loading them; the JVM's default quarter of the RAM is short.
        List<String> command = List.of(
                EngineLauncher.java(),
                "-XX:MaxRAMPercentage=60",
                "-Dmsckg.home=" + home,
                "-jar",
                home.resolve("app/target/msckg.jar").toString(),
                "build",
                "--project",
                project.toString(),
                "--data",
                dataDir.toString());
        Map<String, Long> stages = new LinkedHashMap<>();
        Map<String, Long> triples = new LinkedHashMap<>();
        StringBuilder output = new StringBuilder();
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.append(line).append('\n');
                    var s = STAGE.matcher(line);
                    if (s.find()) {
                        stages.put(s.group(1), Long.parseLong(s.group(2)));
                    }
                    var g = GRAPH.matcher(line);
                    if (g.matches()
                            && g.group(3)
                                    .equals(NamedGraphs.valueOf(g.group(1).toUpperCase())
                                            .iri())) {
                        triples.put(g.group(1), Long.parseLong(g.group(2).replace(",", "")));
                    }
                }
            }
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(
                        "MSCKG-BEN-003 the build of %s took more than %d minutes".formatted(project, timeoutMinutes));
            }
            java.nio.file.Files.createDirectories(log.getParent());
            java.nio.file.Files.writeString(log, output);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("MSCKG-BEN-004 the build of %s failed (status %d); see %s"
                        .formatted(project, p.exitValue(), log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Timing(stages, triples, (System.nanoTime() - start) / 1_000_000);
    }
}
