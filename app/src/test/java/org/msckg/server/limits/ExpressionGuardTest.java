package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** Guarded expressions answer as ARQ's own do, and stop at the deadline or the string budget. */
class ExpressionGuardTest {
    private static final Limits LIMITS = Limits.DEFAULTS.withMaxStringChars(100_000);

    private static List<String> rows(DatasetGraph dataset, String query) {
        List<String> rows = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dataset))) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> rows.add(s.toString()));
        }
        return rows;
    }

    /** The rows, or the kind of error the query ended with. */
    private static List<String> answer(DatasetGraph dataset, String query) {
        try {
            return rows(dataset, query);
        } catch (RuntimeException e) {
            return List.of(e.getClass().getSimpleName());
        }
    }

    private static List<String> guarded(String query) {
        try (QueryDeadline d = QueryDeadline.start(Duration.ofSeconds(30))) {
            return rows(new GuardedDataset(DatasetGraphFactory.create(), LIMITS), query);
        }
    }

    @Test
    void regexReplaceAndConcatAnswerAsArqDoes() {
        String[] queries = {
            "SELECT ?x WHERE { VALUES ?s { \"Stem CELL\" \"stem\"@en \"bone\"^^<http://www.w3.org/2001/XMLSchema#string> 1 }"
                    + " BIND(REGEX(?s, \"^stem\", \"i\") AS ?x) }",
            "SELECT ?x WHERE { BIND(REGEX(\"a.b\", \".\", \"q\") AS ?x) }",
            "SELECT ?x WHERE { BIND(REGEX(\"a\\nb\", \"^b$\", \"m\") AS ?x) }",
            "SELECT ?x WHERE { BIND(REGEX(\"ab\", \"a b\", \"x\") AS ?x) }",
            "SELECT ?x WHERE { BIND(REGEX(\"ab\", \"(\") AS ?x) }",
            "SELECT ?x WHERE { BIND(REGEX(\"ab\", \"a\", \"z\") AS ?x) }",
            "SELECT ?x WHERE { VALUES ?p { \"b+\" \"[\" } BIND(REGEX(\"abbb\", ?p) AS ?x) }",
            "SELECT ?x WHERE { VALUES ?s { \"stem cells\"@en \"x\" } BIND(REPLACE(?s, \"(s)(t)\", \"$2$1\") AS ?x) }",
            "SELECT ?x WHERE { BIND(REPLACE(\"abc\", \"\", \"-\") AS ?x) }",
            "SELECT ?x WHERE { BIND(REPLACE(\"abc\", \"B\", \"x\", \"i\") AS ?x) }",
            "SELECT ?x WHERE { BIND(REPLACE(\"abc\", \"b\", \"$9\") AS ?x) }",
            "SELECT ?x WHERE { BIND(REPLACE(\"abc\", \"z\", \"y\") AS ?x) }",
            "SELECT ?x WHERE { BIND(CONCAT(\"a\"@en, \"b\"@en) AS ?x) }",
            "SELECT ?x WHERE { BIND(CONCAT(\"a\"@en, \"b\") AS ?x) }",
            "SELECT ?x WHERE { BIND(CONCAT() AS ?x) }",
            "SELECT (GROUP_CONCAT(UCASE(?v); separator=\",\") AS ?x) WHERE { VALUES ?v { \"a\" \"b\" } }",
            "SELECT ?x WHERE { VALUES ?v { 1 2 3 } FILTER(?v > 1) BIND(?v * 2 AS ?x) } ORDER BY ?x"
        };
        for (String q : queries) {
            List<String> arq = answer(DatasetGraphFactory.create(), q);
            try (QueryDeadline d = QueryDeadline.start(Duration.ofSeconds(30))) {
                assertEquals(arq, answer(new GuardedDataset(DatasetGraphFactory.create(), LIMITS), q), q);
            }
        }
    }

    @Test
    void aBacktrackingRegexOverAConstantStopsAtTheDeadline() {
        String q = "SELECT ?x WHERE { BIND(REGEX(\"" + "1,".repeat(34) + "\", \"^(.*?,){11}P\") AS ?x) }";
        long start = System.nanoTime();
        try (QueryDeadline d = QueryDeadline.start(Duration.ofMillis(300))) {
            assertThrows(
                    QueryCancelledException.class,
                    () -> rows(new GuardedDataset(DatasetGraphFactory.create(), LIMITS), q));
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 5_000, "stopped after " + ms + " ms");
    }

    @Test
    void aStringPastTheBudgetEndsTheQueryWithTheLimitsError() {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?x20) AS ?n) WHERE { BIND(\"a\" AS ?x0)");
        for (int i = 0; i < 20; i++) {
            q.append(" BIND(CONCAT(?x%d, ?x%d) AS ?x%d)".formatted(i, i, i + 1));
        }
        var e = assertThrows(QueryLimitException.class, () -> guarded(q + " }"));
        assertEquals(422, e.status());
        assertTrue(e.getMessage().startsWith("MSCKG-LIM-009"), e.getMessage());
        assertTrue(e.getMessage().contains("100,000"), e.getMessage());
        var replace = assertThrows(
                QueryLimitException.class,
                () -> guarded("SELECT ?x WHERE { BIND(REPLACE(\"" + "a".repeat(2000) + "\", \"a\", \"" + "b".repeat(100)
                        + "\") AS ?x) }"));
        assertTrue(replace.getMessage().startsWith("MSCKG-LIM-009"), replace.getMessage());
    }

    /** 1,000 rows, each a different string of about 1,000 characters: short each, but not all together. */
    private static final String THOUSAND_ROWS = " WHERE { VALUES ?a { 1 2 3 4 5 6 7 8 9 10 }"
            + " VALUES ?b { 1 2 3 4 5 6 7 8 9 10 } VALUES ?c { 1 2 3 4 5 6 7 8 9 10 }"
            + " BIND(CONCAT(STR(?a), STR(?b), STR(?c), \"" + "x".repeat(1000) + "\") AS ?x) }";

    @Test
    void aGroupConcatOverManyRowsEndsTheQueryWithTheLimitsError() {
        for (String aggregate : new String[] {"GROUP_CONCAT(?x)", "GROUP_CONCAT(DISTINCT ?x; separator=\",\")"}) {
            String q = "SELECT (STRLEN(" + aggregate + ") AS ?n)" + THOUSAND_ROWS;
            assertEquals(
                    List.of("QueryLimitException"),
                    answer(new GuardedDataset(DatasetGraphFactory.create(), LIMITS), q),
                    q);
            var e = assertThrows(QueryLimitException.class, () -> guarded(q), q);
            assertEquals(422, e.status());
            assertTrue(e.getMessage().startsWith("MSCKG-LIM-009"), e.getMessage());
        }
    }

    @Test
    void groupConcatsOfManyGroupsCountTogether() {
        String q = "SELECT ?a ?b (GROUP_CONCAT(?x) AS ?all)" + THOUSAND_ROWS + " GROUP BY ?a ?b";
        var e = assertThrows(QueryLimitException.class, () -> guarded(q));
        assertTrue(e.getMessage().startsWith("MSCKG-LIM-009"), e.getMessage());
    }

    @Test
    void aGroupConcatUnderTheBudgetAnswersAsArqDoes() {
        String q = "SELECT ?a (GROUP_CONCAT(?x; separator=\"|\") AS ?all) (GROUP_CONCAT(DISTINCT STR(?b)) AS ?bs)"
                + THOUSAND_ROWS
                        .replace("?b { 1 2 3 4 5 6 7 8 9 10 }", "?b { 1 2 }")
                        .replace("?c { 1 2 3 4 5 6 7 8 9 10 }", "?c { 1 2 3 }")
                + " GROUP BY ?a ORDER BY ?a";
        List<String> arq = rows(DatasetGraphFactory.create(), q);
        assertEquals(10, arq.size());
        assertTrue(arq.get(0).contains("|"), arq.get(0));
        assertEquals(arq, guarded(q));
    }

    @Test
    void shortStringsDoNotCountAgainstTheBudget() {
        String q =
                "SELECT (COUNT(?x) AS ?n) WHERE { VALUES ?a { 1 2 3 4 5 6 7 8 9 10 } VALUES ?b { 1 2 3 4 5 6 7 8 9 10 }"
                        + " VALUES ?c { 1 2 3 4 5 6 7 8 9 10 } BIND(CONCAT(STR(?a), \"" + "x".repeat(1000)
                        + "\") AS ?x) }";
        assertEquals(List.of("( ?n = 1000 )"), guarded(q));
    }
}
