package org.msckg.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.vocab.OboInOwl;

/** The imported modules, one model per ontology: which terms each declares, their labels and synonyms. */
public final class ImportedTerms {
    /** The synonym properties a curated label may use instead of the rdfs:label. */
    public static final List<Property> SYNONYMS = List.of(
            OboInOwl.hasExactSynonym, OboInOwl.hasRelatedSynonym, OboInOwl.hasBroadSynonym, OboInOwl.hasNarrowSynonym);

    private final Map<ImportedOntology, Model> modules;
    private final Model union = ModelFactory.createDefaultModel();

    private ImportedTerms(Map<ImportedOntology, Model> modules) {
        this.modules = modules;
        modules.values().forEach(union::add);
    }

    /** Loads every &lt;ont&gt;_module.owl of a folder that exists. */
    public static ImportedTerms load(Path importsDir) {
        Map<ImportedOntology, Model> modules = new EnumMap<>(ImportedOntology.class);
        for (ImportedOntology o : ImportedOntology.values()) {
            Path file = importsDir.resolve(o.moduleFile());
            if (Files.exists(file)) {
                modules.put(o, RDFDataMgr.loadModel(file.toString()));
            }
        }
        return new ImportedTerms(modules);
    }

    /** Whether the module of the term's own ontology declares it (gives it a type or a label). */
    public boolean declares(String iri) {
        return ImportedOntology.of(iri)
                .map(modules::get)
                .map(m -> declaredIn(m, iri))
                .orElse(false);
    }

    private static boolean declaredIn(Model m, String iri) {
        Resource r = m.createResource(iri);
        return m.contains(r, RDF.type) || m.contains(r, RDFS.label);
    }

    /** Whether any module marks the term owl:deprecated true. */
    public boolean deprecated(String iri) {
        return union.contains(union.createResource(iri), OWL2.deprecated, union.createTypedLiteral(true));
    }

    public Optional<String> label(String iri) {
        return union.listObjectsOfProperty(union.createResource(iri), RDFS.label)
                .nextOptional()
                .map(n -> n.asLiteral().getString());
    }

    /** The label and every synonym the modules give the term. */
    public Set<String> names(String iri) {
        Resource r = union.createResource(iri);
        Set<String> names = new HashSet<>();
        union.listObjectsOfProperty(r, RDFS.label)
                .forEach(n -> names.add(n.asLiteral().getString()));
        SYNONYMS.forEach(p -> union.listObjectsOfProperty(r, p)
                .filterKeep(RDFNode::isLiteral)
                .forEach(n -> names.add(n.asLiteral().getString())));
        return names;
    }

    /** Every labelled IRI of the modules with its rdfs:label. */
    public Map<String, String> labels() {
        Map<String, String> labels = new TreeMap<>();
        union.listStatements(null, RDFS.label, (RDFNode) null)
                .filterKeep(s -> s.getSubject().isURIResource() && s.getObject().isLiteral())
                .forEach(s -> labels.putIfAbsent(s.getSubject().getURI(), s.getString()));
        return labels;
    }

    public Model union() {
        return union;
    }
}
