package org.msckg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.build.ProjectLayout;
import org.msckg.export.GraphExport;
import org.msckg.release.ReleaseOperation;
import org.msckg.store.DatasetStore;
import org.msckg.vocab.NamedGraphs;

/**
 * {@code msckg export mappings [--out FILE]}: SSSOM TSV of the project-to-external mappings.
 * {@code msckg export --format ttl|nq|jsonld|owl [--graph NAME] [--out FILE]}: the graph.
 * Both read the current dataset, building it first when the sources changed (progress on stderr).
 */
public final class ExportCommand {
    private final CommandLine cl;

    public ExportCommand(CommandLine cl) {
        this.cl = cl;
    }

    public int run() {
        boolean mappings = cl.positional().equals(List.of("mappings"));
        if (!mappings && !cl.positional().isEmpty()) {
            throw new UsageException(
                    "export takes 'mappings' or --format, not '" + String.join(" ", cl.positional()) + "'");
        }
        if (mappings) {
            cl.allowOnly("out", "data");
        } else {
            cl.allowOnly("format", "graph", "out", "data");
        }
        GraphExport.Format format = mappings
                ? null
                : GraphExport.Format.named(cl.option("format", ""))
                        .orElseThrow(() -> new UsageException(
                                "export needs --format ttl, nq, jsonld or owl (or 'export mappings')"));
        Optional<NamedGraphs> graph =
                Optional.ofNullable(cl.options().get("graph")).map(ExportCommand::graphNamed);
        Optional<DatasetGraph> dataset = currentDataset();
        if (dataset.isEmpty()) {
            return 1;
        }
        try (OutputStream out = output()) {
            if (mappings) {
                out.write(ReleaseOperation.mappings(dataset.get()).getBytes(StandardCharsets.UTF_8));
            } else {
                GraphExport.write(dataset.get(), format, graph, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + cl.option("out", "standard output"), e);
        }
        return 0;
    }

    private static NamedGraphs graphNamed(String name) {
        return Arrays.stream(NamedGraphs.values())
                .filter(g -> g.shortName().equals(name) || g.iri().equals(name))
                .findFirst()
                .orElseThrow(() -> new UsageException("--graph is one of "
                        + NamedGraphs.ALL.stream().map(NamedGraphs::shortName).toList()));
    }

    private Optional<DatasetGraph> currentDataset() {
        ProjectLayout layout = new ProjectLayout(cl.home());
        DatasetStore store = new DatasetStore(cl.dataDir());
        if (!Builds.upToDate(layout, store)) {
            System.err.println("sources changed since the last build (or no build yet): building");
            int status = Failures.report(() -> Builds.buildAndPublish(layout, store, System.err::println));
            if (status != 0) {
                return Optional.empty();
            }
        }
        return store.openCurrent();
    }

    private OutputStream output() throws IOException {
        Optional<String> file = Optional.ofNullable(cl.options().get("out"));
        if (file.isEmpty()) {
            return new BufferedOutputStream(System.out) {
                /** Standard output stays open for whoever prints after us. */
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        Path path = Path.of(file.get());
        if (path.toAbsolutePath().getParent() != null) {
            Files.createDirectories(path.toAbsolutePath().getParent());
        }
        return Files.newOutputStream(path);
    }
}
