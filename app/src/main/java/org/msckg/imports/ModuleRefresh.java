package org.msckg.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFXMLDocumentFormat;
import org.semanticweb.owlapi.model.AddOntologyAnnotation;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyID;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.OWLOntologyStorageException;
import org.semanticweb.owlapi.model.parameters.Imports;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * Re-extracts an import module from a full ontology file: the syntactic locality module (BOT by
 * default, as ROBOT's extract) of the terms in &lt;ont&gt;_terms.txt, plus the annotations (labels,
 * synonyms, deprecation) of every entity in it, and tells what changed for those terms.
 */
public final class ModuleRefresh {
    private static final String DCTERMS_SOURCE = "http://purl.org/dc/terms/source";

    private final ModuleType type;

    public ModuleRefresh(ModuleType type) {
        this.type = type;
    }

    /** What a refresh changed for the listed terms; {@code gone} are listed terms the source lacks. */
    public record Report(
            ImportedOntology ontology,
            Path source,
            String sourceVersion,
            int axioms,
            int terms,
            List<String> gone,
            List<String> deprecated,
            List<String> labelChanges,
            int added,
            int removed) {}

    /** The full ontology file for an imported ontology in a folder: &lt;key&gt;.owl, .obo or .ttl. */
    public static Optional<Path> sourceFile(Path dir, ImportedOntology o) {
        return Stream.of(".owl", ".obo", ".ttl")
                .map(ext -> dir.resolve(o.key() + ext))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    public Report refresh(ImportedOntology o, Path source, Path importsDir) {
        SortedSet<String> seeds = TermLists.read(importsDir, o);
        Path moduleFile = importsDir.resolve(o.moduleFile());
        Model before = Files.exists(moduleFile)
                ? RDFDataMgr.loadModel(moduleFile.toString())
                : ModelFactory.createDefaultModel();
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology full = load(manager, source);
        Set<OWLEntity> signature = full.signature(Imports.INCLUDED)
                .filter(e -> seeds.contains(e.getIRI().toString()))
                .collect(Collectors.toSet());
        Set<OWLAxiom> module = new HashSet<>(
                new SyntacticLocalityModuleExtractor(manager, full.axioms(Imports.INCLUDED), type).extract(signature));
        Set<IRI> moduleTerms = module.stream()
                .filter(OWLAxiom::isLogicalAxiom)
                .flatMap(OWLAxiom::signature)
                .map(OWLEntity::getIRI)
                .collect(Collectors.toSet());
        signature.forEach(e -> moduleTerms.add(e.getIRI()));
        full.axioms(AxiomType.DECLARATION, Imports.INCLUDED)
                .filter(d -> moduleTerms.contains(d.getEntity().getIRI()))
                .forEach(module::add);
        full.axioms(AxiomType.ANNOTATION_ASSERTION, Imports.INCLUDED)
                .filter(a -> a.getSubject().asIRI().map(moduleTerms::contains).orElse(false))
                .forEach(module::add);
        String version = version(full.getOntologyID());
        write(module, ontologyIri(before, o), version, moduleFile);
        Model after = RDFDataMgr.loadModel(moduleFile.toString());
        ModuleDiff diff = new ModuleDiff(before, after);
        return new Report(
                o,
                source,
                version,
                module.size(),
                signature.size(),
                seeds.stream()
                        .filter(s -> signature.stream()
                                .noneMatch(e -> e.getIRI().toString().equals(s)))
                        .toList(),
                seeds.stream().filter(diff::deprecatedAfter).toList(),
                seeds.stream().flatMap(s -> diff.labelChange(s).stream()).toList(),
                diff.added(),
                diff.removed());
    }

    /** Loads the release; its owl:imports are followed only where they resolve (no network needed). */
    private static OWLOntology load(OWLOntologyManager manager, Path source) {
        manager.setOntologyLoaderConfiguration(manager.getOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT));
        try {
            return manager.loadOntologyFromOntologyDocument(source.toFile());
        } catch (OWLOntologyCreationException e) {
            throw new ImportException(
                    "MSCKG-IMP-003 %s does not load as an ontology: %s"
                            .formatted(
                                    source.getFileName(),
                                    e.getMessage().lines().findFirst().orElse("")),
                    e);
        }
    }

    private static String version(OWLOntologyID id) {
        return id.getVersionIRI().or(id::getOntologyIRI).map(IRI::toString).orElse("(no ontology IRI)");
    }

    /** Keeps the module's ontology IRI, so that other files may keep referring to it. */
    private static String ontologyIri(Model before, ImportedOntology o) {
        return before.listSubjectsWithProperty(RDF.type, OWL2.Ontology)
                .filterKeep(Resource::isURIResource)
                .nextOptional()
                .map(Resource::getURI)
                .orElse("urn:hpsc-msc-kg:module:" + o.key());
    }

    /** Writes with a manager of its own: the source may carry the module's ontology IRI. */
    private void write(Set<OWLAxiom> axioms, String iri, String version, Path file) {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        try {
            OWLOntology out = manager.createOntology(IRI.create(iri));
            out.addAxioms(axioms);
            OWLDataFactory df = manager.getOWLDataFactory();
            out.applyChange(new AddOntologyAnnotation(
                    out,
                    df.getOWLAnnotation(df.getOWLAnnotationProperty(IRI.create(DCTERMS_SOURCE)), IRI.create(version))));
            out.applyChange(new AddOntologyAnnotation(
                    out,
                    df.getRDFSComment(
                            "Extracted by msckg imports refresh: syntactic locality module (%s) of the terms in the term list, from %s."
                                    .formatted(type, version))));
            manager.saveOntology(out, new RDFXMLDocumentFormat(), IRI.create(file.toFile()));
        } catch (OWLOntologyCreationException | OWLOntologyStorageException e) {
            throw new ImportException("MSCKG-IMP-004 cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
