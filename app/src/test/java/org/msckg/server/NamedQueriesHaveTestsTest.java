package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.NamedQueryCatalog;

/** A named query without a test that runs it by name is a query nobody checks. */
class NamedQueriesHaveTestsTest {
    @Test
    void everyNamedQueryIsRunByNameInSomeTest() throws IOException {
        Path tests = Fixtures.projectRoot().resolve("app/src/test/java");
        String allTests;
        try (Stream<Path> files = Files.walk(tests)) {
            allTests = files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .reduce("", String::concat);
        }
        List<String> untested = NamedQueryCatalog.load(Fixtures.projectRoot().resolve("queries")).all().stream()
                .map(NamedQuery::name)
                .filter(name -> !allTests.contains("\"" + name + "\""))
                .toList();
        assertEquals(List.of(), untested);
    }
}
