package org.msckg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
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
    void theProductJarCarriesItsLibrariesButNotTheStandAloneFusekiServer() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("msckg.jar").toFile())) {
            List<String> entries = jar.stream().map(e -> e.getName()).toList();
            assertTrue(entries.contains("org/apache/jena/fuseki/main/FusekiServer.class"), "embedded Fuseki");
            assertTrue(entries.contains("picocli/CommandLine.class"));
            assertEquals(
                    List.of(), entries.stream().filter(n -> n.endsWith(".jar")).toList(), "no jar in the jar");
            assertFalse(entries.contains("webapp/index.html"), "no stand-alone Fuseki server (its UI)");
        }
        assertFalse(Files.exists(TARGET.resolve("fuseki")), "the stand-alone Fuseki jar is the bench module's");
    }

    @Test
    void everyLibrarysServicesAreMergedSoJenaStartsAllItsSubsystems() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("msckg.jar").toFile())) {
            String services = new String(
                    jar.getInputStream(jar.getEntry("META-INF/services/org.apache.jena.sys.JenaSubsystemLifecycle"))
                            .readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String init : List.of(
                    "org.apache.jena.riot.system.InitRIOT",
                    "org.apache.jena.sparql.system.InitARQ",
                    "org.apache.jena.tdb2.sys.InitTDB2",
                    "org.apache.jena.fuseki.main.sys.InitFusekiMain",
                    "org.apache.jena.shacl.sys.InitShacl")) {
                assertTrue(services.lines().anyMatch(init::equals), init + " in " + services);
            }
        }
    }
}
