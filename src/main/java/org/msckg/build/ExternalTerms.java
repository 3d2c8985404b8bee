package org.msckg.build;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.msckg.vocab.ImportedOntology;

/** The terms of imported ontologies that a graph names anywhere in its triples, by ontology. */
public final class ExternalTerms {
    private ExternalTerms() {}

    public static Map<ImportedOntology, SortedSet<String>> usedIn(Model... graphs) {
        Map<ImportedOntology, SortedSet<String>> used = new EnumMap<>(ImportedOntology.class);
        for (Model g : graphs) {
            g.listStatements().forEach(s -> nodes(s).filter(RDFNode::isURIResource).map(n -> n.asResource().getURI())
                    .forEach(iri -> ImportedOntology.of(iri)
                            .ifPresent(o -> used.computeIfAbsent(o, k -> new TreeSet<>()).add(iri))));
        }
        return used;
    }

    /** Every external IRI a graph names, whatever its ontology. */
    public static SortedSet<String> allUsedIn(Model... graphs) {
        SortedSet<String> all = new TreeSet<>();
        usedIn(graphs).values().forEach(all::addAll);
        return all;
    }

    private static Stream<RDFNode> nodes(Statement s) {
        return Stream.of(s.getSubject(), s.getPredicate(), s.getObject());
    }
}
