package org.msckg.query.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.query.terms.TermIndex;
import org.msckg.server.limits.Limits;
import org.msckg.vocab.Prefixes;

/**
 * Every named query that returns entities (IRIs the graph gives a label) also returns their labels:
 * a column X of such values comes with a column XLabel holding each one's label.
 */
class NamedQueryLabelsIT {
    private static final NamedQueryCatalog CATALOG =
            NamedQueryCatalog.load(Fixtures.projectRoot().resolve("queries"));
    private static final QueryRunner RUNNER = new QueryRunner(BuiltGraph::dataset, CATALOG, Limits.DEFAULTS);

    @Test
    void everyColumnOfLabelledEntitiesHasItsLabelColumnBesideIt() {
        TermIndex terms = TermIndex.of(BuiltGraph.dataset());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (NamedQuery q : CATALOG.all()) {
            QueryRunner.Result r = RUNNER.run(q.name(), Map.of());
            for (String column : r.columns()) {
                List<String> labelled = r.rows().stream()
                        .map(row -> row.getOrDefault(column, ""))
                        .filter(v -> Prefixes.expand(v)
                                .map(terms::label)
                                .filter(l -> !l.isEmpty())
                                .isPresent())
                        .toList();
                if (labelled.isEmpty()) {
                    continue;
                }
                checked++;
                if (!r.columns().contains(column + "Label")) {
                    missing.add(q.name() + " ?" + column);
                    continue;
                }
                for (Map<String, String> row : r.rows()) {
                    String label = Prefixes.expand(row.getOrDefault(column, ""))
                            .map(terms::label)
                            .orElse("");
                    assertEquals(label, row.get(column + "Label"), q.name() + " ?" + column + "Label of " + row);
                }
            }
        }
        assertTrue(missing.isEmpty(), "IRI columns without their label column: " + missing);
        assertTrue(checked > 50, "the queries return entities in many columns: " + checked);
    }

    @Test
    void claimsAboutATermNameTheirSubjectRelationAndObject() {
        QueryRunner.Result r = RUNNER.run("claims-about-term", Map.of("term", "MSCKG:0000021"));
        assertFalse(r.rows().isEmpty());
        for (Map<String, String> row : r.rows()) {
            assertTrue(
                    row.get("subjectLabel").equals("iPSC-MSC-derived exosome")
                            || row.get("objectLabel").equals("iPSC-MSC-derived exosome"),
                    row.toString());
            assertFalse(row.get("predicateLabel").isEmpty(), row.toString());
        }
    }
}
