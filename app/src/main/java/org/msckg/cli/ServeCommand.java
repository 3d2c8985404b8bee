package org.msckg.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.msckg.build.ProjectLayout;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServedDataset;
import org.msckg.server.ServiceConfig;
import org.msckg.server.StartupClock;
import org.msckg.server.admin.AdminPassword;
import org.msckg.server.limits.Limits;
import org.msckg.store.DatasetStore;
import org.msckg.store.PublishOperation;
import org.msckg.store.RemoteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msckg serve}: build when the sources changed, then serve SPARQL, pages and API on one port. */
@Command(
        name = "serve",
        description = "Serve the graph (SPARQL, pages, JSON API) on one port, building it first when the sources"
                + " changed. Limits and admin mode: docs/operations.md.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectFolder project;

    @Mixin
    private DataFolder data;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    ServeOptions serveOptions;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)")
    private int port = 7070;

    @Option(
            names = "--host",
            paramLabel = "H",
            description = "address to bind: 127.0.0.1 (default, loopback only) or 0.0.0.0 (all interfaces)")
    private String host = "127.0.0.1";

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "the Fuseki assembler file declaring the endpoints (default: fuseki-config/msckg.ttl"
                    + " in the project folder)")
    private Path config;

    @Option(
            names = "--cache",
            paramLabel = "N",
            description = "named-query results kept in memory per build (default ${DEFAULT-VALUE}; 0: none)")
    private int cache = Application.CACHED_RESULTS;

    @Option(
            names = "--in-memory-max-quads",
            paramLabel = "N",
            description = "copy the dataset into memory when it has at most N quads (default: what fits in a"
                    + " quarter of the heap at ~250 bytes each; 0: read TDB2)")
    private Long inMemoryMaxQuads;

    @Override
    public Integer call() {
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("0.0.0.0")) {
            throw CommandLines.usageError(
                    spec, "--host is 127.0.0.1 (default, loopback only) or 0.0.0.0 (all interfaces)");
        }
        ProjectLayout layout = new ProjectLayout(project.home());
        Optional<RemoteStore> remoteStore = storeOptions.remote();
        if (remoteStore.isPresent()) {
            RemoteStore remote = remoteStore.get();
            MsckgServer server =
                    Application.startRemote(remote, layout.queriesDir(), host, port, cache, System.out::println);
            System.out.printf(
                    "msckg serving %s from the store at %s%n  SPARQL  %s (the store's own endpoint)%n  health  %s/health%n",
                    server.baseUrl(), remote.queryEndpoint(), remote.queryEndpoint(), server.baseUrl());
            return awaitStop(server);
        }
        long maxQuads = inMemoryMaxQuads != null ? inMemoryMaxQuads : DatasetStore.defaultInMemoryMaxQuads();
        if (maxQuads < 0) {
            throw CommandLines.usageError(spec, "--in-memory-max-quads is 0 (always read TDB2) or more");
        }
        Limits limits = serveOptions.limits();
        Optional<AdminPassword> password = serveOptions.adminPassword();
        StartupClock clock = new StartupClock();
        DatasetStore store = new DatasetStore(data.dir(project.home()), maxQuads);
        boolean built = !PublishOperation.upToDate(layout, store);
        if (built) {
            System.out.println("sources changed since the last build (or no build yet): building");
            int status = Failures.report(() -> Builds.buildAndPublish(layout, store, System.out::println));
            if (status != 0 && store.current().isEmpty()) {
                return status;
            }
        }
        clock.lap("sources checked");
        ServiceConfig serviceConfig;
        try {
            serviceConfig =
                    ServiceConfig.read(config != null ? config : layout.root().resolve("fuseki-config/msckg.ttl"));
        } catch (ServiceConfig.ConfigException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Application.Options options = new Application.Options(host, port, limits, Optional.empty(), cache);
        if (password.isPresent()) {
            options = options.with(new Application.AdminMode(password.get(), layout, store));
        }
        ServedDataset served = ServedDataset.current(store);
        clock.lap("config read, dataset opened");
        MsckgServer server = Application.start(served, serviceConfig, layout.queriesDir(), options);
        clock.lap("server started");
        System.out.printf(
                "msckg serving %s from %s%n  SPARQL  %s/sparql%n  health  %s/health%n  admin   %s%n",
                server.baseUrl(),
                store.current().orElseThrow(),
                server.baseUrl(),
                server.baseUrl(),
                password.isPresent() ? server.baseUrl() + "/admin/status (HTTP Basic, user admin)" : "off");
        System.out.println("  " + clock.summary());
        if (!built) {
            ClassDataArchive.recordIfAsked(URI.create(server.baseUrl() + "/health"));
        }
        served.copyIntoMemory(store, System.out::println);
        return awaitStop(server);
    }

    private static int awaitStop(MsckgServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try {
            server.jetty().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
