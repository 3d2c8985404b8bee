package org.msckg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;

/** The README's layout table names every package of the product. */
class ReadmeLayoutTest {
    @Test
    void theLayoutTableNamesEveryPackage() throws IOException {
        Path root = Fixtures.projectRoot();
        String appRow = Files.readAllLines(root.resolve("README.md")).stream()
                .filter(l -> l.startsWith("| `app/` |"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the README's layout table has no app/ row"));
        List<String> packages;
        try (Stream<Path> dirs = Files.list(root.resolve("app/src/main/java/org/msckg"))) {
            packages = dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        }
        assertTrue(packages.containsAll(List.of("cli", "query", "server", "web")), packages.toString());
        assertEquals(
                List.of(),
                packages.stream().filter(p -> !appRow.contains("`" + p + "`")).toList(),
                "packages the layout table does not name");
    }
}
