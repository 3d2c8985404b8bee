package org.msckg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.NamedQueryCatalog;
import org.msckg.query.named.QueryRunner;
import org.msckg.server.limits.GuardedQueries;
import org.msckg.server.limits.Limits;

/** The named queries name their graphs: over the union default graph they answer as over the stored dataset. */
class NamedQueriesOverUnionIT {
    @Test
    void everyNamedQueryGivesTheSameRowsOverTheUnionDefaultGraph() {
        NamedQueryCatalog catalog =
                NamedQueryCatalog.load(Fixtures.projectRoot().resolve("queries"));
        Duration timeout = Duration.ofSeconds(60);
        Limits limits = Limits.DEFAULTS.withQueryTimeout(timeout).withMaxRows(100_000);
        var stored = new QueryRunner(new GuardedQueries(BuiltGraph::dataset, timeout), catalog, limits);
        var union = new QueryRunner(
                new GuardedQueries(() -> new UnionDefaultGraph(BuiltGraph.dataset()), timeout), catalog, limits);
        for (NamedQuery q : catalog.all()) {
            Map<String, String> defaults = new LinkedHashMap<>();
            q.parameters().forEach(p -> defaults.put(p.name(), p.defaultValue()));
            var expected = stored.run(q.name(), defaults);
            assertEquals(expected, union.run(q.name(), defaults), q.name());
        }
    }
}
