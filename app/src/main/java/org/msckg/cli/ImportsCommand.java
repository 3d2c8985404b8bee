package org.msckg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.msckg.build.ProjectLayout;
import org.msckg.imports.ImportException;
import org.msckg.imports.ImportTaxonomyFile;
import org.msckg.imports.ImportedOntology;
import org.msckg.imports.ModuleRefresh;
import org.msckg.imports.TermLists;
import org.msckg.vocab.Prefixes;
import org.semanticweb.HermiT.ReasonerFactory;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;

/**
 * {@code msckg imports classify}: classifies the import modules once and writes their taxonomy.
 * {@code msckg imports terms}: writes ontology/imports/&lt;ont&gt;_terms.txt from the curated sources.
 * {@code msckg imports refresh --source DIR [--method BOT|STAR]}: re-extracts each module whose full
 * ontology (DIR/&lt;ont&gt;.owl, .obo or .ttl) is there, and tells what changed.
 */
public final class ImportsCommand {
    private final CommandLine cl;

    public ImportsCommand(CommandLine cl) {
        this.cl = cl;
    }

    public int run() {
        String action = cl.positional().isEmpty() ? "" : cl.positional().get(0);
        ProjectLayout layout = new ProjectLayout(cl.home());
        return switch (action) {
            case "terms" -> terms(layout);
            case "refresh" -> refresh(layout);
            case "classify" -> classify(layout);
            default -> throw new UsageException("imports needs 'classify', 'terms' or 'refresh --source DIR'");
        };
    }

    private int classify(ProjectLayout layout) {
        cl.allowOnly();
        long start = System.nanoTime();
        long pairs = ImportTaxonomyFile.write(layout, new ReasonerFactory());
        System.out.printf(
                "classified the imports with HermiT in %d ms: %d direct subclass pairs in %s%n",
                (System.nanoTime() - start) / 1_000_000, pairs, ImportTaxonomyFile.path(layout));
        return 0;
    }

    private int terms(ProjectLayout layout) {
        cl.allowOnly();
        Map<ImportedOntology, SortedSet<String>> used = TermLists.usedBy(layout);
        TermLists.write(layout.importsDir(), used);
        for (ImportedOntology o : ImportedOntology.values()) {
            System.out.printf(
                    "%-20s %4d terms%n",
                    o.termsFile(),
                    used.getOrDefault(o, Collections.emptySortedSet()).size());
        }
        return 0;
    }

    private int refresh(ProjectLayout layout) {
        cl.allowOnly("source", "method");
        Path dir = Path.of(Optional.ofNullable(cl.options().get("source"))
                .orElseThrow(() -> new UsageException("imports refresh needs --source DIR")));
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--source " + dir + " is not a folder");
        }
        ModuleType type = moduleType(cl.option("method", "BOT"));
        ModuleRefresh refresh = new ModuleRefresh(type);
        int refreshed = 0;
        for (ImportedOntology o : ImportedOntology.values()) {
            Optional<Path> source = ModuleRefresh.sourceFile(dir, o);
            if (source.isEmpty() || TermLists.read(layout.importsDir(), o).isEmpty()) {
                System.out.printf(
                        "%s: %s%n",
                        o.key(),
                        source.isEmpty()
                                ? "no " + o.key() + ".owl/.obo/.ttl in the source folder, module kept"
                                : "no terms listed, module kept");
                continue;
            }
            try {
                print(refresh.refresh(o, source.get(), layout.importsDir()));
                refreshed++;
            } catch (ImportException e) {
                System.err.println(o.key() + ": " + e.getMessage());
                return 1;
            }
        }
        System.out.printf(
                "%d module(s) refreshed; run ./msckg imports classify, then ./msckg build and the tests (mvn -B verify)%n",
                refreshed);
        return 0;
    }

    private static ModuleType moduleType(String name) {
        try {
            return ModuleType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--method is BOT, TOP or STAR, not '" + name + "'");
        }
    }

    private static void print(ModuleRefresh.Report r) {
        System.out.printf(
                "%s: %d axioms for %d listed terms from %s (%s)%n",
                r.ontology().key(), r.axioms(), r.terms(), r.source().getFileName(), r.sourceVersion());
        System.out.printf("  labelled terms added %d, removed %d%n", r.added(), r.removed());
        r.gone()
                .forEach(t -> System.out.println(
                        "  GONE        " + Prefixes.shorten(t) + " (listed, but not in the source)"));
        r.deprecated().forEach(t -> System.out.println("  DEPRECATED  " + Prefixes.shorten(t)));
        r.labelChanges().forEach(t -> System.out.println("  LABEL       " + t));
    }
}
