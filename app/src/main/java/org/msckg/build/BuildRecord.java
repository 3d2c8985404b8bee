package org.msckg.build;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/**
 * The record a build leaves in the build graph: when it ran, the checksum of the sources it read
 * and how many triples each named graph got. The one place that writes it and knows how to read it
 * back; health, ETags, the stores and the command line ask through here.
 *
 * @param builtAt an xsd:dateTime, as written
 */
public record BuildRecord(String builtAt, String sourceChecksum, Map<NamedGraphs, Long> triplesPerGraph) {
    /** Binds {@code ?builtAt} and {@code ?sourceChecksum}; for a query that reads more in the same step. */
    public static final String PATTERN = "GRAPH <%s> { ?build <%s> ?builtAt ; <%s> ?sourceChecksum }"
            .formatted(NamedGraphs.BUILD.iri(), MSCKG.builtAt.getURI(), MSCKG.sourceChecksum.getURI());

    /** The checksum alone, asked on every request that carries an ETag. */
    public static final Query CHECKSUM =
            QueryFactory.create("SELECT ?sourceChecksum WHERE { GRAPH <%s> { ?build <%s> ?sourceChecksum } } LIMIT 1"
                    .formatted(NamedGraphs.BUILD.iri(), MSCKG.sourceChecksum.getURI()));

    /** The whole record: one row per named graph it counts. */
    public static final Query QUERY = QueryFactory.create("""
            SELECT ?builtAt ?sourceChecksum ?graph ?triples WHERE {
              %s
              OPTIONAL { GRAPH <%s> { ?build <%s> [ <%s> ?graph ; <%s> ?triples ] } }
            }""".formatted(
            PATTERN, NamedGraphs.BUILD.iri(), MSCKG.graph.getURI(), MSCKG.graph.getURI(), MSCKG.tripleCount.getURI()));

    public BuildRecord {
        triplesPerGraph = Map.copyOf(triplesPerGraph);
    }

    /** The record of a build that has just produced {@code graphs} from sources with {@code checksum}. */
    public static BuildRecord of(String checksum, Map<NamedGraphs, Model> graphs) {
        Map<NamedGraphs, Long> counts = new EnumMap<>(NamedGraphs.class);
        graphs.forEach((g, m) -> counts.put(g, m.size()));
        return new BuildRecord(Instant.now().toString(), checksum, counts);
    }

    /** The build graph that says this. */
    public Model toModel() {
        Model m = ModelFactory.createDefaultModel();
        Resource build = m.createResource(MSCKG.BASE + "build/" + sourceChecksum.substring(0, 16))
                .addProperty(RDF.type, MSCKG.Build)
                .addProperty(MSCKG.sourceChecksum, sourceChecksum)
                .addLiteral(MSCKG.builtAt, m.createTypedLiteral(builtAt, XSDDatatype.XSDdateTime));
        triplesPerGraph.forEach((g, n) -> build.addProperty(
                MSCKG.graph,
                m.createResource()
                        .addProperty(MSCKG.graph, m.createResource(g.iri()))
                        .addLiteral(MSCKG.tripleCount, n)));
        return m;
    }

    /** The record in the rows of {@link #QUERY}; empty when the dataset has no build graph. */
    public static Optional<BuildRecord> read(RowSet rows) {
        Optional<BuildRecord> found = Optional.empty();
        Map<NamedGraphs, Long> counts = new EnumMap<>(NamedGraphs.class);
        while (rows.hasNext()) {
            Binding row = rows.next();
            found = matched(row);
            if (row.get("graph") != null) {
                String graph = row.get("graph").getURI();
                NamedGraphs.ALL.stream()
                        .filter(g -> g.iri().equals(graph))
                        .findFirst()
                        .ifPresent(
                                g -> counts.put(g, ((Number) row.get("triples").getLiteralValue()).longValue()));
            }
        }
        return found.map(r -> new BuildRecord(r.builtAt(), r.sourceChecksum(), counts));
    }

    /** Build time and checksum of a row where {@link #PATTERN} matched, without counts; empty where it did not. */
    public static Optional<BuildRecord> matched(Binding row) {
        if (row.get("sourceChecksum") == null) {
            return Optional.empty();
        }
        return Optional.of(new BuildRecord(
                row.get("builtAt").getLiteralLexicalForm(),
                row.get("sourceChecksum").getLiteralLexicalForm(),
                Map.of()));
    }

    /** The checksum in the rows of {@link #CHECKSUM}. */
    public static Optional<String> readChecksum(RowSet rows) {
        return rows.hasNext()
                ? Optional.of(rows.next().get("sourceChecksum").getLiteralLexicalForm())
                : Optional.empty();
    }
}
