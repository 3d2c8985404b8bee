package org.msckg.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.msckg.build.ProjectLayout;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServedDataset;
import org.msckg.server.ServiceConfig;
import org.msckg.server.StartupClock;
import org.msckg.server.admin.AdminPassword;
import org.msckg.store.DatasetStore;
import org.msckg.store.PublishOperation;
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
        StartupClock clock = new StartupClock();
        DatasetStore store = new DatasetStore(cl.dataDir(), inMemoryMaxQuads);
        if (!PublishOperation.upToDate(layout, store)) {
            System.out.println("sources changed since the last build (or no build yet): building");
            int status = Failures.report(() -> Builds.buildAndPublish(layout, store, System.out::println));
            if (status != 0 && store.current().isEmpty()) {
                return status;
            }
        }
        clock.lap("sources checked");
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
