package org.msckg.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;

/**
 * Finds one minimal set of axioms that keeps a problem (inconsistency, an unsatisfiable class):
 * black-box contraction, dropping ever smaller chunks of axioms while the problem stays.
 */
final class Justifier {
    private final Set<OWLAxiom> declarations;

    Justifier(Set<OWLAxiom> declarations) {
        this.declarations = declarations;
    }

    List<OWLAxiom> justify(List<OWLAxiom> axioms, Predicate<OWLOntology> problem) {
        List<OWLAxiom> keep = new ArrayList<>(axioms);
        for (int size = Math.max(1, keep.size() / 2); ; size = Math.max(1, size / 2)) {
            for (int start = 0; start < keep.size(); ) {
                List<OWLAxiom> without = new ArrayList<>(keep.subList(0, start));
                without.addAll(keep.subList(Math.min(keep.size(), start + size), keep.size()));
                if (problem.test(ontology(without))) {
                    keep = without;
                } else {
                    start += size;
                }
            }
            if (size == 1) {
                return keep;
            }
        }
    }

    private OWLOntology ontology(List<OWLAxiom> axioms) {
        try {
            OWLOntology o = OWLManager.createOWLOntologyManager().createOntology();
            o.addAxioms(declarations);
            o.addAxioms(axioms);
            return o;
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
