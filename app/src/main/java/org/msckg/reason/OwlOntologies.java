package org.msckg.reason;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/** Moves RDF into OWL API and extracts from the imports only the module the project needs. */
public final class OwlOntologies {
    private OwlOntologies() {}

    public static OWLOntology fromRdf(Model model) {
        var out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.NTRIPLES);
        try {
            return OWLManager.createOWLOntologyManager()
                    .loadOntologyFromOntologyDocument(new ByteArrayInputStream(out.toByteArray()));
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("the project ontology does not load into OWL API: " + e.getMessage(), e);
        }
    }

    /** All axioms of the import files, loaded once per build. */
    public static Set<OWLAxiom> importAxioms(List<Path> files) {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        return files.stream()
                .flatMap(f -> {
                    try {
                        return manager.loadOntologyFromOntologyDocument(f.toFile())
                                .axioms();
                    } catch (OWLOntologyCreationException e) {
                        throw new IllegalStateException(
                                "the import " + f.getFileName() + " does not load: " + e.getMessage(), e);
                    }
                })
                .collect(Collectors.toSet());
    }

    /**
     * Imported axioms HermiT gets: class axioms and the property hierarchy. RO's property chains,
     * domains and ranges are left out: with them HermiT did not finish on the shared modules in
     * 15 minutes, and the project materializes chains itself.
     */
    public static boolean forReasoner(OWLAxiom a) {
        return a.isOfType(
                AxiomType.SUBCLASS_OF,
                AxiomType.EQUIVALENT_CLASSES,
                AxiomType.DISJOINT_CLASSES,
                AxiomType.SUB_OBJECT_PROPERTY,
                AxiomType.TRANSITIVE_OBJECT_PROPERTY,
                AxiomType.INVERSE_OBJECT_PROPERTIES,
                AxiomType.DECLARATION);
    }

    /**
     * The bottom (BOT) locality module of the imports for the project's signature and the imported
     * terms the curated data uses, merged with the project.
     */
    public static OWLOntology withModule(OWLOntology project, Collection<OWLAxiom> imports, Set<String> dataIris) {
        OWLOntologyManager manager = project.getOWLOntologyManager();
        Set<OWLEntity> signature = project.signature().collect(Collectors.toSet());
        imports.stream()
                .flatMap(OWLAxiom::signature)
                .filter(e -> (e.isOWLClass() || e.isOWLObjectProperty())
                        && dataIris.contains(e.getIRI().toString()))
                .forEach(signature::add);
        Set<OWLAxiom> module = new SyntacticLocalityModuleExtractor(manager, imports.stream(), ModuleType.BOT)
                .extract(signature).stream().filter(OwlOntologies::forReasoner).collect(Collectors.toSet());
        try {
            OWLOntology merged = manager.createOntology();
            merged.addAxioms(project.axioms());
            merged.addAxioms(module);
            signature.stream()
                    .filter(e -> !project.containsEntityInSignature(e))
                    .forEach(e -> merged.addAxiom(manager.getOWLDataFactory().getOWLDeclarationAxiom(e)));
            imports.stream()
                    .filter(a -> a.isAnnotationAxiom() || a.isOfType(AxiomType.DECLARATION))
                    .filter(a -> a.signature().anyMatch(signature::contains))
                    .forEach(merged::addAxiom);
            return merged;
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
