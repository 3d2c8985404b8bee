package org.msckg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.build.ProjectLayout;
import org.msckg.export.GraphExport;
import org.msckg.release.ReleaseOperation;
import org.msckg.store.DatasetStore;
import org.msckg.store.PublishOperation;
import org.msckg.vocab.NamedGraphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code msckg export --format ttl|nq|jsonld|owl [--graph NAME] [--out FILE]}: the graph, or with owl and no
 * graph the OWL ontology that the release writes as msckg.owl.
 * {@code msckg export mappings [--out FILE]}: SSSOM TSV of the project-to-external mappings.
 * Both read the current dataset, building it first when the sources changed (progress on stderr).
 */
@Command(
        name = "export",
        description = "The graph of the current dataset (building it first when the sources changed): nq and jsonld"
                + " keep the named graphs, ttl writes one graph or the union; owl writes the OWL ontology of the"
                + " release's msckg.owl (no claims), or one graph as RDF/XML with --graph.",
        subcommands = ExportCommand.Mappings.class)
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectFolder project;

    @Mixin
    private DataFolder data;

    @Option(
            names = "--format",
            paramLabel = "ttl|nq|jsonld|owl",
            description = "ttl (Turtle), nq (N-Quads), jsonld (JSON-LD) or owl (RDF/XML)")
    private GraphExport.Format format;

    @Option(
            names = "--graph",
            paramLabel = "NAME",
            converter = GraphName.class,
            description = "one named graph, by short name (ontology, imports, asserted, inferred, build) or IRI")
    private NamedGraphs graph;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write (default: standard output)")
    private Path out;

    @Override
    public Integer call() {
        if (format == null) {
            throw CommandLines.usageError(spec, "export needs --format ttl, nq, jsonld or owl (or 'export mappings')");
        }
        Optional<DatasetGraph> dataset = currentDataset(project, data);
        if (dataset.isEmpty()) {
            return 1;
        }
        try (OutputStream stream = output(out)) {
            if (format == GraphExport.Format.OWL && graph == null) {
                RDFDataMgr.write(stream, ReleaseOperation.ontology(dataset.get()), RDFFormat.RDFXML_PLAIN);
            } else {
                GraphExport.write(dataset.get(), format, Optional.ofNullable(graph), stream);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (out != null ? out : "standard output"), e);
        }
        return 0;
    }

    /** {@code msckg export mappings [--out FILE]}: SSSOM TSV of the project-to-external mappings. */
    @Command(name = "mappings", description = "The project-to-external mappings as SSSOM TSV.")
    static final class Mappings implements Callable<Integer> {
        @Mixin
        private ProjectFolder project;

        @Mixin
        private DataFolder data;

        @Option(names = "--out", paramLabel = "FILE", description = "the file to write (default: standard output)")
        private Path out;

        @Override
        public Integer call() {
            Optional<DatasetGraph> dataset = currentDataset(project, data);
            if (dataset.isEmpty()) {
                return 1;
            }
            try (OutputStream stream = output(out)) {
                stream.write(ReleaseOperation.mappings(dataset.get()).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + (out != null ? out : "standard output"), e);
            }
            return 0;
        }
    }

    /** A named graph by its short name or IRI. */
    static final class GraphName implements ITypeConverter<NamedGraphs> {
        @Override
        public NamedGraphs convert(String name) {
            return Arrays.stream(NamedGraphs.values())
                    .filter(g -> g.shortName().equals(name) || g.iri().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("--graph is one of "
                            + NamedGraphs.ALL.stream()
                                    .map(NamedGraphs::shortName)
                                    .toList() + ", not '" + name + "'"));
        }
    }

    /** The current dataset, built first when the sources changed; empty when that build failed. */
    static Optional<DatasetGraph> currentDataset(ProjectFolder project, DataFolder data) {
        ProjectLayout layout = new ProjectLayout(project.home());
        DatasetStore store = new DatasetStore(data.dir(project.home()));
        if (!PublishOperation.upToDate(layout, store)) {
            System.err.println("sources changed since the last build (or no build yet): building");
            int status = Failures.report(() -> Builds.buildAndPublish(layout, store, System.err::println));
            if (status != 0) {
                return Optional.empty();
            }
        }
        return store.openCurrent();
    }

    private static OutputStream output(Path file) throws IOException {
        if (file == null) {
            return new BufferedOutputStream(System.out) {
                /** Standard output stays open for whoever prints after us. */
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        Path path = file.toAbsolutePath();
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        return Files.newOutputStream(path);
    }
}
