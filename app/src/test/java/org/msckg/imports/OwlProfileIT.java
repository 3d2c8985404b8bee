package org.msckg.imports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.reason.OwlOntologies;
import org.msckg.vocab.NamedGraphs;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;

/** The project's ontology together with the import modules is in the OWL 2 DL profile. */
class OwlProfileIT {

    @Test
    void theOntologyGraphWithTheImportModulesIsOwl2Dl() {
        Model graphs = ModelFactory.createDefaultModel()
                .add(BuiltGraph.result().graphs().get(NamedGraphs.ONTOLOGY))
                .add(BuiltGraph.result().graphs().get(NamedGraphs.IMPORTS));
        OWLOntology ontology = OwlOntologies.fromRdf(graphs);
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        List<String> violations = report.getViolations().stream()
                .map(Object::toString)
                .distinct()
                .sorted()
                .toList();
        assertTrue(
                report.isInProfile(),
                violations.size() + " OWL 2 DL violation(s):\n  "
                        + String.join("\n  ", violations.subList(0, Math.min(40, violations.size()))));
        int projectOnly = OwlOntologies.fromRdf(BuiltGraph.result().graphs().get(NamedGraphs.ONTOLOGY))
                .getLogicalAxiomCount();
        assertTrue(
                ontology.getLogicalAxiomCount() > projectOnly + 1000,
                "the modules' axioms are checked too: " + ontology.getLogicalAxiomCount() + " logical axioms, "
                        + projectOnly + " of them the project's");
    }
}
