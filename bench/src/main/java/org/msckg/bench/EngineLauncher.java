package org.msckg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts the servers the benchmark compares, each as its own process on 127.0.0.1: msckg itself,
 * the stand-alone Fuseki server (from its own jar, never msckg's classpath), Oxigraph through its
 * npm package and Virtuoso when installed.
 */
public final class EngineLauncher {
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final String FUSEKI_JAR = "jena-fuseki-server-";

    private final Path home;
    private final Path work;
    private final LoadGenerator http;

    public EngineLauncher(Path home, Path work, LoadGenerator http) {
        this.home = home;
        this.work = work;
        this.http = http;
    }

    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static final Pattern STORE_CHOSEN =
            Pattern.compile("answering from (an in-memory copy|TDB2)|serving \\S+ from the store at");

    /**
     * msckg serving the current dataset of {@code dataDir}, started as a user starts it (the
     * {@code msckg} launcher, with its jar check and class-data archive); the milliseconds from the
     * launch to the first answer of /health go to {@code startMillis}. Returned once it answers from
     * the store it keeps (its in-memory copy, or TDB2), or, with {@code --store}, from that store.
     */
    public Engine msckg(String name, Path project, Path dataDir, List<String> extraOptions, long[] startMillis) {
        return msckg(name, project, dataDir, extraOptions, "", startMillis);
    }

    /** As above, with {@code javaOptions} for the server's JVM (the launcher's MSCKG_JAVA_OPTS). */
    public Engine msckg(
            String name,
            Path project,
            Path dataDir,
            List<String> extraOptions,
            String javaOptions,
            long[] startMillis) {
        int port = ServerProcess.freePort();
        List<String> command = new ArrayList<>(List.of(
                home.resolve("msckg").toString(),
                "serve",
                "--project",
                project.toString(),
                "--data",
                dataDir.toString(),
                "--port",
                String.valueOf(port)));
        command.addAll(extraOptions);
        ServerProcess p = ServerProcess.start(
                name,
                command,
                home,
                work.resolve("logs/" + slug(name) + ".log"),
                javaOptions.isEmpty() ? Map.of() : Map.of("MSCKG_JAVA_OPTS", javaOptions));
        URI base = URI.create("http://127.0.0.1:" + port);
        startMillis[0] = ready(p, base.resolve("/health"));
        // Until its in-memory copy is made (seconds at x100), msckg answers from TDB2 while making it:
        // measured then, the first queries would measure the copying.
        p.awaitOutput(STORE_CHOSEN, Duration.ofMinutes(10));
        return new Engine(name, "this build", base.resolve("/sparql"), p);
    }

    /** Waits for the first answer; a server that never gives one is stopped before the failure is reported. */
    private long ready(ServerProcess p, URI probe) {
        try {
            return p.awaitReady(http, probe, START_TIMEOUT);
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    public Optional<Path> fusekiJar() {
        Path dir = home.resolve("bench/target/fuseki");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().startsWith(FUSEKI_JAR))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty stand-alone Fuseki in memory that takes updates, for tests that publish into a store. */
    public Engine writableFuseki(String name) {
        Path jar = fusekiJar()
                .orElseThrow(() -> new IllegalStateException(
                        "no bench/target/fuseki/jena-fuseki-server-*.jar: the bench module's package phase copies it"));
        return fuseki(name, jar, List.of("--mem", "--update"), 0);
    }

    /**
     * The stand-alone Fuseki server over {@code dataArgs} ({@code --file=X.nq} or {@code --tdb2 --loc=DIR});
     * with {@code outputBuffer} > 0 a jetty.xml sets the connector's output buffer, else Jetty runs as Fuseki ships it.
     */
    public Engine fuseki(String name, Path jar, List<String> dataArgs, int outputBuffer) {
        int port = ServerProcess.freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx4g", "-jar", jar.toString()));
        command.addAll(dataArgs);
        if (outputBuffer > 0) {
            command.add("--jetty=" + jettyXml(port, outputBuffer));
        } else {
            command.addAll(List.of("--localhost", "--port=" + port));
        }
        command.add("/ds");
        ServerProcess p = ServerProcess.start(name, command, work, work.resolve("logs/" + slug(name) + ".log"));
        URI base = URI.create("http://127.0.0.1:" + port);
        ready(p, base.resolve("/ds/query?query=ASK%7B%7D"));
        String version = jar.getFileName().toString().replace(FUSEKI_JAR, "").replace(".jar", "");
        return new Engine(name, version, base.resolve("/ds/query"), p);
    }

    private Path jettyXml(int port, int outputBuffer) {
        Path file = work.resolve("fuseki-jetty-" + port + ".xml");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Configure PUBLIC "-//Jetty//Configure//EN" "https://jetty.org/configure_10_0.dtd">
                <Configure id="Server" class="org.eclipse.jetty.server.Server">
                  <New id="httpConfig" class="org.eclipse.jetty.server.HttpConfiguration">
                    <Set name="outputBufferSize">%d</Set>
                  </New>
                  <Call name="addConnector">
                    <Arg>
                      <New class="org.eclipse.jetty.server.ServerConnector">
                        <Arg name="server"><Ref refid="Server"/></Arg>
                        <Arg name="factories">
                          <Array type="org.eclipse.jetty.server.ConnectionFactory">
                            <Item><New class="org.eclipse.jetty.server.HttpConnectionFactory"><Arg name="config"><Ref refid="httpConfig"/></Arg></New></Item>
                          </Array>
                        </Arg>
                        <Set name="host">127.0.0.1</Set>
                        <Set name="port">%d</Set>
                      </New>
                    </Arg>
                  </Call>
                </Configure>
                """.formatted(outputBuffer, port);
        try {
            Files.writeString(file, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Oxigraph (npm package, in memory) behind a few lines of Node; empty when Node or the package is missing. */
    public Optional<Engine> oxigraph(Path nquads) {
        Path dir = home.resolve("bench/oxigraph");
        Path pkg = dir.resolve("node_modules/oxigraph/package.json");
        if (!Files.exists(pkg) || !onPath("node")) {
            return Optional.empty();
        }
        int port = ServerProcess.freePort();
        ServerProcess p = ServerProcess.start(
                "oxigraph",
                List.of("node", dir.resolve("server.mjs").toString(), nquads.toString(), String.valueOf(port)),
                dir,
                work.resolve("logs/oxigraph.log"));
        URI base = URI.create("http://127.0.0.1:" + port);
        ready(p, base.resolve("/query?query=ASK%7B%7D"));
        return Optional.of(new Engine("Oxigraph (npm, in memory)", packageVersion(pkg), base.resolve("/query"), p));
    }

    /**
     * Virtuoso (Debian's virtuoso-opensource-7) over a throwaway database, loaded with its bulk
     * loader; empty when virtuoso-t or isql-vt is missing. The load time goes to {@code loadMillis}.
     */
    public Optional<Engine> virtuoso(Path nquads, long[] loadMillis) {
        if (!VirtuosoServer.installed()) {
            return Optional.empty();
        }
        VirtuosoServer server = VirtuosoServer.start(work.resolve("virtuoso"), http);
        try {
            Files.copy(nquads, server.dataDir().resolve("msckg.nq"));
            long start = System.nanoTime();
            server.bulkLoadNQuads();
            loadMillis[0] = (System.nanoTime() - start) / 1_000_000;
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return Optional.of(new Engine("Virtuoso", VirtuosoIni.version(), server.queryEndpoint(), server.process()));
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    private static String packageVersion(Path packageJson) {
        try {
            var m = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(Files.readString(packageJson));
            return m.find() ? m.group(1) : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
