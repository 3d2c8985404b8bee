package org.msckg.query.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.msckg.build.BuildRecord;
import org.msckg.store.LocalQueries;
import org.msckg.store.QueryService;
import org.msckg.vocab.NamedGraphs;

/** What the served dataset holds: triples per named graph, when it was built and from which sources. */
public final class GraphStatus {
    /** One query, so that counts and build come from the same state of a remote store. */
    private static final Query STATUS = QueryFactory.create("""
            SELECT ?g ?n ?builtAt ?sourceChecksum WHERE {
              { SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }
              OPTIONAL { %s }
            }""".formatted(BuildRecord.PATTERN));

    private final Supplier<Status> reader;

    private GraphStatus(Supplier<Status> reader) {
        this.reader = reader;
    }

    /**
     * A dataset in this process, read in one transaction: the build record, with the triples per graph
     * it recorded (a served dataset is only ever replaced whole, never edited); a graph the record does
     * not count is counted.
     */
    public static GraphStatus local(Supplier<DatasetGraph> served) {
        return new GraphStatus(() -> {
            DatasetGraph dataset = served.get();
            return Txn.calculateRead(dataset, () -> {
                Optional<BuildRecord> record =
                        LocalQueries.select(dataset, BuildRecord.QUERY, Map.of(), BuildRecord::read);
                Map<String, Long> counts = new LinkedHashMap<>();
                for (NamedGraphs g : NamedGraphs.ALL) {
                    Long recorded = record.map(r -> r.triplesPerGraph().get(g)).orElse(null);
                    counts.put(
                            g.shortName(),
                            recorded != null
                                    ? recorded
                                    : dataset.getGraph(g.node()).size());
                }
                return status(counts, record);
            });
        });
    }

    /** Any SPARQL store, in one query. */
    public static GraphStatus of(QueryService source) {
        return new GraphStatus(() -> source.select(STATUS, Map.of(), rows -> {
            Map<String, Long> stored = new LinkedHashMap<>();
            Optional<BuildRecord> record = Optional.empty();
            while (rows.hasNext()) {
                Binding b = rows.next();
                stored.put(b.get("g").getURI(), ((Number) b.get("n").getLiteralValue()).longValue());
                if (BuildRecord.matched(b).isPresent()) {
                    record = BuildRecord.matched(b);
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (NamedGraphs g : NamedGraphs.ALL) {
                counts.put(g.shortName(), stored.getOrDefault(g.iri(), 0L));
            }
            return status(counts, record);
        }));
    }

    private static Status status(Map<String, Long> counts, Optional<BuildRecord> record) {
        return record.map(r -> new Status("ok", counts, r.builtAt(), r.sourceChecksum()))
                .orElseGet(() -> new Status("empty", counts, null, null));
    }

    public record Status(String status, Map<String, Long> triplesPerGraph, String builtAt, String sourceChecksum) {}

    public Status read() {
        return reader.get();
    }
}
