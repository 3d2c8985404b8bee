package org.msckg.server;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a start spends its time: milliseconds per phase, the first from the JVM's start to
 * the serve command, for the line {@code msckg serve} prints once it answers (docs/benchmarks.md).
 */
public final class StartupClock {
    private final long jvmStart;
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private long last;

    /**
     * The JVM's start is the time its uptime counts from: the process table's start instant is rounded
     * to the boot time's whole second on Linux, which made this phase up to a second too long.
     */
    public StartupClock() {
        jvmStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getUptime();
        last = jvmStart;
        lap("JVM to serve");
    }

    /** Ends the phase running since the last lap. */
    public void lap(String phase) {
        long now = System.currentTimeMillis();
        phases.merge(phase, now - last, Long::sum);
        last = now;
    }

    /** "started in 1,234 ms: JVM to serve 410, ..." */
    public String summary() {
        return "started in %,d ms: %s"
                .formatted(
                        last - jvmStart,
                        phases.entrySet().stream()
                                .map(e -> "%s %,d".formatted(e.getKey(), e.getValue()))
                                .collect(Collectors.joining(", ")));
    }
}
