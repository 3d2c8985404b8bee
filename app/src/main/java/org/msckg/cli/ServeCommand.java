package org.msckg.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.build.ProjectLayout;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServedDataset;
import org.msckg.server.ServiceConfig;
import org.msckg.server.admin.AdminPassword;
import org.msckg.store.DatasetStore;
import org.msckg.store.RemoteStore;

/** {@code msckg serve}: build when the sources changed, then serve SPARQL, pages and API on one port. */
public final class ServeCommand {
    private final CommandLine cl;

    public ServeCommand(CommandLine cl) {
        this.cl = cl;
    }

    public int run() {
        cl.allowOnly(
                "port",
                "host",
                "data",
                "config",
                "project",
                "cache",
                "store",
                "store-gsp",
                "admin-password-file",
                "query-timeout",
                "max-rows",
                "max-concurrent-queries",
                "max-concurrent-sparql",
                "max-string-chars",
                "max-body-bytes",
                "max-query-string",
                "in-memory-max-quads");
        String host = cl.option("host", "127.0.0.1");
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("0.0.0.0")) {
            throw new UsageException("--host is 127.0.0.1 (default, loopback only) or 0.0.0.0 (all interfaces)");
        }
        ProjectLayout layout = new ProjectLayout(cl.home());
        if (cl.options().containsKey("store")) {
            RemoteStore remote = Builds.remoteStore(cl);
            MsckgServer server = Application.startRemote(
                    remote,
                    layout.queriesDir(),
                    host,
                    cl.intOption("port", 7070),
                    cl.intOption("cache", Application.CACHED_RESULTS));
            System.out.printf(
                    "msckg serving %s from the store at %s%n  SPARQL  %s (the store's own endpoint)%n  health  %s/health%n",
                    server.baseUrl(), remote.queryEndpoint(), remote.queryEndpoint(), server.baseUrl());
            return awaitStop(server);
        }
        long inMemoryMaxQuads = cl.options().containsKey("in-memory-max-quads")
                ? cl.intOption("in-memory-max-quads", 0)
                : DatasetStore.defaultInMemoryMaxQuads();
        if (inMemoryMaxQuads < 0) {
            throw new UsageException("--in-memory-max-quads is 0 (always read TDB2) or more");
        }
        DatasetStore store = new DatasetStore(cl.dataDir(), inMemoryMaxQuads);
        if (!Builds.upToDate(layout, store)) {
            System.out.println("sources changed since the last build (or no build yet): building");
            int status = Failures.report(() -> Builds.buildAndPublish(layout, store, System.out::println));
            if (status != 0 && store.current().isEmpty()) {
                return status;
            }
        }
        Path config = Path.of(cl.option(
                "config", layout.root().resolve("fuseki-config/msckg.ttl").toString()));
        ServiceConfig serviceConfig;
        try {
            serviceConfig = ServiceConfig.read(config);
        } catch (ServiceConfig.ConfigException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Application.Options options = new Application.Options(
                host,
                cl.intOption("port", 7070),
                ServeOptions.limits(cl),
                Optional.empty(),
                cl.intOption("cache", Application.CACHED_RESULTS));
        Optional<AdminPassword> password = ServeOptions.adminPassword(cl);
        if (password.isPresent()) {
            options = options.with(new Application.AdminMode(password.get(), layout, store));
        }
        DatasetGraph tdb = store.openCurrent().orElseThrow();
        ServedDataset served = new ServedDataset(tdb);
        MsckgServer server = Application.start(served, serviceConfig, layout.queriesDir(), options);
        System.out.printf(
                "msckg serving %s from %s%n  SPARQL  %s/sparql%n  health  %s/health%n  admin   %s%n",
                server.baseUrl(),
                store.current().orElseThrow(),
                server.baseUrl(),
                server.baseUrl(),
                password.isPresent() ? server.baseUrl() + "/admin/status (HTTP Basic, user admin)" : "off");
        copyIntoMemory(store, served, tdb);
        return awaitStop(server);
    }

    /**
     * Answers come from TDB2 from the first request; the in-memory copy, made meanwhile, takes over
     * when it is ready, unless a rebuild has switched the dataset first.
     */
    private static void copyIntoMemory(DatasetStore store, ServedDataset served, DatasetGraph tdb) {
        Thread copier = new Thread(
                () -> store.inMemoryCopy(tdb)
                        .ifPresentOrElse(
                                copy -> {
                                    if (served.replace(tdb, copy)) {
                                        System.out.println("  answering from an in-memory copy of the dataset now");
                                    }
                                },
                                () -> System.out.println(
                                        "  answering from TDB2: the dataset has more quads than --in-memory-max-quads")),
                "in-memory-copy");
        copier.setDaemon(true);
        copier.start();
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
