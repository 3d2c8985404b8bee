package org.msckg.release;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.vocab.MSCKG;

/**
 * The OWL artefacts of a release, as ODK publishes them. {@code msckg.owl}: the project ontology,
 * the import modules and the subclass axioms the reasoner inferred, under one ontology header.
 * {@code msckg-base.owl}: the project's own axioms, importing the modules. Neither holds claims:
 * a claim relates classes (iPSC-MSCs ameliorate CKD), and as an OWL assertion between classes it
 * would pun them into individuals; claims stay RDF data (N-Quads, KGX), docs/schema.md.
 */
public final class OwlRelease {
    public static final String ONTOLOGY = MSCKG.BASE + "msckg.owl";
    public static final String BASE = MSCKG.BASE + "msckg-base.owl";

    private OwlRelease() {}

    /** The IRI a release's import of one module has: ODK's imports/&lt;ont&gt;_import.owl. */
    public static String importIri(String key) {
        return MSCKG.BASE + "imports/" + key + "_import.owl";
    }

    public static String versionIri(String version, String file) {
        return MSCKG.BASE + "releases/" + version + "/" + file;
    }

    /** msckg.owl: ontology + modules (their own headers dropped) + inferred direct subclass axioms. */
    public static Model full(Model ontology, Model imports, Model inferred, String version) {
        Model m = ModelFactory.createDefaultModel().add(ontology);
        m.setNsPrefixes(ontology.getNsPrefixMap());
        imports.listStatements()
                .filterDrop(s -> imports.contains(s.getSubject(), RDF.type, OWL2.Ontology))
                .forEach(m::add);
        inferredDirectSubClasses(m, inferred).forEach(m::add);
        header(m, ONTOLOGY, version, "msckg.owl");
        return m;
    }

    /**
     * msckg-base.owl: the project's axioms, importing each module by its release IRI. An external
     * term the project says something about (a sign on an RO relation) keeps its label from the
     * modules, so that the base alone names every entity it describes.
     */
    public static Model base(Model ontology, Model imports, List<String> importIris, String version) {
        Model m = ModelFactory.createDefaultModel().add(ontology);
        ontology.listSubjects()
                .filterKeep(r ->
                        r.isURIResource() && !r.getURI().startsWith(MSCKG.BASE) && !ontology.contains(r, RDFS.label))
                .forEach(r ->
                        imports.listStatements(r, RDFS.label, (RDFNode) null).forEach(m::add));
        m.setNsPrefixes(ontology.getNsPrefixMap());
        Resource header = header(m, BASE, version, "msckg-base.owl");
        importIris.forEach(iri -> header.addProperty(OWL2.imports, m.createResource(iri)));
        return m;
    }

    /** One module of msckg-base.owl's imports: the module under its release IRI. */
    public static Model importModule(Model module, String iri) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(module.getNsPrefixMap());
        Resource header = m.createResource(iri);
        module.listStatements().forEach(s -> {
            if (module.contains(s.getSubject(), RDF.type, OWL2.Ontology)) {
                m.add(header, s.getPredicate(), s.getObject());
            } else {
                m.add(s);
            }
        });
        return m;
    }

    /** Moves the project header (ontology/msckg.ttl's) to {@code iri}, with the release's version IRI. */
    private static Resource header(Model m, String iri, String version, String file) {
        List<Resource> headers =
                m.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList();
        Resource header = m.createResource(iri);
        for (Resource h : headers) {
            List<Statement> about = h.listProperties().toList();
            m.remove(about);
            about.stream()
                    .filter(s -> !s.getPredicate().equals(OWL2.versionIRI))
                    .forEach(s -> m.add(header, s.getPredicate(), s.getObject()));
        }
        header.addProperty(RDF.type, OWL2.Ontology)
                .addProperty(OWL2.versionIRI, m.createResource(versionIri(version, file)))
                .addProperty(OWL2.versionInfo, version);
        return header;
    }

    /**
     * The inferred graph holds the transitive closure of rdfs:subClassOf; the release adds its
     * transitive reduction between named classes the OWL declares, less what is asserted.
     */
    static List<Statement> inferredDirectSubClasses(Model owl, Model inferred) {
        Set<Resource> classes =
                new HashSet<>(owl.listSubjectsWithProperty(RDF.type, OWL2.Class).toList());
        Map<Resource, Set<Resource>> supers = new HashMap<>();
        inferred.listStatements(null, RDFS.subClassOf, (RDFNode) null).forEach(s -> {
            if (s.getObject().isURIResource()
                    && classes.contains(s.getSubject())
                    && classes.contains(s.getResource())
                    && !s.getSubject().equals(s.getResource())
                    && !s.getResource().equals(OWL2.Thing)) {
                supers.computeIfAbsent(s.getSubject(), k -> new HashSet<>()).add(s.getResource());
            }
        });
        return supers.entrySet().stream()
                .flatMap(e -> e.getValue().stream()
                        .filter(d -> isDirect(e.getKey(), d, supers))
                        .filter(d -> !owl.contains(e.getKey(), RDFS.subClassOf, d))
                        .map(d -> owl.createStatement(e.getKey(), RDFS.subClassOf, d)))
                .toList();
    }

    private static boolean isDirect(Resource c, Resource d, Map<Resource, Set<Resource>> supers) {
        if (supers.getOrDefault(d, Set.of()).contains(c)) {
            return false;
        }
        return supers.get(c).stream()
                .filter(e -> !e.equals(d) && !supers.getOrDefault(e, Set.of()).contains(c))
                .noneMatch(e -> supers.getOrDefault(e, Set.of()).contains(d));
    }
}
