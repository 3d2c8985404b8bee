package org.msckg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.server.sparql.UnionDefaultGraph;

/** Every SPARQL example of docs/schema.md runs on the real graph as /sparql serves it and its answer holds the expected value. */
class SchemaDocIT {
    private static final Pattern EXAMPLE =
            Pattern.compile("```sparql\\n(.*?)```\\nexpect: `([^`]+)`(?:\\nabsent: `([^`]+)`)?", Pattern.DOTALL);
    private static final Pattern DECLARED =
            Pattern.compile("^(msckg:\\w+) a owl:AnnotationProperty", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everyExampleQueryAnswersWithTheValueTheDocPromises() throws IOException {
        String doc = Files.readString(Fixtures.projectRoot().resolve("docs/schema.md"));
        var m = EXAMPLE.matcher(doc);
        List<DynamicTest> tests = new ArrayList<>();
        while (m.find()) {
            String query = m.group(1);
            String expected = m.group(2);
            String absent = m.group(3);
            tests.add(DynamicTest.dynamicTest("answers with " + expected, () -> {
                var ds = DatasetFactory.wrap(new UnionDefaultGraph(BuiltGraph.dataset()));
                String csv = Txn.calculateRead(ds, () -> {
                    try (var qe = QueryExecutionFactory.create(query, ds)) {
                        var out = new java.io.ByteArrayOutputStream();
                        ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
                    }
                });
                assertTrue(csv.contains(expected), () -> "expected " + expected + " in\n" + csv);
                if (absent != null) {
                    assertFalse(csv.contains(absent), () -> "did not expect " + absent + " in\n" + csv);
                }
            }));
        }
        assertFalse(tests.size() < 10, "docs/schema.md lost its examples: " + tests.size());
        return tests.stream();
    }

    @Test
    void everyPropertyOfTheSchemaIsDocumented() throws IOException {
        String doc = Files.readString(Fixtures.projectRoot().resolve("docs/schema.md"));
        String schema = Files.readString(Fixtures.projectRoot().resolve("ontology/msckg.ttl"));
        var m = DECLARED.matcher(schema);
        List<String> missing = new ArrayList<>();
        int declared = 0;
        while (m.find()) {
            declared++;
            if (!doc.contains("| `" + m.group(1) + "` |")) {
                missing.add(m.group(1));
            }
        }
        assertTrue(declared >= 60, "the schema declares " + declared + " properties");
        assertEquals(List.of(), missing, "properties of ontology/msckg.ttl missing from the table of docs/schema.md");
    }
}
