package org.msckg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stop-the-world pauses a JVM logged with {@code -Xlog:gc:file=F:time} ({@link #option}): each
 * line gives the time the pause ended and its length. A server's pauses within a measurement tell
 * whether its tail latencies were the collector's.
 */
public final class GcPauses {
    private static final Pattern PAUSE = Pattern.compile("^\\[([^\\]]+)\\].*\\bPause\\b.*\\s([0-9]+(?:\\.[0-9]+)?)ms$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** One pause: when it started and ended. */
    private record Pause(Instant start, Instant end, double millis) {}

    /** The pauses that overlapped a measurement: how many, and the longest in ms. */
    public record Summary(int count, double longestMillis) {}

    private final List<Pause> pauses;

    private GcPauses(List<Pause> pauses) {
        this.pauses = List.copyOf(pauses);
    }

    /** The JVM option that makes a server write the log this class reads, to {@code file}. */
    public static String option(Path file) {
        return "-Xlog:gc:file=" + file + ":time";
    }

    /** The pauses of a log; none when the file is missing (the JVM did not start). */
    public static GcPauses read(Path log) {
        if (!Files.exists(log)) {
            return new GcPauses(List.of());
        }
        try {
            return parse(Files.readAllLines(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GcPauses parse(List<String> lines) {
        List<Pause> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line.strip());
            if (m.matches()) {
                Instant end = OffsetDateTime.parse(m.group(1), TIME).toInstant();
                double millis = Double.parseDouble(m.group(2));
                out.add(new Pause(end.minusNanos((long) (millis * 1e6)), end, millis));
            }
        }
        return new GcPauses(out);
    }

    /** The pauses that overlapped the interval from {@code from} to {@code to}. */
    public Summary within(Instant from, Instant to) {
        List<Pause> in = pauses.stream()
                .filter(p -> p.end().isAfter(from) && p.start().isBefore(to))
                .toList();
        return new Summary(
                in.size(), in.stream().mapToDouble(Pause::millis).max().orElse(0));
    }
}
