package org.msckg.docs;

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
import org.junit.jupiter.api.TestFactory;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.server.sparql.UnionDefaultGraph;

/** Every SPARQL example of docs/schema.md runs on the real graph as /sparql serves it and its answer holds the expected value. */
class SchemaDocIT {
    private static final Pattern EXAMPLE = Pattern.compile("```sparql\\n(.*?)```\\nexpect: `([^`]+)`", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyExampleQueryAnswersWithTheValueTheDocPromises() throws IOException {
        String doc = Files.readString(Fixtures.projectRoot().resolve("docs/schema.md"));
        var m = EXAMPLE.matcher(doc);
        List<DynamicTest> tests = new ArrayList<>();
        while (m.find()) {
            String query = m.group(1);
            String expected = m.group(2);
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
            }));
        }
        assertFalse(tests.size() < 10, "docs/schema.md lost its examples: " + tests.size());
        return tests.stream();
    }
}
