package org.msckg.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.build.ProjectLayout;
import org.msckg.export.GraphExport;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

/**
 * ROBOT's OBO report over the project's ontology merged with its import modules, limited to the
 * project's own entities. ROBOT (Jena 3, OWL API 4) runs as a separate java process from the
 * classpath the build copied into target/robot/, never from the service's.
 */
class RobotReportIT {
    private static final Path ROBOT = Fixtures.projectRoot().resolve("target/robot");

    @TempDir
    static Path work;

    private static List<String[]> rows;

    @BeforeAll
    static void runRobotReport() throws IOException, InterruptedException {
        assertTrue(
                Files.isDirectory(ROBOT),
                "target/robot/ is missing: mvn verify copies ROBOT there before the integration tests");
        Path ontology = work.resolve("msckg-ontology.owl");
        try (OutputStream out = Files.newOutputStream(ontology)) {
            GraphExport.write(BuiltGraph.dataset(), GraphExport.Format.OWL, Optional.of(NamedGraphs.ONTOLOGY), out);
        }
        Path report = work.resolve("report.tsv");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                ROBOT + "/*",
                "org.obolibrary.robot.CommandLineInterface",
                "merge",
                "--input",
                ontology.toString()));
        new ProjectLayout(Fixtures.projectRoot())
                .importModules()
                .forEach(m -> command.addAll(List.of("--input", m.toString())));
        command.addAll(List.of(
                "report", "--base-iri", "https://w3id.org/msckg/", "--fail-on", "none", "--output", report.toString()));
        Process robot = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("robot.log").toFile())
                .start();
        assertTrue(robot.waitFor(5, TimeUnit.MINUTES), "ROBOT did not finish in 5 minutes");
        assertEquals(0, robot.exitValue(), () -> "ROBOT failed: " + read(work.resolve("robot.log")));
        rows = Files.readAllLines(report, StandardCharsets.UTF_8).stream()
                .skip(1)
                .map(l -> l.split("\t", -1))
                .toList();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<String[]> level(String level) {
        return rows.stream().filter(r -> r[0].equals(level)).toList();
    }

    private static String subject(String[] row) {
        return Prefixes.shorten(row[2]);
    }

    @Test
    void robotReportsNoErrorOnTheProjectsOntology() {
        List<String> errors = level("ERROR").stream()
                .map(r -> r[1] + " " + subject(r) + " " + r[3] + " " + r[4])
                .toList();
        assertTrue(errors.isEmpty(), "ROBOT report ERRORs:\n  " + String.join("\n  ", errors));
    }

    @Test
    void theReportCoversTheProjectsEntitiesOnly() {
        assertTrue(
                rows.stream().anyMatch(r -> r[2].startsWith("https://w3id.org/msckg/")),
                "the report has rows on project entities");
        assertTrue(rows.stream().noneMatch(r -> r[2].startsWith(Prefixes.OBO)), "imported terms are not reported on");
    }

    @Test
    void everyWarningIsListedInTheQualityDocument() throws IOException {
        String doc = Files.readString(Fixtures.projectRoot().resolve("docs/quality.md"), StandardCharsets.UTF_8);
        List<String> unlisted = level("WARN").stream()
                .filter(r -> !doc.contains("| " + r[1] + " | `" + subject(r) + "` |"))
                .map(r -> r[1] + " " + subject(r))
                .distinct()
                .toList();
        assertTrue(
                unlisted.isEmpty(),
                "WARN rows missing from docs/quality.md (rule | `CURIE` |):\n  " + String.join("\n  ", unlisted));
    }
}
