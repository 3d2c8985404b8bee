package org.msckg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the sources of the graph live in a project folder. */
public record ProjectLayout(Path root) {

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path ontologyFile() {
        return root.resolve("ontology/msckg.ttl");
    }

    public Path termsDir() {
        return root.resolve("ontology/terms");
    }

    public Path claimsDir() {
        return root.resolve("ontology/claims");
    }

    public Path importsDir() {
        return root.resolve("ontology/imports");
    }

    /** The review's mentions mapped to imported terms; their names become synonyms. */
    public Path mentionsFile() {
        return importsDir().resolve("mentions.tsv");
    }

    public Path shapesFile() {
        return root.resolve("ontology/shapes/msckg-shapes.ttl");
    }

    /** The Biolink mapping tables of the KGX export. */
    public Path kgxDir() {
        return root.resolve("ontology/kgx");
    }

    /** The review's numbered references and what is known of each (bibliographic records). */
    public Path referencesFile() {
        return root.resolve("ontology/references.tsv");
    }

    public Path reviewFile() {
        return root.resolve("ontology/source/review.txt");
    }

    public Path queriesDir() {
        return root.resolve("queries");
    }

    public List<Path> termTables() {
        return list(termsDir(), ".tsv");
    }

    public List<Path> claimTables() {
        return list(claimsDir(), ".tsv");
    }

    /** Registers about the review itself: its inconsistencies, with IDs that curation notes cite. */
    public Path registersDir() {
        return root.resolve("ontology/registers");
    }

    public List<Path> registerTables() {
        return list(registersDir(), ".tsv");
    }

    public List<Path> importModules() {
        return list(importsDir(), ".owl");
    }

    /** Every file whose change calls for a rebuild. */
    public List<Path> sources() {
        return Stream.of(
                        List.of(
                                ontologyFile(),
                                shapesFile(),
                                reviewFile(),
                                referencesFile(),
                                importsDir().resolve("imports-taxonomy.ttl"),
                                mentionsFile()),
                        termTables(),
                        claimTables(),
                        registerTables(),
                        importModules())
                .flatMap(List::stream)
                .filter(Files::exists)
                .sorted()
                .toList();
    }

    static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
