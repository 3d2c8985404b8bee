package org.msckg.serve.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/** What the served dataset holds: triples per named graph, when it was built and from which sources. */
public final class GraphStatus {
    private final Supplier<DatasetGraph> served;

    /** @param served the dataset being served, taken once per reading */
    public GraphStatus(Supplier<DatasetGraph> served) {
        this.served = served;
    }

    public record Status(String status, Map<String, Long> triplesPerGraph, String builtAt, String sourceChecksum) {}

    public Status read() {
        DatasetGraph dataset = served.get();
        return Txn.calculateRead(dataset, () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (NamedGraphs g : NamedGraphs.ALL) {
                counts.put(g.shortName(), dataset.getGraph(g.node()).size() + 0L);
            }
            String q = "SELECT ?t ?c WHERE { GRAPH <%s> { ?b <%s> ?t ; <%s> ?c } }"
                    .formatted(NamedGraphs.BUILD.iri(), MSCKG.builtAt.getURI(), MSCKG.sourceChecksum.getURI());
            try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(dataset))) {
                var rs = qe.execSelect();
                if (!rs.hasNext()) {
                    return new Status("empty", counts, null, null);
                }
                var row = rs.next();
                return new Status("ok", counts, row.getLiteral("t").getLexicalForm(), row.getLiteral("c").getString());
            }
        });
    }
}
