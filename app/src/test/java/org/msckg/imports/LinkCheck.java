package org.msckg.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.OboInOwl;
import org.msckg.vocab.Prefixes;

/** Checks the graph's links to external ontologies against the imported modules; each method lists problems. */
public final class LinkCheck {
    private final ImportedTerms imported;

    public LinkCheck(ImportedTerms imported) {
        this.imported = imported;
    }

    /** External IRIs that the module of their ontology does not declare. */
    public List<String> missing(Set<String> used) {
        return used.stream()
                .sorted()
                .filter(iri -> !imported.declares(iri))
                .map(iri -> Prefixes.shorten(iri) + " is not in " + moduleOf(iri))
                .toList();
    }

    /** External IRIs that an imported module marks owl:deprecated. */
    public List<String> deprecated(Set<String> used) {
        return used.stream()
                .sorted()
                .filter(imported::deprecated)
                .map(iri -> Prefixes.shorten(iri) + " '" + imported.label(iri).orElse("") + "' is deprecated in "
                        + moduleOf(iri))
                .toList();
    }

    /** Curated label cells whose label is neither the term's rdfs:label nor one of its synonyms. */
    public List<String> labelMismatches(List<LabelCells.LabelCell> cells) {
        List<String> problems = new ArrayList<>();
        for (LabelCells.LabelCell cell : cells) {
            String iri = Prefixes.expand(cell.id()).orElse(cell.id());
            if (ImportedOntology.of(iri).isEmpty()) {
                continue;
            }
            if (cell.label().isEmpty()) {
                problems.add("%s: %s has no label beside it (as many labels as IDs, in the same order)"
                        .formatted(cell.where(), cell.id()));
            } else if (!imported.names(iri).contains(cell.label())) {
                problems.add("%s: %s is labelled '%s', but the module says '%s'"
                        .formatted(
                                cell.where(),
                                cell.id(),
                                cell.label(),
                                imported.label(iri).orElse("(no label)")));
            }
        }
        return problems;
    }

    /** A project class whose label or exact synonym is the label of an external term. */
    public record Duplicate(String projectId, String projectName, String externalId, String externalLabel) {
        public String describe() {
            return "%s '%s' has the label of %s '%s'".formatted(projectId, projectName, externalId, externalLabel);
        }
    }

    /**
     * Project (MSCKG_) terms of the ontology graph whose label or exact synonym is, ignoring case, the
     * label of a term of an imported ontology (fillers from other ontologies, such as PATO in CL's
     * module, are not compared).
     */
    public List<Duplicate> duplicates(Model ontology) {
        Map<String, Set<String>> byLabel = new TreeMap<>();
        imported.labels().forEach((iri, label) -> {
            if (ImportedOntology.of(iri).isPresent()) {
                byLabel.computeIfAbsent(key(label), k -> new TreeSet<>()).add(iri);
            }
        });
        List<Duplicate> duplicates = new ArrayList<>();
        for (Property p : List.of(RDFS.label, OboInOwl.hasExactSynonym)) {
            ontology.listStatements(null, p, (RDFNode) null)
                    .filterKeep(s -> s.getSubject().isURIResource()
                            && s.getSubject().getURI().startsWith(MSCKG.TERM))
                    .filterKeep(s -> s.getObject().isLiteral())
                    .forEach(s -> byLabel.getOrDefault(key(s.getString()), Set.of())
                            .forEach(ext -> duplicates.add(new Duplicate(
                                    Prefixes.shorten(s.getSubject().getURI()),
                                    s.getString(),
                                    Prefixes.shorten(ext),
                                    imported.label(ext).orElseThrow()))));
        }
        return duplicates.stream()
                .distinct()
                .sorted(Comparator.comparing(Duplicate::describe))
                .toList();
    }

    private static String key(String label) {
        return label.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String moduleOf(String iri) {
        return ImportedOntology.of(iri).map(ImportedOntology::moduleFile).orElse("any imported module");
    }
}
