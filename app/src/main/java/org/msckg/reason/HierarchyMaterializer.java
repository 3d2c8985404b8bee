package org.msckg.reason;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;

/**
 * Writes the reasoner's class hierarchy as plain triples (every entailed C rdfs:subClassOf D between
 * named classes, transitively closed) and the types it entails for the curated records, so that
 * queries need no reasoner and no property paths.
 */
public final class HierarchyMaterializer {
    private final Map<String, Set<String>> superClasses = new HashMap<>();

    public HierarchyMaterializer(List<OWLSubClassOfAxiom> hierarchy) {
        for (OWLSubClassOfAxiom a : hierarchy) {
            superClasses
                    .computeIfAbsent(a.getSubClass().asOWLClass().getIRI().toString(), k -> new HashSet<>())
                    .add(a.getSuperClass().asOWLClass().getIRI().toString());
        }
    }

    public Set<String> superClassesOf(String classIri) {
        return superClasses.getOrDefault(classIri, Set.of());
    }

    /** The hierarchy, plus the rdf:type closure of the nodes typed in {@code data}. */
    public Model materialize(Model data) {
        Model inferred = ModelFactory.createModelForGraph(GraphMemFactory.createGraphMem2());
        superClasses.forEach((sub, sups) -> {
            Resource s = inferred.createResource(sub);
            sups.forEach(sup -> s.addProperty(RDFS.subClassOf, inferred.createResource(sup)));
        });
        List<Statement> types =
                data.listStatements(null, RDF.type, (Resource) null).toList();
        for (Statement t : types) {
            if (t.getObject().isURIResource()) {
                for (String sup : superClassesOf(t.getObject().asResource().getURI())) {
                    if (!data.contains(t.getSubject(), RDF.type, data.createResource(sup))) {
                        inferred.add(t.getSubject(), RDF.type, inferred.createResource(sup));
                    }
                }
            }
        }
        return inferred;
    }
}
