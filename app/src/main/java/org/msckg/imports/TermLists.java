package org.msckg.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.msckg.build.ProjectLayout;
import org.msckg.curate.CuratedTables;
import org.msckg.curate.ReviewText;
import org.msckg.curate.TemplateConverter;

/**
 * The per-ontology term lists ontology/imports/&lt;ont&gt;_terms.txt: the external IRIs the curated
 * graph uses, one per line, sorted. They are the seeds of {@code msckg imports refresh}.
 */
public final class TermLists {
    private TermLists() {}

    /** The external terms the project's ontology and claims name (no reasoning needed). */
    public static Map<ImportedOntology, SortedSet<String>> usedBy(ProjectLayout layout) {
        TemplateConverter converter = new TemplateConverter(ReviewText.read(layout.reviewFile()), layout.root());
        Model ontology = RDFDataMgr.loadModel(layout.ontologyFile().toString());
        ontology.add(CuratedTables.convert(layout.termTables(), converter).model());
        Model claims = CuratedTables.convert(layout.claimTables(), converter).model();
        return ExternalTerms.usedIn(ontology, claims);
    }

    /** The IRIs of a term list; blank lines and {@code #} comments are skipped; empty when there is no list. */
    public static SortedSet<String> read(Path importsDir, ImportedOntology ontology) {
        Path file = importsDir.resolve(ontology.termsFile());
        SortedSet<String> terms = new TreeSet<>();
        if (!Files.exists(file)) {
            return terms;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String iri = line.replaceFirst("#.*", "").trim();
                if (!iri.isEmpty()) {
                    terms.add(iri);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return terms;
    }

    /** Writes one list per imported ontology (an empty file where the graph uses none of its terms). */
    public static void write(Path importsDir, Map<ImportedOntology, SortedSet<String>> used) {
        try {
            Files.createDirectories(importsDir);
            for (ImportedOntology o : ImportedOntology.values()) {
                StringBuilder text = new StringBuilder();
                used.getOrDefault(o, new TreeSet<>())
                        .forEach(iri -> text.append(iri).append('\n'));
                Files.writeString(importsDir.resolve(o.termsFile()), text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the term lists in " + importsDir, e);
        }
    }
}
