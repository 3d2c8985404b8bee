package org.msckg.imports;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;

/** The terms of imported ontologies that a graph names anywhere in its triples, by ontology. */
public final class ExternalTerms {
    private ExternalTerms() {}

    public static Map<ImportedOntology, SortedSet<String>> usedIn(Model... graphs) {
        Set<Node> iris = new HashSet<>();
        for (Model g : graphs) {
            g.getGraph().find().forEach(t -> {
                iris.add(t.getPredicate());
                if (t.getSubject().isURI()) {
                    iris.add(t.getSubject());
                }
                if (t.getObject().isURI()) {
                    iris.add(t.getObject());
                }
            });
        }
        Map<ImportedOntology, SortedSet<String>> used = new EnumMap<>(ImportedOntology.class);
        iris.stream()
                .map(Node::getURI)
                .forEach(iri -> ImportedOntology.of(iri)
                        .ifPresent(o ->
                                used.computeIfAbsent(o, k -> new TreeSet<>()).add(iri)));
        return used;
    }

    /** Every external IRI a graph names, whatever its ontology. */
    public static SortedSet<String> allUsedIn(Model... graphs) {
        SortedSet<String> all = new TreeSet<>();
        usedIn(graphs).values().forEach(all::addAll);
        return all;
    }
}
