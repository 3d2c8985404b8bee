package org.msckg.imports;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.reason.OwlOntologies;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.reasoner.OWLReasonerFactory;

/**
 * The classified hierarchy of the imported modules: every named class with its direct inferred
 * superclasses. Computed once when the imports change (about half a minute with HermiT), it stands
 * in for the imports' class axioms in every build, so a build reasons over the project's axioms and
 * a small taxonomy instead of the whole modules.
 */
public final class ImportTaxonomy {
    private ImportTaxonomy() {}

    public static Model classify(Set<OWLAxiom> importAxioms, OWLReasonerFactory factory) {
        OWLOntology o;
        try {
            o = OWLManager.createOWLOntologyManager()
                    .createOntology(importAxioms.stream()
                            .filter(OwlOntologies::forReasoner)
                            .collect(Collectors.toSet()));
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException(e);
        }
        OWLReasoner reasoner = factory.createReasoner(o);
        try {
            Model m = ModelFactory.createDefaultModel();
            o.classesInSignature()
                    .filter(c -> !c.isOWLThing() && !c.isOWLNothing())
                    .forEach(c -> {
                        reasoner.superClasses(c, true)
                                .filter(s -> !s.isOWLThing())
                                .forEach(s -> add(m, c, s));
                        reasoner.equivalentClasses(c)
                                .filter(e -> !e.equals(c) && !e.isOWLNothing())
                                .forEach(e -> add(m, c, e));
                    });
            return m;
        } finally {
            reasoner.dispose();
        }
    }

    /**
     * What a build gives the reasoner from the imports: the taxonomy, the labels of its classes and
     * the object property hierarchy (with transitivity and inverses; no chains, domains or ranges).
     */
    public static Model forReasoning(Model imports, Model taxonomy) {
        Model m = ModelFactory.createDefaultModel();
        m.add(taxonomy.listStatements(null, RDFS.subClassOf, (RDFNode) null));
        m.listSubjects()
                .andThen(m.listObjects().filterKeep(RDFNode::isURIResource).mapWith(RDFNode::asResource))
                .toSet()
                .forEach(c -> {
                    m.add(c, RDF.type, OWL2.Class);
                    imports.listStatements(c, RDFS.label, (RDFNode) null).forEach(m::add);
                });
        imports.listSubjectsWithProperty(RDF.type, OWL2.ObjectProperty)
                .filterKeep(Resource::isURIResource)
                .forEach(p -> {
                    m.add(p, RDF.type, OWL2.ObjectProperty);
                    imports.listStatements(p, RDFS.label, (RDFNode) null).forEach(m::add);
                    imports.listStatements(p, RDFS.subPropertyOf, (RDFNode) null)
                            .filterKeep(st -> st.getObject().isURIResource())
                            .forEach(m::add);
                    imports.listStatements(p, OWL2.inverseOf, (RDFNode) null)
                            .filterKeep(st -> st.getObject().isURIResource())
                            .forEach(m::add);
                    if (imports.contains(p, RDF.type, OWL2.TransitiveProperty)) {
                        m.add(p, RDF.type, OWL2.TransitiveProperty);
                    }
                });
        return m;
    }

    private static void add(Model m, OWLClass sub, OWLClass sup) {
        m.add(
                m.createResource(sub.getIRI().toString()),
                RDFS.subClassOf,
                m.createResource(sup.getIRI().toString()));
    }
}
