package org.msckg.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.vocab.OboInOwl;
import org.msckg.vocab.Prefixes;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;

class ModuleRefreshTest {
    private static final Path SOURCE = Fixtures.fixture("imports/source");

    @TempDir
    Path imports;

    @BeforeEach
    void copyTheOldModule() throws IOException {
        for (String f : List.of("cl_terms.txt", "cl_module.owl")) {
            Files.copy(Fixtures.fixture("imports/module/" + f), imports.resolve(f));
        }
    }

    private static Resource cl(String id) {
        return ResourceFactory.createResource(Prefixes.expand("CL:" + id).orElseThrow());
    }

    private ModuleRefresh.Report refresh() {
        Path cl = ModuleRefresh.sourceFile(SOURCE, ImportedOntology.CL).orElseThrow();
        return new ModuleRefresh(ModuleType.BOT).refresh(ImportedOntology.CL, cl, imports);
    }

    @Test
    void theFullOntologyIsFoundByItsKeyAndAMissingOneIsNot() {
        assertEquals(
                SOURCE.resolve("cl.owl"),
                ModuleRefresh.sourceFile(SOURCE, ImportedOntology.CL).orElseThrow());
        assertTrue(ModuleRefresh.sourceFile(SOURCE, ImportedOntology.GO).isEmpty());
    }

    @Test
    void theNewModuleHoldsTheListedTermsTheirAncestorsAndTheirAnnotationsButNotUnrelatedClasses() {
        refresh();
        Model m = RDFDataMgr.loadModel(imports.resolve("cl_module.owl").toString());
        assertTrue(m.contains(cl("0002540"), RDFS.subClassOf, cl("0000134")));
        assertTrue(m.contains(cl("0000134"), RDFS.subClassOf, cl("0000034")), "BOT keeps the superclass axioms");
        assertTrue(m.contains(cl("0000034"), RDFS.subClassOf, cl("0000000")));
        assertTrue(m.contains(cl("0000034"), RDFS.label, "stem cell"));
        assertTrue(m.contains(cl("0000134"), OboInOwl.hasExactSynonym, "MSC"));
        assertTrue(m.contains(cl("0002540"), RDFS.label, "bone marrow mesenchymal stem cell"));
        assertFalse(m.contains(cl("0002540"), RDFS.label, "mesenchymal stem cell of the bone marrow"));
        assertFalse(m.containsResource(cl("0000062")), "osteoblast is not in the module of the listed terms");
        assertFalse(m.containsResource(cl("0000999")), "a term the source lacks leaves the module");
    }

    @Test
    void theModuleKeepsItsOntologyIriAndNamesTheSourceVersion() {
        ModuleRefresh.Report r = refresh();
        assertEquals("http://purl.obolibrary.org/obo/cl/releases/2099-01-01/cl.owl", r.sourceVersion());
        Model m = RDFDataMgr.loadModel(imports.resolve("cl_module.owl").toString());
        Resource header = m.createResource("urn:hpsc-msc-kg:module:cl");
        assertTrue(m.contains(header, RDF.type, OWL2.Ontology));
        assertTrue(m.contains(
                header, m.createProperty("http://purl.org/dc/terms/source"), m.createResource(r.sourceVersion())));
    }

    @Test
    void theReportNamesTermsGoneDeprecatedAndRelabelled() {
        ModuleRefresh.Report r = refresh();
        assertEquals(List.of("http://purl.obolibrary.org/obo/CL_0000999"), r.gone());
        assertEquals(List.of("http://purl.obolibrary.org/obo/CL_0000001"), r.deprecated());
        assertEquals(
                List.of(
                        "CL:0000001: 'primary cell line cell' -> 'obsolete primary cell line cell'",
                        "CL:0002540: 'mesenchymal stem cell of the bone marrow' -> 'bone marrow mesenchymal stem cell'"),
                r.labelChanges());
        assertEquals(3, r.terms());
        assertEquals(2, r.added(), "stem cell and cell are new labelled terms");
        assertEquals(1, r.removed());
    }

    @Test
    void aSourceThatIsNotAnOntologyFailsWithItsId() throws IOException {
        Path bad = Files.writeString(imports.resolve("cl.owl"), "this is not an ontology\n");
        var e = assertThrows(
                ImportException.class,
                () -> new ModuleRefresh(ModuleType.BOT).refresh(ImportedOntology.CL, bad, imports));
        assertTrue(e.getMessage().startsWith("MSCKG-IMP-003 cl.owl"), e.getMessage());
    }
}
