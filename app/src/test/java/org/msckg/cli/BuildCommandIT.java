package org.msckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.build.ProjectLayout;
import org.msckg.build.SourceChecksum;
import org.msckg.curate.CurationException;
import org.msckg.imports.ImportTaxonomyFile;
import org.msckg.reason.UnsatisfiableClassException;
import org.msckg.store.DatasetStore;
import org.msckg.store.PublishOperation;

/** Builds a copy of the project into a store; breaks it; the served dataset survives. */
class BuildCommandIT {
    @TempDir
    static Path work;

    static ProjectLayout layout;
    static DatasetStore store;
    static Path firstBuild;
    static String firstChecksum;

    @BeforeAll
    static void buildTheProjectOnce() throws IOException, InterruptedException {
        Path project = work.resolve("project");
        copy(Fixtures.projectRoot().resolve("ontology"), project.resolve("ontology"));
        // Files changed just before a build get no recorded status; these have settled, as a user's have.
        Thread.sleep(SourceChecksum.SETTLED.plusMillis(100).toMillis());
        layout = new ProjectLayout(project);
        store = new DatasetStore(work.resolve("data"));
        List<String> out = new ArrayList<>();
        Builds.buildAndPublish(layout, store, out::add);
        firstBuild = store.current().orElseThrow();
        firstChecksum = SourceChecksum.of(layout).value();
        assertTrue(out.stream().anyMatch(l -> l.contains("citation coverage: 134 of 134")), String.join("\n", out));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void replaceInFile(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), "fixture text not found in " + file);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void anUnchangedProjectIsUpToDateSoServeDoesNotRebuild() {
        assertTrue(PublishOperation.upToDate(layout, store));
    }

    @Test
    void aSameSizeEditCallsForARebuildAndUndoingItDoesNot() throws IOException {
        assertTrue(
                store.record().orElseThrow().sourceFiles().stream()
                        .allMatch(f -> f.status().isPresent()),
                "the build recorded the status of each source");
        Path table = layout.claimsDir().resolve("table2.tsv");
        String original = Files.readString(table);
        try {
            replaceInFile(table, "\tMONDO:0005300\t", "\tMONDO:0005301\t");
            assertEquals(original.length(), Files.readString(table).length());
            assertFalse(PublishOperation.upToDate(layout, store), "same size, new status, other content");
        } finally {
            Files.writeString(table, original);
        }
        assertTrue(PublishOperation.upToDate(layout, store), "a new status, the recorded content");
    }

    @Test
    void aMalformedRowFailsTheBuildWithFileLineAndColumnAndTheServedDatasetStays() throws IOException {
        Path table = layout.claimsDir().resolve("table2.tsv");
        String original = Files.readString(table);
        try {
            replaceInFile(table, "\tMONDO:0005300\t", "\tMONDO 0005300\t");
            assertFalse(PublishOperation.upToDate(layout, store), "a changed table calls for a rebuild");
            var e = assertThrows(CurationException.class, () -> Builds.buildAndPublish(layout, store, s -> {}));
            assertTrue(
                    e.getMessage()
                            .matches("MSCKG-CUR-018 ontology/claims/table2.tsv:\\d+:\\d+ \\[.*] 'MONDO 0005300' .*"),
                    e.getMessage());
            assertEquals(firstBuild, store.current().orElseThrow(), "the previous dataset is still the current one");
            assertEquals(1, Failures.report(() -> Builds.buildAndPublish(layout, store, s -> {})));
        } finally {
            Files.writeString(table, original);
        }
        assertEquals(
                firstChecksum,
                store.record().orElseThrow().sourceChecksum(),
                "the previous dataset still opens and answers");
    }

    @Test
    void anUnsatisfiableClassFailsTheBuildNamingTheAxiomsInvolved() throws IOException {
        Path core = layout.ontologyFile();
        String original = Files.readString(core);
        try {
            Files.writeString(core, original + "\nMSCKG:0000004 owl:disjointWith MSCKG:0000002 .\n");
            var e = assertThrows(
                    UnsatisfiableClassException.class, () -> Builds.buildAndPublish(layout, store, s -> {}));
            assertEquals(
                    List.of(
                            "MSCKG:0000002 'hPSC-derived mesenchymal stem cell' DisjointWith MSCKG:0000004 'iPSC-derived mesenchymal stem cell'",
                            "MSCKG:0000004 'iPSC-derived mesenchymal stem cell' SubClassOf MSCKG:0000002 'hPSC-derived mesenchymal stem cell'"),
                    e.axioms());
            assertEquals(firstBuild, store.current().orElseThrow());
        } finally {
            Files.writeString(core, original);
        }
    }

    @Test
    void importModulesChangedWithoutReclassifyingAreRefused() throws IOException {
        Path module = layout.importsDir().resolve("ro_module.owl");
        String original = Files.readString(module);
        try {
            Files.writeString(module, original + "\n<!-- edited -->\n");
            var e = assertThrows(ImportTaxonomyFile.StaleImportsException.class, () -> ImportTaxonomyFile.read(layout));
            assertTrue(e.getMessage().startsWith("MSCKG-IMP-002"), e.getMessage());
        } finally {
            Files.writeString(module, original);
        }
        ImportTaxonomyFile.read(layout);
    }
}
