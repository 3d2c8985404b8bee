package org.msckg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    private static final Pattern TABLE = Pattern.compile("^\\s+\\S+\\.tsv\\s+(\\d+)$");
    private static final Pattern WALL = Pattern.compile("^# whole process (\\d+) ms$");

    private BuildProcess() {}

    /** Stage times in ms, in order; triples per named graph; rows of the curated tables; the wall time of the whole process. */
    public record Timing(Map<String, Long> stages, Map<String, Long> triples, long rows, long wallMillis) {
        public long totalTriples() {
            return triples.values().stream().mapToLong(Long::longValue).sum();
        }

        public long stage(String name) {
            return stages.getOrDefault(name, 0L);
        }
    }

    public static Timing run(Path home, Path project, Path dataDir, long timeoutMinutes, Path log) {
        // Through the launcher, with the JVM options a user gets; x1000 holds 15 million triples in
        // memory before loading them, and the JVM's default quarter of the RAM is short.
        List<String> command = List.of(
                home.resolve("msckg").toString(),
                "build",
                "--project",
                project.toString(),
                "--data",
                dataDir.toString());
        StringBuilder output = new StringBuilder();
        long start = System.nanoTime();
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
            builder.environment().put("MSCKG_JAVA_OPTS", MechanismRun.SERVER_HEAP);
            Process p = builder.start();
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.append(line).append('\n');
                }
            }
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(
                        "MSCKG-BEN-003 the build of %s took more than %d minutes".formatted(project, timeoutMinutes));
            }
            output.append("# whole process ")
                    .append((System.nanoTime() - start) / 1_000_000)
                    .append(" ms\n");
            Files.createDirectories(log.getParent());
            Files.writeString(log, output);
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
        return read(output.toString());
    }

    /** The timing of a build from what it printed, as {@link #run} keeps it in its log. */
    public static Timing read(String log) {
        Map<String, Long> stages = new LinkedHashMap<>();
        Map<String, Long> triples = new LinkedHashMap<>();
        long wall = 0;
        long rows = 0;
        for (String line : log.split("\n")) {
            var s = STAGE.matcher(line);
            if (s.find()) {
                stages.put(s.group(1), Long.parseLong(s.group(2)));
            }
            var g = GRAPH.matcher(line);
            if (g.matches()
                    && Arrays.stream(NamedGraphs.values())
                            .anyMatch(n -> n.name().equalsIgnoreCase(g.group(1))
                                    && n.iri().equals(g.group(3)))) {
                triples.put(g.group(1), Long.parseLong(g.group(2).replace(",", "")));
            }
            var t = TABLE.matcher(line);
            if (t.matches()) {
                rows += Long.parseLong(t.group(1));
            }
            var w = WALL.matcher(line);
            if (w.matches()) {
                wall = Long.parseLong(w.group(1));
            }
        }
        return new Timing(stages, triples, rows, wall);
    }
}
