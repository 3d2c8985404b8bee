package org.msckg.serve.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.msckg.store.QueryService;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/** What the served dataset holds: triples per named graph, when it was built and from which sources. */
public final class GraphStatus {
    private static final Query COUNTS = QueryFactory.create("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
    private static final Query BUILD = QueryFactory.create("SELECT ?t ?c WHERE { GRAPH <%s> { ?b <%s> ?t ; <%s> ?c } }"
            .formatted(NamedGraphs.BUILD.iri(), MSCKG.builtAt.getURI(), MSCKG.sourceChecksum.getURI()));

    private final QueryService source;

    public GraphStatus(QueryService source) {
        this.source = source;
    }

    public record Status(String status, Map<String, Long> triplesPerGraph, String builtAt, String sourceChecksum) {}

    public Status read() {
        Map<String, Long> stored = source.select(COUNTS, Map.of(), rows -> {
            Map<String, Long> m = new LinkedHashMap<>();
            rows.forEachRemaining(b -> m.put(b.get("g").getURI(), ((Number) b.get("n").getLiteralValue()).longValue()));
            return m;
        });
        Map<String, Long> counts = new LinkedHashMap<>();
        for (NamedGraphs g : NamedGraphs.ALL) {
            counts.put(g.shortName(), stored.getOrDefault(g.iri(), 0L));
        }
        return source.select(BUILD, Map.of(), rows -> {
            if (!rows.hasNext()) {
                return new Status("empty", counts, null, null);
            }
            Binding b = rows.next();
            return new Status("ok", counts, b.get("t").getLiteralLexicalForm(), b.get("c").getLiteralLexicalForm());
        });
    }
}
