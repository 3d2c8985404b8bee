package org.msckg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The product jar (packaged before the integration tests) holds the product and nothing of the benchmark. */
class ProductJarIT {
    private static final Path TARGET = Fixtures.projectRoot().resolve("app/target");

    @Test
    void theProductJarHoldsNoBenchmarkOrSyntheticProjectClasses() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("msckg.jar").toFile())) {
            List<String> entries = jar.stream().map(e -> e.getName()).toList();
            assertTrue(entries.contains("org/msckg/Main.class"), "the jar holds the product");
            assertTrue(entries.contains("org/msckg/cli/MsckgCommand.class"));
            assertEquals(
                    List.of(),
                    entries.stream()
                            .filter(n -> n.startsWith("org/msckg/bench/") || n.startsWith("org/msckg/synth/"))
                            .toList());
            assertEquals("org.msckg.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    @Test
    void theProductsLibrariesLeaveOutTheStandAloneFusekiServer() throws IOException {
        try (Stream<Path> lib = Files.list(TARGET.resolve("lib"))) {
            List<String> jars = lib.map(p -> p.getFileName().toString()).toList();
            assertTrue(jars.stream().anyMatch(j -> j.startsWith("jena-fuseki-main-")), jars.toString());
            assertTrue(jars.stream().anyMatch(j -> j.startsWith("picocli-")), jars.toString());
            assertFalse(jars.stream().anyMatch(j -> j.startsWith("jena-fuseki-server-")), jars.toString());
        }
        assertFalse(Files.exists(TARGET.resolve("fuseki")), "the stand-alone Fuseki jar is the bench module's");
    }
}
