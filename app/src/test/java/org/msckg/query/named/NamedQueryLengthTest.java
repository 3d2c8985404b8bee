package org.msckg.query.named;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;

/** Named queries stay lookups over what the build materialized: none is longer than 40 lines. */
class NamedQueryLengthTest {
    @Test
    void everyNamedQueryFitsInFortyLines() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.projectRoot().resolve("queries"))) {
            List<Path> queries = files.filter(f -> f.toString().endsWith(".rq")).toList();
            assertTrue(queries.size() >= 30, queries.toString());
            for (Path q : queries) {
                long lines = Files.readAllLines(q).size();
                assertTrue(lines <= 40, q.getFileName() + " has " + lines + " lines");
            }
        }
    }
}
