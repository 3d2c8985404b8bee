package org.msckg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which package may use which, read from the imports of the sources: the command line and the
 * benchmark call the read models and the server, never the web layer; the read models know nothing
 * of Javalin, the web layer or the command line.
 */
class PackageDependenciesTest {
    private static final Path ROOT = Fixtures.projectRoot();

    /** "file: import line" for every import in the sources under {@code dir} that starts with one of {@code banned}. */
    private static List<String> importsOf(Path dir, String... banned) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream()
                            .map(String::strip)
                            .filter(l -> l.startsWith("import "))
                            .filter(l -> Stream.of(banned)
                                    .anyMatch(b -> l.replaceFirst("^import (static )?", "")
                                            .startsWith(b)))
                            .map(l -> ROOT.relativize(f) + ": " + l))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCommandLineAndTheBenchmarkDoNotUseTheWebLayer() {
        assertEquals(
                List.of(), importsOf(ROOT.resolve("app/src/main/java/org/msckg/cli"), "org.msckg.web.", "io.javalin."));
        assertEquals(List.of(), importsOf(ROOT.resolve("bench/src/main/java"), "org.msckg.web."));
    }

    @Test
    void theReadModelsKnowNothingOfJavalinTheWebLayerOrTheCommandLine() {
        assertEquals(
                List.of(),
                importsOf(
                        ROOT.resolve("app/src/main/java/org/msckg/query"),
                        "io.javalin.",
                        "org.msckg.web.",
                        "org.msckg.cli.",
                        "picocli."));
    }

    @Test
    void aBannedImportIsFound() {
        List<String> found = importsOf(ROOT.resolve("app/src/main/java/org/msckg/web"), "io.javalin.");
        assertTrue(found.size() > 5, "the web layer uses Javalin, and the scan sees it: " + found);
    }
}
