package org.msckg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A server the benchmark started as a process of its own, on loopback: waits until it answers,
 * reads its resident memory, and stops it (and any process it forked) when closed.
 */
public final class ServerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ServerProcess start(String name, List<String> command, Path workDir, Path log) {
        return start(name, command, workDir, log, Map.of());
    }

    /** As above, with {@code environment} added to this process's environment. */
    public static ServerProcess start(
            String name, List<String> command, Path workDir, Path log, Map<String, String> environment) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process p = builder.directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ServerProcess server = new ServerProcess(name, p, log);
            // An interrupted benchmark still stops what it started.
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    /** A port free on 127.0.0.1 now, for a server that must be told its port. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server's output has a line that {@code line} finds; false when it stopped or the time ran out first. */
    public boolean awaitOutput(Pattern line, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (Files.readAllLines(log).stream()
                        .anyMatch(l -> line.matcher(l).find())) {
                    return true;
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Polls {@code probe} until it answers 200; returns the milliseconds that took. */
    public long awaitReady(LoadGenerator http, URI probe, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        HttpRequest request =
                HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("MSCKG-BEN-001 %s exited with status %d before answering; see %s"
                        .formatted(name, process.exitValue(), log));
            }
            if (http.status(request) == 200) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException(
                "MSCKG-BEN-002 %s did not answer %s within %s; see %s".formatted(name, probe, timeout, log));
    }

    public long pid() {
        return process.pid();
    }

    /** Resident memory in MiB (VmRSS of /proc), summed over the process and its children. */
    public Optional<Long> residentMiB() {
        long kib = rssKib(process.pid())
                + process.descendants().mapToLong(h -> rssKib(h.pid())).sum();
        return kib > 0 ? Optional.of(kib / 1024) : Optional.empty();
    }

    private static long rssKib(long pid) {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        try {
            return Files.readAllLines(status).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0L);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
