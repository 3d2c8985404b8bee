package org.msckg.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.msckg.build.ProjectLayout;
import org.msckg.curate.ReviewText;
import org.msckg.curate.TsvTable;

/**
 * A project folder for scale tests: the source project's ontology, terms, imports, shapes, queries
 * and service configuration, and its claim tables multiplied {@code factor} times by
 * {@link ClaimMultiplier}, with the synthetic review their evidence quotes.
 */
public final class SyntheticProject {
    private final ProjectLayout source;
    private final int factor;
    private final long seed;

    public SyntheticProject(ProjectLayout source, int factor, long seed) {
        if (factor < 1) {
            throw new IllegalArgumentException("MSCKG-SYN-001 the factor must be 1 or more, not " + factor);
        }
        this.source = source;
        this.factor = factor;
        this.seed = seed;
    }

    /** What was written: claim rows per table and the size of the synthetic review. */
    public record Summary(Path root, Map<String, Integer> rowsPerTable, int reviewSentences) {
        public int rows() {
            return rowsPerTable.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Summary writeTo(Path outDir) {
        ProjectLayout target = new ProjectLayout(outDir);
        if (target.root().equals(source.root())) {
            throw new IllegalArgumentException(
                    "MSCKG-SYN-002 the synthetic project cannot overwrite its source " + source.root());
        }
        try {
            deleteIfExists(target.claimsDir());
            copy(source.ontologyFile(), target.ontologyFile());
            copy(source.shapesFile(), target.shapesFile());
            copyFolder(source.termsDir(), target.termsDir());
            copyFolder(source.importsDir(), target.importsDir());
            copyFolder(source.queriesDir(), target.queriesDir());
            copyFolder(source.root().resolve("fuseki-config"), target.root().resolve("fuseki-config"));

            List<TsvTable> tables =
                    source.claimTables().stream().map(TsvTable::read).toList();
            ClaimMultiplier multiplier = new ClaimMultiplier(
                    tables, ReviewText.read(source.reviewFile()).lastReference(), seed);
            Files.createDirectories(target.claimsDir());
            Map<String, Integer> rows = new LinkedHashMap<>();
            for (TsvTable table : tables) {
                String name = table.file().getFileName().toString();
                List<String> lines = new ArrayList<>();
                lines.add(String.join("\t", table.headers()));
                lines.add(String.join("\t", table.directives()));
                for (int copy = 1; copy <= factor; copy++) {
                    for (List<String> row : multiplier.copy(table, copy)) {
                        lines.add(String.join("\t", row));
                    }
                }
                Files.write(target.claimsDir().resolve(name), lines, StandardCharsets.UTF_8);
                rows.put(name, lines.size() - 2);
            }
            Files.createDirectories(target.reviewFile().getParent());
            Files.write(target.reviewFile(), multiplier.review(factor), StandardCharsets.UTF_8);
            return new Summary(target.root(), rows, multiplier.review(factor).size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic project to " + outDir, e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    private static void deleteIfExists(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }
}
