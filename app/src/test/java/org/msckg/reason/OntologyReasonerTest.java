package org.msckg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.vocab.Prefixes;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasonerFactory;
import org.semanticweb.owlapi.reasoner.structural.StructuralReasonerFactory;

class OntologyReasonerTest {

    private static OWLOntology load(String name) {
        return OwlOntologies.fromRdf(
                RDFDataMgr.loadModel(Fixtures.fixture("reasoner/" + name).toString()));
    }

    private static List<String> classify(OWLReasonerFactory factory, String name) {
        return new OntologyReasoner(factory)
                .classify(load(name)).subClassAxioms().stream()
                        .map(a -> Prefixes.shorten(
                                        a.getSubClass().asOWLClass().getIRI().toString()) + "\t"
                                + Prefixes.shorten(
                                        a.getSuperClass().asOWLClass().getIRI().toString()))
                        .sorted()
                        .distinct()
                        .toList();
    }

    private static List<String> golden(String name) throws IOException {
        return Files.readAllLines(Fixtures.fixture("reasoner/" + name)).stream()
                .filter(l -> !l.startsWith("#"))
                .toList();
    }

    @Test
    void hermitClassifiesTheFixtureAsTheGoldenFileSays() throws IOException {
        assertEquals(golden("consistent_hermit.tsv"), classify(new ReasonerFactory(), "consistent.ttl"));
    }

    @Test
    void aToldOnlyReasonerMissesTheDefinedClassThatHermitFinds() throws IOException {
        List<String> structural = classify(new StructuralReasonerFactory(), "consistent.ttl");
        List<String> expected = golden("consistent_hermit.tsv").stream()
                .filter(l -> !l.contains("\tMSCKG:9000007") && !l.startsWith("MSCKG:9000007"))
                .toList();
        assertFalse(structural.contains("MSCKG:9000004\tMSCKG:9000007"));
        assertTrue(structural.containsAll(expected), structural.toString());
    }

    @Test
    void anInconsistentOntologyFailsWithTheAxiomsThatCauseIt() {
        var e = assertThrows(
                InconsistentOntologyException.class,
                () -> new OntologyReasoner(new ReasonerFactory()).classify(load("inconsistent.ttl")));
        assertTrue(e.getMessage().startsWith("MSCKG-REA-001"), e.getMessage());
        assertEquals(3, e.axioms().size(), e.getMessage());
        assertTrue(
                e.axioms().stream().anyMatch(a -> a.contains("DisjointWith") || a.contains("DisjointClasses")),
                e.getMessage());
        assertTrue(
                e.axioms().stream().anyMatch(a -> a.contains("'cell line X'") && a.contains("'hPSC-MSC'")),
                e.getMessage());
        assertFalse(e.getMessage().contains("'unrelated'"), "the unrelated axiom is not blamed");
    }

    @Test
    void anUnsatisfiableClassFailsNamingTheClassAndItsAxioms() {
        var e = assertThrows(
                UnsatisfiableClassException.class,
                () -> new OntologyReasoner(new ReasonerFactory()).classify(load("unsatisfiable.ttl")));
        assertTrue(
                e.getMessage().startsWith("MSCKG-REA-002 the class MSCKG:9000003 'chimera' is unsatisfiable"),
                e.getMessage());
        assertEquals(3, e.axioms().size(), e.getMessage());
        assertFalse(e.getMessage().contains("'unrelated'"), "the unrelated axiom is not blamed");
    }
}
