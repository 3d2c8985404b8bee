package org.msckg.reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.reasoner.OWLReasonerFactory;

/**
 * Checks an ontology for consistency and unsatisfiable classes and classifies it. The reasoner is
 * injected, so tests can run the same fixture through another one. Failures are explained by the
 * axioms involved, never by a stack trace.
 */
public final class OntologyReasoner {
    private final OWLReasonerFactory factory;

    public OntologyReasoner(OWLReasonerFactory factory) {
        this.factory = factory;
    }

    /** The inferred class hierarchy, transitively closed, between named classes. */
    public record Classification(List<OWLSubClassOfAxiom> subClassAxioms, int classCount) {}

    public Classification classify(OWLOntology ontology) {
        OWLReasoner reasoner = factory.createReasoner(ontology);
        try {
            if (!reasoner.isConsistent()) {
                throw new InconsistentOntologyException(explain(ontology, o -> !consistent(o)));
            }
            Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
            if (!unsatisfiable.isEmpty()) {
                OWLClass first = unsatisfiable.stream()
                        .min(Comparator.comparing(OWLClass::getIRI))
                        .orElseThrow();
                throw new UnsatisfiableClassException(
                        new AxiomRenderer(ontology).render(first), explain(ontology, o -> !satisfiable(o, first)));
            }
            return new Classification(hierarchy(ontology, reasoner), (int)
                    ontology.classesInSignature().count());
        } finally {
            reasoner.dispose();
        }
    }

    private List<OWLSubClassOfAxiom> hierarchy(OWLOntology ontology, OWLReasoner reasoner) {
        OWLDataFactory df = ontology.getOWLOntologyManager().getOWLDataFactory();
        List<OWLSubClassOfAxiom> axioms = new ArrayList<>();
        ontology.classesInSignature()
                .filter(c -> !c.isOWLThing() && !c.isOWLNothing())
                .forEach(c -> {
                    reasoner.superClasses(c, false)
                            .filter(s -> !s.isOWLThing())
                            .forEach(s -> axioms.add(df.getOWLSubClassOfAxiom(c, s)));
                    reasoner.equivalentClasses(c)
                            .filter(e -> !e.equals(c) && !e.isOWLNothing())
                            .forEach(e -> axioms.add(df.getOWLSubClassOfAxiom(c, e)));
                });
        return axioms;
    }

    private boolean consistent(OWLOntology o) {
        OWLReasoner r = factory.createReasoner(o);
        try {
            return r.isConsistent();
        } finally {
            r.dispose();
        }
    }

    private boolean satisfiable(OWLOntology o, OWLClass c) {
        OWLReasoner r = factory.createReasoner(o);
        try {
            return r.isConsistent() && r.isSatisfiable(c);
        } finally {
            r.dispose();
        }
    }

    private List<String> explain(OWLOntology ontology, java.util.function.Predicate<OWLOntology> problem) {
        Set<OWLAxiom> declarations = ontology.axioms(AxiomType.DECLARATION).collect(Collectors.toSet());
        List<OWLAxiom> logical = ontology.logicalAxioms().map(a -> (OWLAxiom) a).toList();
        List<OWLAxiom> justification = new Justifier(declarations).justify(logical, problem);
        AxiomRenderer renderer = new AxiomRenderer(ontology);
        return justification.stream().map(renderer::render).sorted().toList();
    }
}
