package org.msckg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.msckg.build.ProjectLayout;
import org.msckg.imports.ImportException;
import org.msckg.imports.ImportTaxonomyFile;
import org.msckg.imports.ImportedOntology;
import org.msckg.imports.ModuleRefresh;
import org.msckg.imports.TermLists;
import org.msckg.vocab.Prefixes;
import org.semanticweb.HermiT.ReasonerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;

/** {@code msckg imports classify|terms|refresh}: the import modules of ontology/imports/ (docs/linking.md). */
@Command(
        name = "imports",
        description = "The import modules of ontology/imports/: classify them, list the terms the curated sources"
                + " use, re-extract them from new releases (docs/linking.md).",
        subcommands = {ImportsCommand.Classify.class, ImportsCommand.Terms.class, ImportsCommand.Refresh.class})
public final class ImportsCommand {
    /** {@code msckg imports classify}: classifies the import modules once and writes their taxonomy. */
    @Command(
            name = "classify",
            description = "Classify the import modules with HermiT once, after they change"
                    + " (ontology/imports/imports-taxonomy.ttl).")
    static final class Classify implements Callable<Integer> {
        @Mixin
        private ProjectFolder project;

        @Override
        public Integer call() {
            ProjectLayout layout = new ProjectLayout(project.home());
            long start = System.nanoTime();
            long pairs = ImportTaxonomyFile.write(layout, new ReasonerFactory());
            System.out.printf(
                    "classified the imports with HermiT in %d ms: %d direct subclass pairs in %s%n",
                    (System.nanoTime() - start) / 1_000_000, pairs, ImportTaxonomyFile.path(layout));
            return 0;
        }
    }

    /** {@code msckg imports terms}: writes ontology/imports/&lt;ont&gt;_terms.txt from the curated sources. */
    @Command(
            name = "terms",
            description = "Write the term lists ontology/imports/<ont>_terms.txt from the curated sources.")
    static final class Terms implements Callable<Integer> {
        @Mixin
        private ProjectFolder project;

        @Override
        public Integer call() {
            ProjectLayout layout = new ProjectLayout(project.home());
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
    }

    /**
     * {@code msckg imports refresh --source DIR [--method BOT|TOP|STAR]}: re-extracts each module whose
     * full ontology (DIR/&lt;ont&gt;.owl, .obo or .ttl) is there, and tells what changed.
     */
    @Command(
            name = "refresh",
            description = "Re-extract each import module from a full release DIR/<ont>.owl, .obo or .ttl and"
                    + " report what changed (then: imports classify).")
    static final class Refresh implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private ProjectFolder project;

        @Option(
                names = "--source",
                required = true,
                paramLabel = "DIR",
                description = "the folder with the full releases")
        private Path source;

        @Option(
                names = "--method",
                paramLabel = "BOT|TOP|STAR",
                description = "the syntactic locality module, as robot extract --method: BOT (default: the terms"
                        + " and what they use), TOP (the terms and what uses them; much larger) or STAR")
        private ModuleType method = ModuleType.BOT;

        @Override
        public Integer call() {
            if (!Files.isDirectory(source)) {
                throw CommandLines.usageError(spec, "--source " + source + " is not a folder");
            }
            ProjectLayout layout = new ProjectLayout(project.home());
            ModuleRefresh refresh = new ModuleRefresh(method);
            int refreshed = 0;
            for (ImportedOntology o : ImportedOntology.values()) {
                Optional<Path> file = ModuleRefresh.sourceFile(source, o);
                if (file.isEmpty() || TermLists.read(layout.importsDir(), o).isEmpty()) {
                    System.out.printf(
                            "%s: %s%n",
                            o.key(),
                            file.isEmpty()
                                    ? "no " + o.key() + ".owl/.obo/.ttl in the source folder, module kept"
                                    : "no terms listed, module kept");
                    continue;
                }
                try {
                    print(refresh.refresh(o, file.get(), layout.importsDir()));
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
}
