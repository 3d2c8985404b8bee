package org.msckg.build;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.msckg.build.SourceChecksum.FileStatus;
import org.msckg.build.SourceChecksum.SourceFile;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/**
 * The record a build leaves in the build graph: when it ran, the checksum of the sources it read,
 * each source file with its SHA-256 and file status, and how many triples each named graph got. The
 * one place that writes it and knows how to read it back; health, ETags, the stores and the command
 * line ask through here.
 *
 * @param builtAt an xsd:dateTime, as written
 * @param sourceFiles none in a record written before they were recorded
 */
public record BuildRecord(
        String builtAt, String sourceChecksum, Map<NamedGraphs, Long> triplesPerGraph, List<SourceFile> sourceFiles) {
    /** Binds {@code ?builtAt} and {@code ?sourceChecksum}; for a query that reads more in the same step. */
    public static final String PATTERN = "GRAPH <%s> { ?build <%s> ?builtAt ; <%s> ?sourceChecksum }"
            .formatted(NamedGraphs.BUILD.iri(), MSCKG.builtAt.getURI(), MSCKG.sourceChecksum.getURI());

    /** The checksum alone, asked on every request that carries an ETag. */
    public static final Query CHECKSUM =
            QueryFactory.create("SELECT ?sourceChecksum WHERE { GRAPH <%s> { ?build <%s> ?sourceChecksum } } LIMIT 1"
                    .formatted(NamedGraphs.BUILD.iri(), MSCKG.sourceChecksum.getURI()));

    /**
     * The whole record: one row per named graph it counts. The source files are one literal, a table
     * read in Java: as triples of their own, reading them took a start 0.1 s more (docs/benchmarks.md).
     */
    public static final Query QUERY =
            QueryFactory.create("""
            PREFIX msckg: <%s>
            SELECT ?builtAt ?sourceChecksum ?sourceFiles ?graph ?triples WHERE {
              %s
              OPTIONAL { GRAPH <%s> { ?build msckg:sourceFiles ?sourceFiles } }
              OPTIONAL { GRAPH <%s> { ?build msckg:graph [ msckg:graph ?graph ; msckg:tripleCount ?triples ] } }
            }""".formatted(MSCKG.SCHEMA, PATTERN, NamedGraphs.BUILD.iri(), NamedGraphs.BUILD.iri()));

    public BuildRecord {
        triplesPerGraph = Map.copyOf(triplesPerGraph);
        sourceFiles = List.copyOf(sourceFiles);
    }

    /** The record of a build that has just produced {@code graphs} from {@code sources}. */
    public static BuildRecord of(SourceChecksum sources, Map<NamedGraphs, Model> graphs) {
        Map<NamedGraphs, Long> counts = new EnumMap<>(NamedGraphs.class);
        graphs.forEach((g, m) -> counts.put(g, m.size()));
        return new BuildRecord(Instant.now().toString(), sources.value(), counts, sources.files());
    }

    /** The sources the build read, as {@link SourceChecksum#matches} compares them with the files now. */
    public SourceChecksum sources() {
        return new SourceChecksum(sourceChecksum, sourceFiles);
    }

    /** The build's resource in the build graph. */
    public String iri() {
        return MSCKG.BASE + "build/" + sourceChecksum.substring(0, 16);
    }

    /** The build graph that says this. */
    public Model toModel() {
        Model m = ModelFactory.createDefaultModel();
        Resource build = m.createResource(iri())
                .addProperty(RDF.type, MSCKG.Build)
                .addProperty(MSCKG.sourceChecksum, sourceChecksum)
                .addLiteral(MSCKG.builtAt, m.createTypedLiteral(builtAt, XSDDatatype.XSDdateTime));
        triplesPerGraph.forEach((g, n) -> build.addProperty(
                MSCKG.graph,
                m.createResource()
                        .addProperty(MSCKG.graph, m.createResource(g.iri()))
                        .addLiteral(MSCKG.tripleCount, n)));
        if (!sourceFiles.isEmpty()) {
            build.addProperty(
                    MSCKG.sourceFiles,
                    sourceFiles.stream().map(BuildRecord::line).collect(Collectors.joining("\n", "", "\n")));
        }
        return m;
    }

    /**
     * A source file as a line of {@code msckg:sourceFiles}: path, SHA-256, size in bytes, modification
     * and change time in milliseconds since 1970, tab-separated; the last three empty for a file without
     * a settled status, the change time for a file system that keeps none.
     */
    private static String line(SourceFile f) {
        return String.join(
                "\t",
                f.path(),
                f.sha256(),
                f.status().map(s -> String.valueOf(s.size())).orElse(""),
                f.status().map(s -> String.valueOf(s.modified().toEpochMilli())).orElse(""),
                f.status()
                        .flatMap(FileStatus::changed)
                        .map(c -> String.valueOf(c.toEpochMilli()))
                        .orElse(""));
    }

    private static SourceFile file(String line) {
        String[] f = line.split("\t", -1);
        Optional<FileStatus> status = f[2].isEmpty()
                ? Optional.empty()
                : Optional.of(new FileStatus(
                        Long.parseLong(f[2]),
                        Instant.ofEpochMilli(Long.parseLong(f[3])),
                        f[4].isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(f[4])))));
        return new SourceFile(f[0], f[1], status);
    }

    /** The record in the rows of {@link #QUERY}; empty when the dataset has no build graph. */
    public static Optional<BuildRecord> read(RowSet rows) {
        Optional<BuildRecord> found = Optional.empty();
        Map<NamedGraphs, Long> counts = new EnumMap<>(NamedGraphs.class);
        List<SourceFile> files = List.of();
        while (rows.hasNext()) {
            Binding row = rows.next();
            found = matched(row);
            if (row.get("sourceFiles") != null) {
                files = row.get("sourceFiles")
                        .getLiteralLexicalForm()
                        .lines()
                        .map(BuildRecord::file)
                        .toList();
            }
            if (row.get("graph") != null) {
                String graph = row.get("graph").getURI();
                NamedGraphs.ALL.stream()
                        .filter(g -> g.iri().equals(graph))
                        .findFirst()
                        .ifPresent(
                                g -> counts.put(g, ((Number) row.get("triples").getLiteralValue()).longValue()));
            }
        }
        List<SourceFile> sourceFiles = files;
        return found.map(r -> new BuildRecord(r.builtAt(), r.sourceChecksum(), counts, sourceFiles));
    }

    /** Build time and checksum of a row where {@link #PATTERN} matched, without counts; empty where it did not. */
    public static Optional<BuildRecord> matched(Binding row) {
        if (row.get("sourceChecksum") == null) {
            return Optional.empty();
        }
        return Optional.of(new BuildRecord(
                row.get("builtAt").getLiteralLexicalForm(),
                row.get("sourceChecksum").getLiteralLexicalForm(),
                Map.of(),
                List.of()));
    }

    /** The checksum in the rows of {@link #CHECKSUM}. */
    public static Optional<String> readChecksum(RowSet rows) {
        return rows.hasNext()
                ? Optional.of(rows.next().get("sourceChecksum").getLiteralLexicalForm())
                : Optional.empty();
    }
}
